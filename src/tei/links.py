"""Links between documents: witnesses of one telegram, and neighbours in an exchange.

A telegram printed in two translations is recognised from its metadata (same sender and
recipient, dates at most a day apart: a cable is dated one day and sent the next) and
from its text (the names, numbers and words the translations share).  A publication prints
a telegram once: a group of witnesses holds at most one document of each publication (an
archive, a volume, a compilation), so that telegrams alike in words, parties and date do
not chain into one large group in a corpus of thousands.  Telegrams between
the same two correspondents, in date order, form an exchange: each points to the one
before and after (all witnesses of each).
"""

from __future__ import annotations

import bisect
import hashlib
import zlib
from array import array
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from lxml import etree

from . import TEI_NS
from .transforms import E, Document
from .writer import indent, serialize

T = "{%s}" % TEI_NS
STOP = set("""about above after again against also although among another because been before being below
between both but cannot could does doing down during each even every from further have having here into itself
just more most much must only other ought over same shall should some such than that their theirs them then there
these they this those through under until upon very were what when where which while whom will with within would
your yours ours therefore however thereby which whether already still thus""".split())
WITNESS_THRESHOLD = 0.25


@dataclass
class Signature:
    id: str
    source: str
    position: int
    publication: str
    sender: str
    recipient: str
    dates: tuple[str, ...]
    title: str
    # The words, names and numbers of the text as sorted 32-bit hashes: a few kB per
    # document, so that the signatures of a large corpus fit in memory for linking.
    words: array = field(default_factory=lambda: array("I"))
    order: str = ""  # where it stands in date order (dates.order_key: a month after its days)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    for suffix in ("ings", "ing", "ists", "ist", "ions", "ion", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


# a word of four ASCII letters or more (compiled once: every telegram's signature asks it)
_WORD = re.compile(r"[a-z]{4,}")
# a number, a word of digits alone (r"\b\d+\b", led by its digit: the engine then skips to the digits)
_NUMBER = re.compile(r"\d(?<!\w\d)\d*\b")


def signature(doc: Document) -> Signature:
    c = doc.corresp
    text = " ".join(doc.div.itertext())
    words = set(map(_stem, set(_WORD.findall(text.lower())) - STOP))  # (each word stemmed once)
    words |= {"#" + r.get("ref", "")[1:] for r in doc.div.iter(T + "persName", T + "placeName", T + "orgName")}
    words |= set(_NUMBER.findall(text))
    dates = tuple(d.start for d in (c.sent, c.dated) if d is not None)
    from .transforms.header import normalized_title

    hashed = array("I", sorted({zlib.crc32(w.encode("utf-8")) for w in words}))
    return Signature(doc.id, doc.raw.source, doc.raw.position, publication_key(doc), c.sender.id if c.sender else "",
                     c.recipient.id if c.recipient else "", dates, normalized_title(doc), hashed,
                     c.sent.order if c.sent else "")


def publication_key(doc: Document) -> str:
    """The publication a document is printed in: the archive (not the record), the volume of
    collected works, the compilation."""
    pub = doc.raw.publication
    if pub.kind == "archive-record":
        return "archive:" + (re.sub(r"\W+", " ", pub.publisher or pub.title).strip().lower() or doc.raw.source)
    return f"{pub.kind}:{pub.title}|{pub.volume}|{pub.date}".lower() if pub.title else f"{pub.kind}:{doc.raw.source}"


@lru_cache(maxsize=65536)
def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso) if len(iso) == 10 else None
    except ValueError:
        return None


def _close_in_time(a: Signature, b: Signature, days: int = 1) -> bool:
    for x in a.dates:
        for y in b.dates:
            dx, dy = _day(x), _day(y)
            if dx and dy and abs((dx - dy).days) <= days:
                return True
            if x == y:
                return True
    return False


def _close(when: dict[str, tuple], a: Signature, b: Signature) -> bool:
    """_close_in_time(a, b), each signature's dates read once (in when, by id)."""
    for sig in (a, b):
        if sig.id not in when:
            when[sig.id] = tuple((d.toordinal() if (d := _day(x)) else None, x) for x in sig.dates)
    for dx, x in when[a.id]:
        for dy, y in when[b.id]:
            if (dx is not None and dy is not None and -1 <= dx - dy <= 1) or x == y:
                return True
    return False


def _ordinal(sig: Signature) -> int | None:
    days = [d.toordinal() for d in map(_day, sig.dates) if d]
    return min(days) if days else None


def _jaccard(a: set, b: set) -> float:
    """Jaccard similarity of two texts' word sets."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


def _candidates(group: list[Signature]) -> dict[tuple[str, str], tuple[float, str]]:
    """The witness candidates within one exchange (the signatures of one sender and recipient):
    (a document's id, another publication) -> (score, the id of its best match there)."""
    best: dict[tuple[str, str], tuple[float, str]] = {}
    # Only telegrams a few days apart can be witnesses of one another: compare each with
    # its neighbours in date order, not with the whole exchange.
    ordinals = {s.id: _ordinal(s) for s in group}
    dated = sorted(((ordinals[s.id], s.id, s) for s in group if ordinals[s.id] is not None), key=lambda t: t[:2])
    days = [d for d, _, _ in dated]
    # word sets only of the telegrams in the window, made when first compared and let go
    # when the window has passed them: an exchange of thousands stays a few sets
    words: dict[str, set] = {}
    when: dict[str, tuple] = {}
    passed = 0
    # each pair once (the score is symmetric, and best keeps the larger (score, id) whatever
    # the order it is offered in): a with those after it in date order, up to three days on
    for index, (day_a, _, a) in enumerate(dated):
        while days[passed] < day_a - 3:
            words.pop(dated[passed][1], None)
            when.pop(dated[passed][1], None)
            passed += 1
        for _, _, b in dated[index + 1:bisect.bisect_right(days, day_a + 3)]:
            if a.publication == b.publication or not _close(when, a, b):
                continue
            for s in (a, b):
                if s.id not in words:
                    words[s.id] = set(s.words)
            score = _jaccard(words[a.id], words[b.id])
            if score >= WITNESS_THRESHOLD:
                if (score, b.id) > best.get((a.id, b.publication), (0.0, "")):
                    best[(a.id, b.publication)] = (score, b.id)
                if (score, a.id) > best.get((b.id, a.publication), (0.0, "")):
                    best[(b.id, a.publication)] = (score, a.id)
    return best


# A process that links again and again (tei serve) keeps here each exchange's witness candidates
# and each exchange's links, with the signatures they were found from.  A telegram's links are
# found from its exchange alone (the telegrams between its sender and recipient, both ways:
# its witnesses among those of its sender to its recipient, its neighbours among all), so after
# a one-file edit only the exchanges the edited telegrams are in are linked again, and only the
# ones among them whose candidates changed are compared again (the comparisons were most of
# linking 10,000 telegrams; the grouping and sorting over every exchange, most of the rest).
# None: not kept.
@dataclass
class _Kept:
    candidates: dict = field(default_factory=dict)  # (sender, recipient) -> (signatures, candidates)
    links: dict = field(default_factory=dict)  # exchange (frozenset of the two) -> (signatures, their links)


_KEPT: _Kept | None = None


def keep_candidates() -> None:
    """From now on this process keeps each exchange's witness candidates and links (see _KEPT)."""
    global _KEPT
    if _KEPT is None:
        _KEPT = _Kept()


def compute_links(signatures: list[Signature], stored: Path | None = None,
                  versions: dict[str, str] | None = None) -> dict[str, dict[str, list[str]]]:
    """Each document's links (witness, prev, next, prev-title, next-title) by id.  (The
    dicts given are not changed by the caller: a process that keeps them gives them again.)
    stored, versions: a file where each exchange's witness candidates are kept for the next
    process (tei build's), with the versions of the signatures they were found from (by id:
    what the signature is made from, the source's cache key and its place there)."""
    if _KEPT is None:
        if stored is None or versions is None:
            return _exchange_links(signatures)
        return _links_stored(signatures, stored, versions)
    exchanges: dict[frozenset | None, list[Signature]] = {}
    for sig in signatures:
        exchanges.setdefault(frozenset((sig.sender, sig.recipient)) if sig.sender and sig.recipient else None,
                             []).append(sig)
    links: dict[str, dict[str, list[str]]] = {}
    for exchange, group in exchanges.items():
        if exchange is None:  # (no sender or no recipient: in no exchange, no witness)
            links.update((sig.id, {}) for sig in group)
            continue
        kept = _KEPT.links.get(exchange)
        if kept is None or kept[0] != tuple(group):
            kept = _KEPT.links[exchange] = (tuple(group), _exchange_links(group))
        links.update(kept[1])
    for gone in [exchange for exchange in _KEPT.links if exchange not in exchanges]:
        del _KEPT.links[gone]
    pairs = {(sig.sender, sig.recipient) for sig in signatures}
    for gone in [pair for pair in _KEPT.candidates if pair not in pairs]:
        del _KEPT.candidates[gone]
    return {sig.id: links[sig.id] for sig in signatures}


def _links_stored(signatures: list[Signature], stored: Path, versions: dict[str, str]):
    """compute_links with each exchange's witness candidates read from the file stored and
    compared again only where the exchange's signatures' versions are not those they were
    found from (after a one-file edit: the edited telegrams' exchanges; 0.2 s of 0.3 at 10,000
    telegrams); the file written again when any changed."""
    import pickle

    from .writer import write_atomic

    try:
        known = pickle.loads(stored.read_bytes())
        if not isinstance(known, dict):
            known = {}
    except Exception:  # (none yet, or spoilt: every exchange compared)
        known = {}
    found: dict = {}
    links = _exchange_links(signatures, (known, found, versions))
    if found.keys() != known.keys() or any(found[pair][0] != known[pair][0] for pair in found):
        try:
            write_atomic(stored, pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL), compare=False)
        except OSError:  # (a cache that cannot be written: compared again next time)
            pass
    return links


def _still_found(group: list[Signature], kept, key) -> tuple:
    """(key, the group's witness candidates): those kept (key, candidates) by the process or the
    file when kept with this key, else compared again.  key None: not known, compared."""
    if key is not None and isinstance(kept, tuple) and len(kept) == 2 and kept[0] == key:
        return kept
    return key, _candidates(group)


def _exchange_links(signatures: list[Signature], stored: tuple | None = None) -> dict[str, dict[str, list[str]]]:
    """compute_links of the signatures given (a whole corpus, or one exchange's).  stored:
    (candidates read, candidates found, versions) of _links_stored."""
    # Witnesses: for each document, the best match in each other publication, if good enough,
    # and only when the match's best in our publication is us (one telegram, one witness each).
    best: dict[tuple[str, str], tuple[float, str]] = {}
    by_pair: dict[tuple[str, str], list[Signature]] = {}
    for sig in signatures:
        if sig.sender and sig.recipient:
            by_pair.setdefault((sig.sender, sig.recipient), []).append(sig)
    for pair, group in by_pair.items():
        # (a document's candidates come from its own exchange only: the exchanges' are apart)
        if stored is not None:
            # (the file's: keyed by one digest of the group's ids and versions, in order; None where one is not known)
            known, now, versions = stored
            ids = [f"{sig.id}\t{versions.get(sig.id)}" for sig in group]
            key = None if any(sig.id not in versions for sig in group) else \
                hashlib.sha256("\n".join(ids).encode()).hexdigest()
            found = now[pair] = _still_found(group, known.get(pair), key)
        elif _KEPT is not None:  # (this process's: keyed by the signatures themselves)
            found = _KEPT.candidates[pair] = _still_found(group, _KEPT.candidates.get(pair), tuple(group))
        else:
            found = (None, _candidates(group))
        best.update(found[1])
    by_id = {s.id: s for s in signatures}
    mutual = sorted(((score, a_id, b_id) for (a_id, b_pub), (score, b_id) in best.items()
                     if a_id < b_id and best.get((b_id, by_id[a_id].publication), (0, ""))[1] == a_id),
                    key=lambda t: (-t[0], t[1], t[2]))
    groups = {members[0]: [by_id[i] for i in members]
              for members in _witness_groups([s.id for s in signatures], mutual, by_id)}

    links: dict[str, dict[str, list[str]]] = {s.id: {} for s in signatures}
    for members in groups.values():
        for sig in members:
            others = sorted(m.id for m in members if m.id != sig.id)
            if others:
                links[sig.id]["witness"] = others

    # Exchanges: telegrams (witness groups) between the same two correspondents, by date.
    exchanges: dict[frozenset, list[list[Signature]]] = {}
    for members in groups.values():
        first = min(members, key=lambda s: s.id)
        if first.sender and first.recipient and first.dates:
            exchanges.setdefault(frozenset((first.sender, first.recipient)), []).append(members)
    for telegrams in exchanges.values():
        telegrams.sort(key=lambda ms: (min(m.order or m.dates[0] for m in ms), min(m.position for m in ms),
                                       min(m.id for m in ms)))
        for i, members in enumerate(telegrams):
            for sig in members:
                if i > 0:
                    links[sig.id]["prev"] = sorted(m.id for m in telegrams[i - 1])
                    links[sig.id]["prev-title"] = [telegrams[i - 1][0].title]
                if i + 1 < len(telegrams):
                    links[sig.id]["next"] = sorted(m.id for m in telegrams[i + 1])
                    links[sig.id]["next-title"] = [telegrams[i + 1][0].title]
    return links


def _witness_groups(ids: list[str], edges, by_id: dict[str, Signature]) -> list[list[str]]:
    """Join the matched pairs, best first, into groups with one document per publication:
    a pair that would put two documents of one publication in a group is left apart."""
    group = {i: i for i in ids}
    members = {i: [i] for i in ids}
    for _, a, b in edges:
        ga, gb = group[a], group[b]
        if ga == gb:
            continue
        if {by_id[m].publication for m in members[ga]} & {by_id[m].publication for m in members[gb]}:
            continue
        if len(members[ga]) < len(members[gb]):
            ga, gb = gb, ga
        for m in members.pop(gb):
            group[m] = ga
            members[ga].append(m)
    order = {i: n for n, i in enumerate(ids)}
    return sorted((sorted(ms, key=order.__getitem__) for ms in members.values()), key=lambda ms: order[ms[0]])


def connected(ids: list[str], pairs) -> list[list[str]]:
    """The groups that pairs join (union-find), each in the order of ids, groups by first member."""
    parent = {i: i for i in ids}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    groups: dict[str, list[str]] = {}
    for i in ids:
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _link_elements(links: dict[str, list[str]]):
    """The elements that write the links: notesStmt (the witnesses) and correspContext (the
    telegrams before and after), each None where there is none."""
    notes = E("notesStmt", *[E("relatedItem", type="witness", target=f"{i}.xml") for i in links["witness"]]) \
        if links.get("witness") else None
    refs = [E("ref", links[f"{kind}-title"][0], type=kind, target=" ".join(f"{i}.xml" for i in links[kind]))
            for kind in ("prev", "next") if links.get(kind)]
    return notes, E("correspContext", *refs) if refs else None


def add_links(root: etree._Element, links: dict[str, list[str]]) -> None:
    """Write the links into the header: notesStmt/relatedItem and correspContext/ref."""
    notes, context = _link_elements(links)
    file_desc = root.find(f"{T}teiHeader/{T}fileDesc")
    if notes is not None:
        file_desc.insert(list(file_desc).index(file_desc.find(f"{T}sourceDesc")), notes)  # right before it
    corresp = root.find(f"{T}teiHeader/{T}profileDesc/{T}correspDesc")
    if context is not None and corresp is not None:
        corresp.append(context)


# how writer.serialize lays out a header: sourceDesc (in fileDesc) and the children of
# correspDesc (in profileDesc) stand on lines of their own, at the third level, two spaces a level
_HEADER_PAD = b"\n" + b"  " * 3


def add_links_to_xml(xml: bytes, links: dict[str, list[str]]) -> bytes:
    """add_links on a document as writer.serialize wrote it, without parsing it: the link
    elements, indented as serialize indents them, put in its text where add_links puts them;
    the same bytes as parsing, add_links and serialize (tested).  (The converter adds every
    telegram's links in its parent process, alone, once all are converted: parsing and writing
    each document again was most of that serial work.)  Where the header is not laid out so,
    it is parsed after all."""
    notes, context = _link_elements(links)
    if notes is None and context is None:
        return xml
    spliced = _splice(xml, notes, context)
    if spliced is None:
        root = etree.fromstring(xml)
        add_links(root, links)
        return serialize(root)
    return spliced


def _splice(xml: bytes, notes, context) -> bytes | None:
    """The link elements put in a serialized document's text, or None where its header is not
    laid out as serialize lays it out."""
    if context is not None and b"<correspDesc" in xml:  # (without a correspDesc, no refs: add_links)
        start = _only_tag(xml, b"<correspDesc")
        end = xml.find(b"</correspDesc>") - len(_HEADER_PAD)  # (its children's closing line)
        if start is None or end < start or xml[end:end + len(_HEADER_PAD)] != _HEADER_PAD:
            return None
        xml = xml[:end] + _HEADER_PAD + b"  " + _fragment(context, 4) + xml[end:]
    if notes is not None:
        start = _only_tag(xml, b"<sourceDesc")
        if start is None or xml[start - len(_HEADER_PAD):start] != _HEADER_PAD:
            return None
        xml = xml[:start] + _fragment(notes, 3) + _HEADER_PAD + xml[start:]
    return xml


def _only_tag(xml: bytes, start: bytes) -> int | None:
    """Where the one element that begins so (b"<sourceDesc") begins, or None when there is none
    or more than one."""
    at = xml.find(start)
    if at < 0 or xml.find(start, at + 1) >= 0 or xml[at + len(start):at + len(start) + 1] not in (b">", b" "):
        return None
    return at


_DEFAULT_NS = f' xmlns="{TEI_NS}"'.encode()


def _fragment(el: etree._Element, level: int) -> bytes:
    """An element as serialize writes it at that level of a document (its namespace declared
    by the document, not by itself)."""
    indent(el, level)
    return etree.tostring(el, encoding="UTF-8").replace(_DEFAULT_NS, b"", 1)
