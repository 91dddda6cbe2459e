"""Witness grouping (tei.links): one telegram in several publications, never two documents of
one publication in a group, however alike their words, parties and dates."""

from array import array
import zlib

from tei.links import Signature, compute_links


def sig(doc_id, publication, date, words, sender="stalin", recipient="mao"):
    hashed = array("I", sorted({zlib.crc32(w.encode()) for w in words.split()}))
    return Signature(doc_id, f"{doc_id}.txt", 1, publication, sender, recipient, (date,), doc_id, hashed)


TEXT = "army crossing river nanjing government peace negotiation coalition mediation answer"


def test_one_telegram_in_two_publications_is_one_witness_group():
    links = compute_links([sig("a", "archive:wilson", "1949-01-10", TEXT),
                           sig("b", "compilation:relations 1959", "1949-01-11", TEXT + " telegram")])
    assert links["a"]["witness"] == ["b"]
    assert links["b"]["witness"] == ["a"]


def test_documents_of_one_publication_are_never_witnesses_of_each_other():
    # a, c: two records of one archive, alike; b matches both: b joins only its better match
    a = sig("a", "archive:wilson", "1949-01-10", TEXT)
    c = sig("c", "archive:wilson", "1949-01-11", TEXT + " extra words here")
    b = sig("b", "works:18", "1949-01-10", TEXT + " extra")
    links = compute_links([a, b, c])
    groups = {tuple(sorted([k] + v.get("witness", []))) for k, v in links.items()}
    assert ("a", "b") in groups
    assert ("c",) in groups
    assert "witness" not in links["c"]


def test_a_chain_of_alike_telegrams_does_not_become_one_group():
    # Many publications, each with telegrams a day apart sharing their words: every group keeps
    # at most one document of each publication.
    sigs = [sig(f"p{p}-d{d}", f"pub{p}", f"1949-01-{10 + d:02d}", TEXT + f" w{p} day{d}")
            for p in range(4) for d in range(6)]
    links = compute_links(sigs)
    publication = {s.id: s.publication for s in sigs}
    assert any(found.get("witness") for found in links.values())  # (alike across publications: linked)
    for doc_id, found in links.items():
        group = [doc_id] + found.get("witness", [])
        assert len({publication[i] for i in group}) == len(group), group


def test_unlike_texts_or_far_dates_are_not_witnesses():
    links = compute_links([sig("a", "pub1", "1949-01-10", TEXT),
                           sig("b", "pub2", "1949-01-10", "entirely different words about railways harbour"),
                           sig("c", "pub3", "1949-03-10", TEXT)])
    assert all("witness" not in v for v in links.values())


def _edited_rounds():
    """Two exchanges of two telegrams each; then one telegram's words changed; then its date moved."""
    first = [sig("a", "archive:wilson", "1949-01-10", TEXT), sig("b", "works:18", "1949-01-11", TEXT + " telegram"),
             sig("c", "archive:wilson", "1949-01-12", "railways harbour loan agreement", "mao", "stalin"),
             sig("d", "works:18", "1949-01-12", "railways harbour loan agreement signed", "mao", "stalin")]
    edited = [first[0], sig("b", "works:18", "1949-01-11", "entirely different words about ports"), *first[2:]]
    moved = [first[0], sig("b", "works:18", "1949-02-20", TEXT), *first[2:]]
    return first, edited, moved


def test_kept_candidates_give_the_links_computed_afresh(monkeypatch):
    """A process that links again and again (tei serve) keeps each exchange's witness
    candidates; after an edit of one telegram (its words, its date), an exchange emptied and a
    telegram added, the links are those computed from nothing, and only the exchanges whose
    signatures changed are compared again."""
    import tei.links as links_module

    monkeypatch.setattr(links_module, "_KEPT", None)
    first, edited, moved = _edited_rounds()
    emptied = first[:2]
    added = [*first, sig("e", "compilation:relations 1959", "1949-01-10", TEXT + " copy")]
    afresh = [compute_links(sigs) for sigs in (first, edited, moved, emptied, added, first)]
    links_module.keep_candidates()
    compared = []
    real = links_module._candidates
    monkeypatch.setattr(links_module, "_candidates", lambda group: compared.append([s.id for s in group]) or real(group))
    kept = [compute_links(sigs) for sigs in (first, edited, moved, emptied, added, first)]
    assert kept == afresh
    assert afresh[0]["a"]["witness"] == ["b"] and "witness" not in afresh[1]["a"]  # (the edits change links)
    # (first: both; edited, moved, emptied: a's exchange, c's let go; added: a's and c's again; first: a's)
    assert compared == [["a", "b"], ["c", "d"], ["a", "b"], ["a", "b"], ["a", "b"], ["a", "b", "e"], ["c", "d"],
                        ["a", "b"]]


def test_kept_links_are_worked_out_again_only_for_the_exchanges_that_changed(monkeypatch):
    """A process that keeps them (tei serve) links again only the exchanges (the telegrams
    between two correspondents, both ways) whose telegrams changed; the links are those
    computed from nothing, the kept exchanges' the same dicts as before."""
    import tei.links as links_module

    monkeypatch.setattr(links_module, "_KEPT", None)
    first = [sig("a", "archive:wilson", "1949-01-10", TEXT), sig("b", "works:18", "1949-01-11", TEXT + " telegram"),
             sig("c", "archive:wilson", "1949-01-12", TEXT, "mao", "stalin"),
             sig("d", "archive:wilson", "1949-01-12", "railways harbour loan agreement", "zhou", "molotov"),
             sig("e", "works:18", "1949-01-13", "railways harbour loan agreement signed", "zhou", "molotov"),
             sig("f", "works:18", "1949-01-14", "railways harbour loan", "molotov", "zhou"),
             sig("g", "archive:wilson", "1949-01-14", "no recipient", "zhou", "")]
    edited = [*first[:4], sig("e", "works:18", "1949-01-13", "other words about ports", "zhou", "molotov"), *first[5:]]
    removed = [s for s in first if s.id != "b"]
    afresh = [compute_links(sigs) for sigs in (first, edited, removed, first)]
    links_module.keep_candidates()
    linked = []
    real = links_module._exchange_links
    monkeypatch.setattr(links_module, "_exchange_links", lambda group: linked.append([s.id for s in group]) or real(group))
    kept = [compute_links(sigs) for sigs in (first, edited, removed, first)]
    assert kept == afresh
    assert list(kept[0]) == [s.id for s in first]
    assert afresh[0]["d"]["witness"] == ["e"] and "witness" not in afresh[1]["d"]  # (the edits change links)
    assert afresh[0]["c"]["prev"] == ["a", "b"] and afresh[2]["c"]["prev"] == ["a"]
    # (first: both exchanges; edited: zhou's and molotov's; removed: stalin's and mao's, and zhou's and
    # molotov's back as they were first; first: stalin's and mao's)
    assert linked == [["a", "b", "c"], ["d", "e", "f"], ["d", "e", "f"], ["a", "c"], ["d", "e", "f"], ["a", "b", "c"]]
    assert kept[1]["a"] is kept[0]["a"]  # (a kept exchange's links given again, not worked out)


def test_candidates_stored_for_the_next_process_give_the_links_computed_afresh(monkeypatch, tmp_path):
    """tei build keeps each exchange's witness candidates in a file, with the versions of the
    signatures they were found from: the next process compares again only the exchanges whose
    versions changed (an edit, a date moved, a telegram added or gone), and its links are
    those computed from nothing; a spoilt file is compared afresh."""
    import tei.links as links_module

    monkeypatch.setattr(links_module, "_KEPT", None)
    first, edited, moved = _edited_rounds()
    added = [*first, sig("e", "compilation:relations 1959", "1949-01-10", TEXT + " copy")]
    rounds = (first, edited, moved, first[:2], added, first)
    afresh = [compute_links(sigs) for sigs in rounds]
    compared = []
    real = links_module._candidates
    monkeypatch.setattr(links_module, "_candidates", lambda group: compared.append([s.id for s in group]) or real(group))
    stored = tmp_path / "candidates.pickle"

    def version(s):  # (what the signature is made from: here its words and dates)
        return f"{s.words.tobytes().hex()}|{s.dates}"

    got = [compute_links(sigs, stored, {s.id: version(s) for s in sigs}) for sigs in rounds]
    assert got == afresh
    assert afresh[0]["a"]["witness"] == ["b"] and "witness" not in afresh[1]["a"]  # (the edits change links)
    # (first: both; edited, moved, first[:2]: a's exchange (b back as it was first), c's let go;
    # added: a's and c's again; first: a's)
    assert compared == [["a", "b"], ["c", "d"], ["a", "b"], ["a", "b"], ["a", "b"], ["a", "b", "e"], ["c", "d"],
                        ["a", "b"]]
    compared.clear()
    stored.write_bytes(b"spoilt")
    assert compute_links(first, stored, {s.id: version(s) for s in first}) == afresh[0]
    assert compared == [["a", "b"], ["c", "d"]]
    compared.clear()
    assert compute_links(first, stored, {"a": version(first[0])}) == afresh[0]  # (versions not known: compared)
    assert compared == [["a", "b"], ["c", "d"]]
