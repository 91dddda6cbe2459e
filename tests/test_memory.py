"""The HTML edition with memory flat in the number of documents: the catalogue and the build
state kept in SQLite (tei.html.catalogue, tei.html.state) answer as the catalogue held in
memory did; the site-wide pages, each made from what it shows, in pieces of bounded size
(tei.html.sitepages), are the pages made whole; an interrupted build leaves the last site
and state."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from tei.html import render_site
from tei.html.catalogue import Catalogue, catalogue_chunk
from tei.html.sitepages import SitePages
from tei.html.state import OLD_STATE_FILE, STATE_FILE
from tei.messages import Report

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def same_site(a: Path, b: Path) -> None:
    files_a = sorted(str(p.relative_to(a)) for p in a.rglob("*") if p.is_file())
    assert files_a  # (two empty sites are not the same site)
    assert files_a == sorted(str(p.relative_to(b)) for p in b.rglob("*") if p.is_file())
    for name in files_a:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.fixture
def tei_copy(built_tei, tmp_path):
    shutil.copytree(built_tei, tmp_path / "tei")
    return tmp_path / "tei"


def _entries(tei_dir: Path):
    records, bad = catalogue_chunk(sorted(str(p) for p in tei_dir.glob("*.xml")))
    assert not bad
    return [e for _, e in records]


def test_the_catalogue_store_answers_as_the_catalogue_in_memory_did(sources_converted, built_tei):
    """Order, neighbours in time (the same telegram in other translations stepped over, the
    previous by its first translation), one name per source, side-by-side pairs and each
    page's small catalogue, as the catalogue held in dicts worked them out (written out here
    as it was), on the converted test sources and the seeds."""
    import re

    for folder in (sources_converted[0], built_tei):
        entries = _entries(folder)
        catalogue = Catalogue(entries)
        records = sorted(entries, key=lambda e: (e.order or e.date or "9999", e.id))
        ids = {e.id for e in records}
        assert catalogue.order == [e.id for e in records]
        counts: dict[bytes, dict[bytes, int]] = {}
        for e in records:
            for m in re.finditer(rb'<source-title ref="([^"]*)">([^<]*)</source-title>', e.xml):
                if m.group(2).strip():
                    counts.setdefault(m.group(1), {}).setdefault(m.group(2), 0)
                    counts[m.group(1)][m.group(2)] += 1
        names = {ref: min(forms, key=lambda f: (-forms[f], f)) for ref, forms in counts.items()}
        for i, e in enumerate(records):
            same = {e.id, *e.witnesses}
            j, k = i - 1, i + 1
            while j >= 0 and records[j].id in same:
                j -= 1
            while k < len(records) and records[k].id in same:
                k += 1
            prev, nxt = records[j].id if j >= 0 else "", records[k].id if k < len(records) else ""
            if j >= 0 and records[j].witnesses:  # (a telegram in several translations: its first)
                translations = {records[j].id, *records[j].witnesses}
                prev = next(r.id for r in records if r.id in translations)
            assert catalogue.document_ids(e.id) == (e.id, prev, nxt, *e.witnesses, *e.exchanges)
            assert catalogue.pairs(e.id) == [w for w in e.witnesses if w in ids and w != e.id]
            page = etree.fromstring(catalogue.for_document(e.id))
            own = page.find(f"entry[@id='{e.id}']")
            assert (own.get("prev"), own.get("next")) == (prev, nxt)
            ref = own.find("source-title").get("ref")
            if ref and ref.encode() in names:
                assert own.findtext("source-title").encode("utf-8") == names[ref.encode()]
            assert [x.get("id") for x in page.iter("entry")] == list(dict.fromkeys(
                i for i in (e.id, prev, nxt, *e.witnesses, *e.exchanges) if i in ids))
        assert any(e.witnesses for e in records)  # (the neighbours' rule was put to the test)


def test_the_indexes_are_given_what_the_documents_say(built_tei, tmp_path):
    """What the index of persons is given, read from the catalogue's tables: per person, the
    documents whose text names them (how often) and those naming them in their header only,
    with the forms the texts use; the same read from the documents themselves."""
    catalogue = Catalogue(_entries(built_tei))
    pages = SitePages(catalogue, tmp_path, str(built_tei), list_max=1000, refs_max=1000)
    persons = pages.write(next(p for p in pages.pages() if p.name == "persons.html"))
    facts = etree.parse(persons.jobs[0][0].rsplit(":", 1)[1]).getroot()
    mentioned: dict[str, dict] = {}
    for path in sorted(built_tei.glob("*.xml")):
        root = etree.parse(str(path)).getroot()
        named: dict[str, list[str]] = {}
        for el in root.find(f"{TEI}text").iter():
            if el.get("ref"):
                named.setdefault(el.get("ref").split("#")[-1].strip(), []).append(" ".join("".join(el.itertext()).split()))
        for ref, forms in named.items():
            mentioned.setdefault(ref, {"in": {}, "forms": {}})["in"][path.stem] = str(len(forms))
            mentioned[ref]["forms"].update(dict.fromkeys(forms))
    people = [el.get(XML_ID) for el in facts.find("entities")]
    assert people and all(el.tag.endswith("person") for el in facts.find("entities"))
    for ident in people:
        about = facts.find(f"about[@ref='{ident}']")
        if ident not in mentioned:
            assert about is None or about.find("in") is None
            continue
        assert {i.get("id"): i.get("n") for i in about.iter("in")} == mentioned[ident]["in"]
        assert [f.text or "" for f in about.iter("form")] == [f for f in mentioned[ident]["forms"]]
        assert int(about.get("docs")) == len(about.findall("in")) + len(about.findall("header"))
    assert facts.find("about/header") is not None  # (a correspondent named in a header only)
    listed = {e.get("id") for e in facts.find("refs")}
    assert listed == {i.get("id") for i in facts.iter("in", "header")}


@pytest.mark.parametrize("scale", [{}, {"list_max": 3, "refs_max": 3}])
def test_a_site_made_in_tiny_pieces_is_the_site_made_in_one_piece(tei_copy, tmp_path, scale):
    """The long lists of the site-wide pages (a month's telegrams, the telegrams naming an
    entity, the network's table at scale) made one item a run and spliced are the pages made
    in one run, byte for byte."""
    assert render_site(tei_copy, tmp_path / "whole", Report(), search=False, piece_size=10**6, **scale).ok
    assert render_site(tei_copy, tmp_path / "pieces", Report(), search=False, piece_size=1, **scale).ok
    same_site(tmp_path / "whole", tmp_path / "pieces")
    assert not [p for p in (tmp_path / "pieces").iterdir() if p.name.startswith(".")]  # no scratch file left


def test_no_run_of_a_site_wide_page_is_given_more_than_a_piece(tei_copy, tmp_path, monkeypatch):
    """At scale what one run of template "site" is given does not grow with the edition: no
    more entries than a piece holds (the home page, chronology and network get the entries
    merged by what they count, with their number)."""
    import tei.html as html

    given: list[bytes] = []
    real = html.render_pages

    def watched(jobs, *args, **kwargs):
        def noted():
            for job in jobs:
                if job[0].startswith("site:"):
                    given.append(Path(job[2]).read_bytes())
                yield job
        return real(noted(), *args, **kwargs)

    monkeypatch.setattr(html, "render_pages", watched)
    assert render_site(tei_copy, tmp_path / "site", Report(), search=False, list_max=3, refs_max=3, piece_size=2).ok
    assert len(given) > 10
    assert max(g.count(b"<entry ") - g.count(b' n="') for g in given) <= 2
    home = next(g for g in given if b"<sources>" in g)
    assert b'n="' in home and b"<summary>" not in home


def test_an_interrupted_build_leaves_the_last_site_and_state(tei_copy, tmp_path, monkeypatch):
    """A build stopped while the pages are made (here: as the first list is spliced) changes
    neither the site nor the state; its scratch files are gone; the next build is whole."""
    import tei.html.sitepages as sitepages

    site, state = tmp_path / "site", tmp_path / "state"
    assert render_site(tei_copy, site, Report(), search=False, state_dir=state, list_max=3, refs_max=3).ok
    saved = (state / STATE_FILE).read_bytes()
    before = {str(p.relative_to(site)): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    path = tei_copy / "tg-1949-01-13-mao-stalin-wilson-center-112663.xml"  # a new summary: its month's list again
    text = path.read_text(encoding="utf-8")
    path.unlink()
    path.write_text(text.replace("<p>Mao responds to", "<p>Mao replies to", 1), encoding="utf-8")

    def interrupted(self, page):
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(sitepages.SitePages, "splice", interrupted)
        with pytest.raises(KeyboardInterrupt):
            render_site(tei_copy, site, Report(), search=False, state_dir=state, list_max=3, refs_max=3, workers=1)
    assert {str(p.relative_to(site)): p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    assert (state / STATE_FILE).read_bytes() == saved
    assert [p.name for p in state.iterdir()] == [STATE_FILE]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    again = render_site(tei_copy, site, Report(), search=False, state_dir=state, list_max=3, refs_max=3)
    assert again.ok and again.reused > 0
    render_site(tei_copy, tmp_path / "scratch", Report(), search=False, list_max=3, refs_max=3)
    same_site(site, tmp_path / "scratch")


def test_a_state_that_cannot_be_used_is_not_trusted(tei_copy, tmp_path):
    """The state of an earlier build's format (a pickle) is let go; a state file that is not
    a database is not read: every page is made again, and a new state written."""
    site, state = tmp_path / "site", tmp_path / "state"
    state.mkdir()
    (state / OLD_STATE_FILE).write_bytes(b"an old pickle")
    first = render_site(tei_copy, site, Report(), search=False, state_dir=state)
    assert first.ok and first.reused == 0 and not (state / OLD_STATE_FILE).exists()
    assert render_site(tei_copy, site, Report(), search=False, state_dir=state).rendered == 0
    (state / STATE_FILE).write_bytes(b"not a database")
    again = render_site(tei_copy, site, Report(), search=False, state_dir=state)
    assert again.ok and again.reused == 0 and again.rendered == first.rendered
    assert render_site(tei_copy, site, Report(), search=False, state_dir=state).rendered == 0
