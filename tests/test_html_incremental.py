"""The HTML edition made again after a change: only the pages the change affects are made,
and the site is the same, byte for byte, as one made from scratch."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
from lxml import etree

from tei.html import render_site
from tei.html.search import shard_count, shards
from tei.messages import Report

from conftest import IN_CI, PAGEFIND, stopped_after_moves

TEI = "{http://www.tei-c.org/ns/1.0}"
MAO_13 = "tg-1949-01-13-mao-stalin-wilson-center-112663"


def inodes(site: Path) -> dict[str, int]:
    return {str(p.relative_to(site)): p.stat().st_ino for p in site.rglob("*") if p.is_file()}


def same_as_from_scratch(tei: Path, site: Path) -> None:
    """The site equals, byte for byte, one made from the same TEI without any state."""
    scratch = site.with_name(site.name + "-scratch")
    render_site(tei, scratch, Report(), search=False)
    same_site(site, scratch)


def same_site(a: Path, b: Path) -> None:
    files_a = {str(p.relative_to(a)) for p in a.rglob("*") if p.is_file()}
    files_b = {str(p.relative_to(b)) for p in b.rglob("*") if p.is_file()}
    assert files_a and files_a == files_b  # (two empty sites are not the same site)
    for name in files_a:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def edit_last_paragraph(path: Path) -> None:
    """A word added to the last paragraph of the text (not the summary the catalogue shows)."""
    tree = etree.parse(str(path))
    last = tree.findall(f".//{TEI}body//{TEI}p")[-1]
    last.text = "Edited. " + (last.text or "")
    path.unlink()
    tree.write(str(path), encoding="utf-8", xml_declaration=True)


def replace(path: Path, old: str, new: str) -> None:
    """Edit a file as tei convert writes one: a new file in its place."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.unlink()
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def tei_copy(built_tei, tmp_path):
    src = tmp_path / "tei"
    shutil.copytree(built_tei, src)
    return src


def test_nothing_changed_nothing_made(tei_copy, tmp_path):
    site, state = tmp_path / "site", tmp_path / "state"
    first = render_site(tei_copy, site, Report(), search=False, state_dir=state)
    assert first.ok and first.reused == 0 and first.rendered == 12  # 10 telegrams, 2 pairs side by side
    before = inodes(site)
    again = render_site(tei_copy, site, Report(), search=False, state_dir=state)
    assert again.ok and again.rendered == 0 and again.reused == 12
    pages = lambda found: {n: i for n, i in found.items() if not n.startswith("assets/")}  # assets: copied
    assert pages(inodes(site)) == pages(before)  # every page and TEI file taken over, none written


def test_tei_html_says_which_pages_its_counts_of_unchanged_and_made_again_are(tei_copy, tmp_path):
    """'19 pages from 10 documents (12 unchanged, 0 made again)' left a user to wonder about
    the other 7: the counts are of the telegrams' and side-by-side pages."""
    from click.testing import CliRunner

    from tei.cli import main

    args = ["html", str(tei_copy), "--out", str(tmp_path / "site"), "--state", str(tmp_path / "state"), "--no-search"]
    assert CliRunner().invoke(main, args).exit_code == 0
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0, again.output
    assert "19 pages from 10 documents (12 telegram and side-by-side pages unchanged, 0 made again)" in again.output


def test_one_edit_remakes_its_pages_and_gives_the_site_made_from_scratch(tei_copy, tmp_path):
    site, state = tmp_path / "site", tmp_path / "state"
    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    before = inodes(site)
    # a word of Mao's 13 January telegram (Wilson Center): its page and the side-by-side
    # page it is in change; no other telegram's page does
    edit_last_paragraph(tei_copy / f"{MAO_13}.xml")
    result = render_site(tei_copy, site, Report(), search=False, state_dir=state)
    after = inodes(site)
    changed = {name for name in after if before.get(name) != after[name]}
    telegram_pages = {n for n in changed if n.endswith(".html") and n.startswith(("tg-", "compare-"))}
    assert telegram_pages == {f"{MAO_13}.html", f"compare-tg-1949-01-13-mao-stalin-sino-soviet-relations-1959--{MAO_13}.html"}
    assert f"tei/{MAO_13}.xml" in changed
    assert result.rendered == 2
    same_as_from_scratch(tei_copy, site)


def test_an_edit_of_the_text_alone_works_out_no_other_page_s_key(tei_copy, tmp_path, monkeypatch):
    # what the site-wide pages and the other pages show of it is the same: the site-wide pages
    # are taken over without their inputs being read, and the other documents' pages keep
    # their keys without their catalogues being made (the state's digests of what each entry shows)
    site, state = tmp_path / "site", tmp_path / "state"
    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    before = inodes(site)
    edit_last_paragraph(tei_copy / f"{MAO_13}.xml")
    from tei.html import catalogue, sitepages

    def not_read(*args, **kwargs):
        raise AssertionError("a site-wide page's inputs read")

    monkeypatch.setattr(sitepages.SitePages, "pages", not_read)
    asked = []
    for_page = catalogue.Catalogue.for_page
    monkeypatch.setattr(catalogue.Catalogue, "for_page", lambda self, *ids: asked.append(ids) or for_page(self, *ids))
    result = render_site(tei_copy, site, Report(), search=False, state_dir=state)
    assert result.rendered == 2
    assert {ids[0] for ids in asked} == {MAO_13, "tg-1949-01-13-mao-stalin-sino-soviet-relations-1959"}
    after = inodes(site)
    assert {n for n in after if before.get(n) != after[n] and not n.startswith("assets/")} == {
        f"{MAO_13}.html", f"compare-tg-1949-01-13-mao-stalin-sino-soviet-relations-1959--{MAO_13}.html", f"tei/{MAO_13}.xml"}
    monkeypatch.undo()
    same_as_from_scratch(tei_copy, site)


def test_a_first_build_forgets_nothing_and_a_file_read_again_replaces_its_entry(tei_copy, tmp_path, monkeypatch):
    # a first build's state is new: no entry to forget (a DELETE by digest there, before the
    # facts' indexes are made, scanned every row stored so far: quadratic in the documents);
    # a file whose stamp changed but not its bytes is read again, its entry taken out and put back
    import tei.html as html

    forgotten = []
    forget = html._forget_entries
    monkeypatch.setattr(html, "_forget_entries", lambda db, digests: forgotten.extend(digests) or forget(db, digests))
    site, state = tmp_path / "site", tmp_path / "state"
    assert render_site(tei_copy, site, Report(), search=False, state_dir=state).ok
    assert forgotten == []
    path = tei_copy / f"{MAO_13}.xml"
    data = path.read_bytes()
    path.unlink()
    path.write_bytes(data)  # (a new file: another stamp, the same bytes)
    result = render_site(tei_copy, site, Report(), search=False, state_dir=state)
    assert result.ok and result.rendered == 0 and len(forgotten) == 1
    same_as_from_scratch(tei_copy, site)


def test_a_changed_standoff_entity_remakes_the_index_that_shows_it(tei_copy, tmp_path):
    # the index is given the entity's copy from the first document that has it: not in the
    # catalogue's entry, in what the state knows the entry shows
    site, state = tmp_path / "site", tmp_path / "state"
    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    before = inodes(site)
    first = tei_copy / "tg-1949-01-06-stalin-mao-wilson-center.xml"
    replace(first, '<persName type="variant">J. V. Stalin</persName>', '<persName type="variant">J. W. Stalin</persName>')
    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    after = inodes(site)
    assert "persons.html" in {n for n in after if before.get(n) != after[n]}
    same_as_from_scratch(tei_copy, site)


def test_a_site_wide_page_changed_by_hand_is_made_again(tei_copy, tmp_path):
    site, state = tmp_path / "site", tmp_path / "state"
    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    (site / "chronology.html").write_text("changed by hand", encoding="utf-8")
    edit_last_paragraph(tei_copy / f"{MAO_13}.xml")
    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    same_as_from_scratch(tei_copy, site)


def test_a_changed_title_remakes_the_neighbours_that_show_it(tei_copy, tmp_path):
    site, state = tmp_path / "site", tmp_path / "state"
    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    # (the telegram's first translation: the pagers of the telegrams before and after it name
    # the telegram by that one's title, the others by their sources)
    path = tei_copy / "tg-1949-01-13-mao-stalin-sino-soviet-relations-1959.xml"
    title = etree.parse(str(path)).find(f".//{TEI}titleStmt/{TEI}title").text
    replace(path, title, title + " (revised)")
    result = render_site(tei_copy, site, Report(), search=False, state_dir=state)
    # its own pages, the telegrams before and after it in time and in its exchange, its
    # witness: each shows its title in a link (its witness, the same telegram in another
    # translation, is no neighbour in time and names it by its source)
    assert 2 < result.rendered < 12
    pages = [p for p in site.glob("tg-*.html") if "(revised)" in p.read_text(encoding="utf-8")]
    assert len(pages) >= 2
    same_as_from_scratch(tei_copy, site)


def test_a_changed_title_remakes_the_pages_whose_keys_are_kept_in_one_query(tei_copy, tmp_path):
    """The pages of documents with no side-by-side page keep their last keys in one query
    (_unaffected_pages), not row by row: such a page is still made again when the telegram
    before or after it in time changes its title (its pager shows it), in its exchange or
    not, and the site is the one made from scratch."""
    import json
    import sqlite3

    site, state = tmp_path / "site", tmp_path / "state"
    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    db = sqlite3.connect(state / "site-state.sqlite")
    rows = {i: ((prev, nxt), json.loads(w), json.loads(x))
            for i, prev, nxt, w, x in db.execute("SELECT id, prev, next, witnesses, exchanges FROM cat")}
    db.close()
    named = {w for _, witnesses, _ in rows.values() for w in witnesses}
    alone = sorted(i for i, (_, witnesses, _) in rows.items() if not witnesses and i not in named)
    # a neighbour in time without witnesses (its pager link is its title), outside the page's
    # exchange, then one in it
    outside = next((i, n) for i in alone for n in rows[i][0] if n and not rows[n][1] and n not in rows[i][2])
    inside = next((i, n) for i in alone for n in rows[i][0] if n and not rows[n][1] and n in rows[i][2])
    for k, (page, edited) in enumerate((outside, inside)):
        before = (site / f"{page}.html").read_bytes()
        path = tei_copy / f"{edited}.xml"
        title = etree.parse(str(path)).find(f".//{TEI}titleStmt/{TEI}title").text
        replace(path, title, f"{title} (revised {k})")
        render_site(tei_copy, site, Report(), search=False, state_dir=state)
        assert (site / f"{page}.html").read_bytes() != before, (page, edited)
        scratch = tmp_path / f"scratch-{k}"
        render_site(tei_copy, scratch, Report(), search=False)
        same_site(site, scratch)


def test_the_translations_pages_keep_their_keys_in_one_query_unless_a_neighbour_changed(tei_copy, tmp_path,
                                                                                         monkeypatch):
    """The documents with side-by-side pages (translations of one telegram) and those pages
    keep their last keys group by group (_unaffected_translations), not row by row: after an
    edit elsewhere none of them is asked for its witnesses; the title of a translation's
    neighbour in time changed, its page is made again; each time the site made from scratch."""
    import json
    import sqlite3

    from tei.html import catalogue

    site, state = tmp_path / "site", tmp_path / "state"
    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    db = sqlite3.connect(state / "site-state.sqlite")
    rows = {i: ((prev, nxt), json.loads(w)) for i, prev, nxt, w in db.execute("SELECT id, prev, next, witnesses FROM cat")}
    db.close()
    grouped = {i for i, (_, witnesses) in rows.items() if witnesses} | {w for _, ws in rows.values() for w in ws}
    assert grouped and MAO_13 in grouped
    alone = sorted(set(rows) - grouped)
    # an edit of a telegram whose neighbours in time are alone too: no group is affected
    far = next(i for i in alone if not set(rows[i][0]) & grouped)
    asked = []
    pairs = catalogue.Catalogue.pairs
    monkeypatch.setattr(catalogue.Catalogue, "pairs", lambda self, doc, *a: asked.append(doc) or pairs(self, doc, *a))
    edit_last_paragraph(tei_copy / f"{far}.xml")
    assert render_site(tei_copy, site, Report(), search=False, state_dir=state).ok
    assert not set(asked) & grouped, asked
    same_site(site, _scratch(tei_copy, tmp_path / "scratch-1"))
    # a translation's neighbour in time (outside its group) gets a new title: its page shows it
    page, edited = next((i, n) for i in sorted(grouped) for n in rows[i][0] if n and n not in grouped)
    before = (site / f"{page}.html").read_bytes()
    path = tei_copy / f"{edited}.xml"
    title = etree.parse(str(path)).find(f".//{TEI}titleStmt/{TEI}title").text
    replace(path, title, f"{title} (revised)")
    assert render_site(tei_copy, site, Report(), search=False, state_dir=state).ok
    assert (site / f"{page}.html").read_bytes() != before
    same_site(site, _scratch(tei_copy, tmp_path / "scratch-2"))


def test_the_pages_keys_kept_at_once_are_those_kept_row_by_row(tei_copy, tmp_path, monkeypatch):
    """The SQL fast paths (_unaffected_pages, _unaffected_translations) keep what the row-by-row
    path (_page_jobs) keeps: two copies of an edition edited alike, one built with them and one
    without, make the same pages again and record the same keys after each edit (a neighbour
    in time of a translation retitled, a telegram's text edited, a title in an exchange)."""
    import json
    import sqlite3

    from tei.html import SiteBuild

    other = tmp_path / "tei-rows"
    shutil.copytree(tei_copy, other)
    runs = {"at once": (tei_copy, tmp_path / "site", tmp_path / "state"),
            "row by row": (other, tmp_path / "site-rows", tmp_path / "state-rows")}

    def build(name):
        tei, site, state = runs[name]
        if name == "row by row":
            monkeypatch.setattr(SiteBuild, "_unaffected_pages", lambda self: iter(()))
            monkeypatch.setattr(SiteBuild, "_unaffected_translations", lambda self: iter(()))
        made = []
        real = SiteBuild._make
        monkeypatch.setattr(SiteBuild, "_make", lambda self, *a: made.extend(
            page for (page,) in self.db.execute("SELECT page FROM work.todo")) or real(self, *a))
        result = render_site(tei, site, Report(), search=False, state_dir=state)
        monkeypatch.undo()
        assert result.ok
        db = sqlite3.connect(state / "site-state.sqlite")
        keys = dict(db.execute("SELECT name, key FROM pages"))
        db.close()
        return sorted(made), result.reused, keys

    for name in runs:
        build(name)
    db = sqlite3.connect(tmp_path / "state" / "site-state.sqlite")
    rows = {i: ((prev, nxt), json.loads(w), json.loads(x))
            for i, prev, nxt, w, x in db.execute("SELECT id, prev, next, witnesses, exchanges FROM cat")}
    db.close()
    grouped = {i for i, (_, witnesses, _) in rows.items() if witnesses} | {w for _, ws, _ in rows.values() for w in ws}
    alone = sorted(set(rows) - grouped)
    beside = next(n for i in sorted(grouped) for n in rows[i][0] if n and n not in grouped)
    in_exchange = next(n for i in alone for n in rows[i][0] if n and n in rows[i][2] and n != beside)
    edits = [lambda tei: replace(tei / f"{beside}.xml", "</title>", " (revised)</title>"),
             lambda tei: edit_last_paragraph(tei / f"{alone[0]}.xml"),
             lambda tei: replace(tei / f"{in_exchange}.xml", "</title>", " (revised)</title>")]
    for edit in edits:
        results = {}
        for name, (tei, _, _) in runs.items():
            edit(tei)
            results[name] = build(name)
        made, reused, keys = results["at once"]
        assert made and reused  # (something made again, something kept)
        assert results["at once"] == results["row by row"]
    same_site(runs["at once"][1], runs["row by row"][1])


def _scratch(tei: Path, site: Path) -> Path:
    render_site(tei, site, Report(), search=False)
    return site


def test_the_stamps_a_build_took_are_the_ones_the_site_is_keyed_by(tei_copy, tmp_path, monkeypatch):
    """Given the TEI files' stamps (tei build takes them to know whether a stage is up to
    date), the html stage takes none of its own, and an edited file, its new stamp given, is
    read again: its page is made again and the site is the one made from scratch."""
    import os

    from tei.cache import tree_stamps

    site, state = tmp_path / "site", tmp_path / "state"
    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    edit_last_paragraph(tei_copy / f"{MAO_13}.xml")
    stamps: dict = {}
    tree_stamps(tei_copy, stamps)
    stat = os.stat
    looked = []
    monkeypatch.setattr(os, "stat", lambda path, *a, **k: looked.append(str(path)) or stat(path, *a, **k))
    result = render_site(tei_copy, site, Report(), search=False, state_dir=state, link_inputs=True,
                         input_stamps=stamps)
    monkeypatch.undo()
    assert not [p for p in looked if Path(p).parent == tei_copy]
    assert result.rendered == 2 and "Edited." in (site / f"{MAO_13}.html").read_text(encoding="utf-8")
    same_as_from_scratch(tei_copy, site)


def test_a_new_summary_remakes_the_lists_that_show_it_not_the_indexes(tei_copy, tmp_path):
    site, state = tmp_path / "site", tmp_path / "state"
    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    before = inodes(site)
    replace(tei_copy / f"{MAO_13}.xml", "<p>Mao responds to", "<p>Mao replies to")
    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    after = inodes(site)
    changed = {name for name in after if before.get(name) != after[name]}
    assert {"index.html", "chronology.html"} <= changed  # they list the summaries
    # the indexes, the network and the search page are not given them
    assert not {"persons.html", "places.html", "organisations.html", "network.html", "search.html"} & changed
    assert "Mao replies to" in (site / "index.html").read_text(encoding="utf-8")
    same_as_from_scratch(tei_copy, site)


def test_a_new_mention_remakes_the_indexes_not_the_lists(tei_copy, tmp_path):
    site, state = tmp_path / "site", tmp_path / "state"
    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    before = inodes(site)
    path = tei_copy / f"{MAO_13}.xml"
    tree = etree.parse(str(path))
    last = tree.findall(f".//{TEI}body//{TEI}p")[-1]
    name = etree.SubElement(last, f"{TEI}placeName", ref="#nanjing")
    name.text, name.tail = "Nanking", "."
    path.unlink()
    tree.write(str(path), encoding="utf-8", xml_declaration=True)
    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    after = inodes(site)
    changed = {name for name in after if before.get(name) != after[name]}
    assert "places.html" in changed and f"{MAO_13}.html" in changed
    assert not {"index.html", "chronology.html", "network.html", "search.html"} & changed
    same_as_from_scratch(tei_copy, site)


def test_an_edit_of_an_entry_keys_only_the_site_wide_pages_that_show_what_changed(tei_copy, tmp_path, monkeypatch):
    """The catalogue kept in the state: only the edited entry's row is made again; at scale
    (the telegrams listed month by month) a new summary keys its month's list alone, a new
    title the lists and indexes that show its line, a new mention every site-wide page."""
    from tei.html import catalogue, sitepages

    kw = dict(search=False, list_max=3, refs_max=3)
    site, state = tmp_path / "site", tmp_path / "state"
    render_site(tei_copy, site, Report(), state_dir=state, **kw)
    touched, keyed = [], []
    update = catalogue.Catalogue._update
    monkeypatch.setattr(catalogue.Catalogue, "_update", lambda self, names: touched.append(update(self, names))
                        or touched[-1])
    real = sitepages.SitePages._keyed
    monkeypatch.setattr(sitepages.SitePages, "_keyed", lambda self, name, plan, known: keyed.append(name)
                        or real(self, name, plan, known))
    every = len(list((site).glob("*.html"))) - 12  # (the documents' and side-by-side pages aside)

    replace(tei_copy / f"{MAO_13}.xml", "<p>Mao responds to", "<p>Mao replies to")
    assert render_site(tei_copy, site, Report(), state_dir=state, **kw).ok
    assert len(touched[-1]) == 1 and keyed == ["telegrams-1949-01.html"]
    keyed.clear()
    path = tei_copy / f"{MAO_13}.xml"
    title = etree.parse(str(path)).find(f".//{TEI}titleStmt/{TEI}title").text
    replace(path, title, title + " (revised)")
    assert render_site(tei_copy, site, Report(), state_dir=state, **kw).ok
    assert len(touched[-1]) == 1 and "telegrams-1949-01.html" in keyed and "persons.html" in keyed
    assert "index.html" not in keyed and len(keyed) < every
    keyed.clear()
    tree = etree.parse(str(path))  # a new mention: the index of places counts it
    name = etree.SubElement(tree.findall(f".//{TEI}body//{TEI}p")[-1], f"{TEI}placeName", ref="#nanjing")
    name.text, name.tail = "Nanking", "."
    path.unlink()
    tree.write(str(path), encoding="utf-8", xml_declaration=True)
    assert render_site(tei_copy, site, Report(), state_dir=state, **kw).ok
    assert len(touched[-1]) == 1 and len(keyed) == every
    monkeypatch.undo()
    scratch = tmp_path / "scratch"
    render_site(tei_copy, scratch, Report(), **kw)
    same_site(site, scratch)


def test_a_removed_document_leaves_no_page(tei_copy, tmp_path):
    site, state = tmp_path / "site", tmp_path / "state"
    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    (tei_copy / "tg-1949-02-stalin-mikoyan-wilson-center-121767.xml").unlink()
    assert render_site(tei_copy, site, Report(), search=False, state_dir=state).ok
    assert not list(site.rglob("*121767*"))
    same_as_from_scratch(tei_copy, site)


def test_a_site_changed_by_hand_or_stylesheets_changed_are_not_trusted(tei_copy, tmp_path, monkeypatch):
    site, state = tmp_path / "site", tmp_path / "state"
    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    page = site / f"{MAO_13}.html"
    page.write_text("changed by hand", encoding="utf-8")
    result = render_site(tei_copy, site, Report(), search=False, state_dir=state)
    assert result.rendered == 1 and "changed by hand" not in page.read_text(encoding="utf-8")
    # other stylesheets or code: everything is made again
    from tei.html import state as state_module

    monkeypatch.setattr(state_module, "salt", lambda: "other stylesheets")
    assert render_site(tei_copy, site, Report(), search=False, state_dir=state).reused == 0


def test_a_file_that_became_invalid_is_skipped_and_the_rest_reused(tei_copy, tmp_path):
    site, state = tmp_path / "site", tmp_path / "state"
    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    bad = tei_copy / f"{MAO_13}.xml"
    bad.unlink()
    bad.write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'><oops", encoding="utf-8")
    report = Report()
    result = render_site(tei_copy, site, report, search=False, state_dir=state)
    assert result.ok and [Path(f).name for f, _ in result.skipped] == [bad.name]
    assert str(bad) in str(report.messages[0]) and not (site / f"{MAO_13}.html").exists()
    assert result.reused > 0  # the pages that did not link to it


@pytest.mark.parametrize("link_inputs", [False, True])
def test_the_site_offers_each_good_file_as_it_is_and_no_bad_one(tei_copy, tmp_path, link_inputs):
    """The site's tei/ holds the very bytes of each renderable input (read once, by the workers
    that catalogue it, copied or linked) and nothing of a file that was skipped; a file touched
    but unchanged is known again by its digest, its pages taken over."""
    (tei_copy / "not-tei.xml").write_text("<html><body/></html>", encoding="utf-8")
    site, state = tmp_path / "site", tmp_path / "state"
    result = render_site(tei_copy, site, Report(), search=False, state_dir=state, link_inputs=link_inputs)
    good = sorted(p.name for p in tei_copy.glob("*.xml") if p.name != "not-tei.xml")
    assert [Path(f).name for f, _ in result.skipped] == ["not-tei.xml"]
    assert sorted(p.name for p in (site / "tei").iterdir()) == good
    for name in good:
        assert (site / "tei" / name).read_bytes() == (tei_copy / name).read_bytes()
        assert ((site / "tei" / name).stat().st_ino == (tei_copy / name).stat().st_ino) == link_inputs
    touched = tei_copy / f"{MAO_13}.xml"
    touched.write_bytes(touched.read_bytes())  # a new modification time, the same bytes
    again = render_site(tei_copy, site, Report(), search=False, state_dir=state, link_inputs=link_inputs)
    assert again.rendered == 0 and again.reused == result.rendered


def test_an_interrupted_build_leaves_the_last_site_and_state(tei_copy, tmp_path, monkeypatch):
    site, state = tmp_path / "site", tmp_path / "state"
    from tei.html.state import STATE_FILE

    render_site(tei_copy, site, Report(), search=False, state_dir=state)
    saved = (state / STATE_FILE).read_bytes()
    before = {n: (site / n).read_bytes() for n in inodes(site)}
    replace(tei_copy / f"{MAO_13}.xml", "Nanjing", "Nanking")
    import tei.html as html

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(html.Update, "commit", interrupted)  # all made, nothing moved in yet
    with pytest.raises(KeyboardInterrupt):
        render_site(tei_copy, site, Report(), search=False, state_dir=state)
    assert {n: (site / n).read_bytes() for n in inodes(site)} == before
    assert (state / STATE_FILE).read_bytes() == saved
    assert [p.name for p in state.iterdir()] == [STATE_FILE]  # the new state, begun, let go
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".site", ".state"))]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site", "state", "tei"]  # no staging folder left


def test_a_build_interrupted_while_moving_its_files_in_is_finished_by_the_next(tei_copy, tmp_path, monkeypatch):
    """The site is updated in place under a journal (tei.journal): a build stopped between
    two of its moves leaves the journal, and the next build finishes the moves first."""
    site, state = tmp_path / "site", tmp_path / "state"
    render_site(tei_copy, site, Report(), search=True, state_dir=state, shard_size=4)
    replace(tei_copy / f"{MAO_13}.xml", "Nanjing", "Nanking")
    (tei_copy / "tg-1949-01-06-stalin-mao-wilson-center.xml").unlink()  # a removal too
    import tei.journal as journal

    stopped_after_moves(monkeypatch, 3, lambda: render_site(tei_copy, site, Report(), search=True, state_dir=state,
                                                            shard_size=4))
    assert journal.journal_path(site).exists()
    again = render_site(tei_copy, site, Report(), search=True, state_dir=state, shard_size=4)
    assert again.ok and not journal.journal_path(site).exists()
    assert again.rendered == 0  # the state, committed once the journal was written, describes the site the moves made
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site", "state", "tei"]
    scratch = tmp_path / "scratch"
    render_site(tei_copy, scratch, Report(), search=True, shard_size=4)
    same_site(site, scratch)
    # and then a build with nothing changed makes nothing
    assert render_site(tei_copy, site, Report(), search=True, state_dir=state, shard_size=4).rendered == 0


def test_a_build_interrupted_before_its_state_is_committed_does_not_trust_the_state(tei_copy, tmp_path, monkeypatch):
    """The state is updated in place and committed once the site's journal is written: a
    build stopped between the two leaves a journal that names a state generation the state
    (rolled back) is not, so the next build finishes the moves and makes every page again."""
    site, state = tmp_path / "site", tmp_path / "state"
    first = render_site(tei_copy, site, Report(), search=True, state_dir=state, shard_size=4)
    replace(tei_copy / f"{MAO_13}.xml", "Nanjing", "Nanking")
    import tei.journal as journal
    from tei.html.state import STATE_FILE, SiteState

    saved = (state / STATE_FILE).read_bytes()

    def interrupted(self):
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(SiteState, "commit", interrupted)
        with pytest.raises(KeyboardInterrupt):
            render_site(tei_copy, site, Report(), search=True, state_dir=state, shard_size=4)
    assert journal.journal_path(site).exists()
    assert (state / STATE_FILE).read_bytes() == saved and [p.name for p in state.iterdir()] == [STATE_FILE]
    again = render_site(tei_copy, site, Report(), search=True, state_dir=state, shard_size=4)
    assert again.ok and again.reused == 0 and again.rendered == first.rendered
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site", "state", "tei"]
    render_site(tei_copy, tmp_path / "scratch", Report(), search=True, shard_size=4)
    same_site(site, tmp_path / "scratch")
    assert render_site(tei_copy, site, Report(), search=True, state_dir=state, shard_size=4).rendered == 0


@pytest.mark.parametrize("where", ["before the journal", "before the state's commit"])
def test_a_build_whose_process_dies_leaves_a_state_sqlite_rolls_back(tei_copy, tmp_path, where):
    """A build killed with its state's transaction open (SQLite's rollback journal beside the
    state): the next build's state is the last one, rolled back; it describes the last site
    (killed before the site's journal: only the edited document's pages are made again) or is
    not trusted (killed after it: the journal names another generation)."""
    import os
    import subprocess
    import sys

    site, state = tmp_path / "site", tmp_path / "state"
    first = render_site(tei_copy, site, Report(), search=False, state_dir=state)
    edit_last_paragraph(tei_copy / f"{MAO_13}.xml")  # (its page and one side-by-side page)
    killed = "tei.journal.Update.commit" if where == "before the journal" else "tei.html.state.SiteState.commit"
    from tei.html.state import salt

    script = (f"import os, tei.journal, tei.html.state\n{killed} = lambda *a, **k: os._exit(3)\n"
              f"tei.html.state.salt = lambda: {salt()!r}\n"  # (as this process has it: the edition as the tests set it)
              "from tei.html import render_site\nfrom tei.messages import Report\n"
              f"render_site({str(tei_copy)!r}, {str(site)!r}, Report(), search=False, state_dir={str(state)!r})\n")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    assert subprocess.run([sys.executable, "-c", script], env=env).returncode == 3
    assert (state / "site-state.sqlite-journal").exists()  # (what SQLite rolls back by)
    again = render_site(tei_copy, site, Report(), search=False, state_dir=state)
    assert again.ok and sorted(p.name for p in state.iterdir()) == ["site-state.sqlite"]
    assert again.rendered == (2 if where == "before the journal" else first.rendered)
    same_as_from_scratch(tei_copy, site)
    assert render_site(tei_copy, site, Report(), search=False, state_dir=state).rendered == 0


def test_search_shards_are_stable_and_bounded():
    docs = [f"doc-{i}" for i in range(5000)]
    groups = shards(docs, size=2000)
    assert shard_count(5000, 2000) == 4 and len(groups) == 4
    assert sorted(d for g in groups.values() for d in g) == sorted(docs)
    assert all(len(g) < 2000 for g in groups.values())
    assert "pagefind" in groups  # the bundle the search page loads
    # a new document moves no other while the number of shards stays
    more = shards(docs + ["doc-new"], size=2000)
    where = {d: folder for folder, g in groups.items() for d in g}
    assert all(where[d] == folder for folder, g in more.items() for d in g if d != "doc-new")
    assert shards(["only"], size=2000) == {"pagefind": ["only"]}


def test_search_index_is_the_same_from_build_to_build(tei_copy, tmp_path, monkeypatch):
    """Two builds give the same search index, byte for byte (pagefind's filter files are put
    in a fixed order), whether pagefind wrote a shard into a memory folder (then copied into
    the site; the memory folder is let go) or into the site directly."""
    import tei.html.search as search

    memory = tmp_path / "memory"
    memory.mkdir()
    made = []
    real_scratch = search._scratch
    monkeypatch.setattr(search, "MEMORY_FS", memory)
    monkeypatch.setattr(search, "_scratch", lambda pages: made.append(real_scratch(pages)) or made[-1])
    render_site(tei_copy, tmp_path / "in-memory", Report(), shard_size=3)
    assert made and all(m is not None and m.parent == memory for m in made)
    assert not list(memory.iterdir())
    monkeypatch.setattr(search, "MEMORY_FS", tmp_path / "no-such-folder")
    made.clear()
    render_site(tei_copy, tmp_path / "in-place", Report(), shard_size=3)
    assert made and all(m is None for m in made)
    same_site(tmp_path / "in-memory", tmp_path / "in-place")


def test_search_index_of_the_pages_cut_to_what_pagefind_reads_is_the_same(tei_copy, tmp_path, monkeypatch):
    """pagefind is given each document's page cut to its article, without the parts it ignores
    whole (search.searched_part: a seventh less of its work); the index is the one the whole
    pages give, byte for byte."""
    import tei.html.search as search

    report = Report()
    cut = render_site(tei_copy, tmp_path / "cut", report, shard_size=3)
    if not cut.search and not (IN_CI or PAGEFIND):
        pytest.skip("pagefind is not installed")
    assert cut.search, [str(m) for m in report.messages]
    page = next((tmp_path / "cut").glob("tg-*.html")).read_bytes()
    part = search.searched_part(page)
    assert part is not None and b"data-pagefind-body" in part and b"data-pagefind-filter" in part
    assert b"data-pagefind-ignore" not in part and b'class="tooltips"' not in part and len(part) < len(page)
    assert search.searched_part(b"<html><body><p>no article</p></body></html>") is None
    monkeypatch.setattr(search, "searched_part", lambda page: None)  # the whole pages
    assert render_site(tei_copy, tmp_path / "whole", Report(), shard_size=3).search
    same_site(tmp_path / "cut", tmp_path / "whole")


def test_site_wide_pages_made_by_the_page_workers_are_the_same(tei_copy, tmp_path, monkeypatch):
    """The site-wide pages are small runs (tei.html.sitepages) that the page workers take in
    turn with the pages: the site is the same, byte for byte, as when this process makes
    them all, at scale too; the workers have ended."""
    import tei.html as html

    made = []  # (workers, pool, [True once shut down])
    real = html.process_pool

    def tracked(n, **kwargs):
        pool, ended = real(n, **kwargs), []
        shutdown = pool.shutdown
        pool.shutdown = lambda *a, **k: ended.append(True) or shutdown(*a, **k)
        made.append((n, pool, ended))
        return pool

    monkeypatch.setattr(html, "process_pool", tracked)
    for scale in ({}, {"list_max": 3, "refs_max": 3}):
        made.clear()
        pooled = render_site(tei_copy, tmp_path / "pooled", Report(), search=False, workers=2, **scale)
        assert pooled.ok and [n for n, _, _ in made] == [2] and all(ended for _, _, ended in made)
        here = render_site(tei_copy, tmp_path / "here", Report(), search=False, workers=1, **scale)
        assert here.ok and len(made) == 1
        same_site(tmp_path / "pooled", tmp_path / "here")


def test_a_failing_search_indexer_leaves_the_site_built_and_says_why(tei_copy, tmp_path, monkeypatch):
    """pagefind is run as the binary its own lookup finds (PAGEFIND_BINARY_PATH honoured):
    when it fails the site is still made and swapped in, without a search index, and the
    warning gives pagefind's own words."""
    import tei.html.search as search

    fake = tmp_path / "pagefind"
    fake.write_text("#!/bin/sh\necho \"pagefind: out of luck ($*)\" >&2\nexit 3\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(fake))
    search._pagefind_command.cache_clear()
    try:
        report = Report()
        result = render_site(tei_copy, tmp_path / "site", report)
    finally:
        search._pagefind_command.cache_clear()
    assert result.ok and not result.search
    assert (tmp_path / "site" / f"{MAO_13}.html").is_file()
    warned = [m.text for m in report.messages if m.code == "html-search"]
    assert warned and "search index not built" in warned[0] and "out of luck (--site" in warned[0]


def test_sharded_search_index_is_remade_only_where_pages_changed(tei_copy, tmp_path):
    site, state = tmp_path / "site", tmp_path / "state"
    result = render_site(tei_copy, site, Report(), state_dir=state, shard_size=3)
    assert result.search
    folders = sorted(p.name for p in site.glob("pagefind*") if p.is_dir())
    assert len(folders) > 1 and "pagefind" in folders
    listed = (site / "pagefind-shards.js").read_text(encoding="utf-8")
    assert all(f'"{f}/"' in listed for f in folders if f != "pagefind")
    before = inodes(site)
    edit_last_paragraph(tei_copy / f"{MAO_13}.xml")
    render_site(tei_copy, site, Report(), state_dir=state, shard_size=3)
    after = inodes(site)
    remade = {name.split("/")[0] for name in after
              if name.startswith("pagefind") and "/" in name and before.get(name) != after[name]}
    assert len(remade) == 1 and remade < set(folders)


def test_a_shard_whose_pages_came_out_the_same_is_not_indexed_again(tei_copy, tmp_path):
    """A new summary changes the catalogue entry the neighbours' pages are made with, so they
    are made again; but they do not show it, so their search shards are taken over."""
    site, state = tmp_path / "site", tmp_path / "state"
    first = render_site(tei_copy, site, Report(), state_dir=state, shard_size=3)
    before = inodes(site)
    replace(tei_copy / f"{MAO_13}.xml", "<p>Mao responds to", "<p>Mao replies to")
    result = render_site(tei_copy, site, Report(), state_dir=state, shard_size=3)
    assert result.rendered > 2  # its pages and the neighbours'
    after = inodes(site)
    remade_pages = {n for n in after if n.startswith("tg-") and before.get(n) != after[n]}
    assert len(remade_pages) > 1  # made again (written anew) ...
    changed = {n for n in remade_pages if n != f"{MAO_13}.html"}
    own = next(folder for folder, docs in shards(first.documents, 3).items() if MAO_13 in docs)
    others = {folder for folder, docs in shards(first.documents, 3).items() if any(f"{d}.html" in changed for d in docs)}
    assert others - {own}, "the neighbours should sit in other shards for this test to mean something"
    remade = {name.split("/")[0] for name in after
              if name.startswith("pagefind") and "/" in name and before.get(name) != after[name]}
    assert remade == {own}  # ... but the same as before: only the edited page's shard is indexed again
    scratch = tmp_path / "scratch"
    render_site(tei_copy, scratch, Report(), search=False)
    for page in scratch.glob("*.html"):
        assert (site / page.name).read_bytes() == page.read_bytes(), page.name


def test_the_shards_keys_are_those_of_their_pages_bytes_after_edits(tei_copy, tmp_path):
    """What a shard is kept by is the digest of its pages' bytes as they are in the site,
    whether a page was made by this build or taken over (the digests of those are read
    from the state for the whole shard at once): after two edits of different documents,
    each shard's recorded key is the one its pages' bytes give."""
    import hashlib
    import sqlite3

    site, state = tmp_path / "site", tmp_path / "state"
    first = render_site(tei_copy, site, Report(), state_dir=state, shard_size=3)
    edited = [f"{MAO_13}.xml", next(p.name for p in sorted(tei_copy.glob("*.xml")) if p.stem != MAO_13)]
    for name in edited:
        edit_last_paragraph(tei_copy / name)
        result = render_site(tei_copy, site, Report(), state_dir=state, shard_size=3)
        assert result.search and result.rendered >= 1
        db = sqlite3.connect(state / "site-state.sqlite")
        recorded = dict(db.execute("SELECT folder, key FROM shards"))
        db.close()
        expected = {}
        for folder, docs in shards(first.documents, 3).items():
            digest = hashlib.sha256(b"search")
            for d in docs:
                page = hashlib.sha256((site / f"{d}.html").read_bytes()).hexdigest()
                digest.update(f"{d}\0{page}\0".encode("utf-8"))
            expected[folder] = digest.hexdigest()
        assert recorded == expected


def test_base_url_gives_each_page_its_address_to_cite(tei_copy, tmp_path):
    from lxml import html as lxml_html

    site = tmp_path / "site"
    render_site(tei_copy, site, Report(), search=False, base_url="https://example.org/telegrams/")
    cite = lxml_html.parse(str(site / f"{MAO_13}.html")).xpath("//section[@class='cite']//a[@class='cite-url']")
    assert [a.get("href") for a in cite] == [f"https://example.org/telegrams/{MAO_13}.html"]
    # without it, no address (edition.js puts the one it is served at in the hidden span): the
    # edition's title and the document's id say which it is, no bare file name
    plain = tmp_path / "plain"
    render_site(tei_copy, plain, Report(), search=False)
    [span] = lxml_html.parse(str(plain / f"{MAO_13}.html")).xpath("//span[@class='cite-url'][@data-local]")
    assert span.get("hidden") is not None and not span.text_content()


def test_build_redoes_the_site_when_its_address_changes(tmp_path):
    from conftest import SEEDS
    from tei.build import BuildContext, inputs_digest

    ctx = BuildContext(SEEDS, tmp_path, None, Report())
    (tmp_path / "tei").mkdir()
    other = BuildContext(SEEDS, tmp_path, None, Report(), base_url="https://example.org/")
    assert inputs_digest(ctx, "html") != inputs_digest(other, "html")
    assert inputs_digest(ctx, "deposit") != inputs_digest(other, "deposit")  # (it bags the site)
    # the print edition and validation do not show the address: not done again
    assert inputs_digest(ctx, "print") == inputs_digest(other, "print")
    assert inputs_digest(ctx, "validate") == inputs_digest(other, "validate")


def test_pagefind_filter_files_in_a_fixed_order(tmp_path):
    """canonicalise: the values of a filter sorted, files renamed by what they hold, the
    metadata and entry files pointing to them; a file it does not understand changes nothing."""
    import gzip
    import json

    from tei.html import pagefind_files as pf

    def folder(order: list[int], name: str) -> Path:
        out = tmp_path / name
        (out / "filter").mkdir(parents=True)
        values = [["Stalin", [0, 1]], ["Mao Zedong", [1]], ["Terebin", [2]]]
        pf._write(out / "filter" / "en_1111111.pf_filter", pf._data(["correspondent", [values[i] for i in order]]))
        pf._write(out / "filter" / "en_2222222.pf_filter", pf._data(["year", [["1949", [0, 1, 2]]]]))
        pf._write(out / "pagefind.en_abcdefabcd.pf_meta",
                  pf._data(["1.5.2", [["en_d731137", 573]], [["01", "z", "en_343b8cb"]],
                            [["year", "en_2222222"], ["correspondent", "en_1111111"]] if order[0] else
                            [["correspondent", "en_1111111"], ["year", "en_2222222"]], [], ["title"]]))
        (out / "pagefind-entry.json").write_text(json.dumps(
            {"version": "1.5.2", "languages": {"en": {"hash": "en_abcdefabcd", "wasm": "en", "page_count": 3}}}))
        return out

    a, b = folder([0, 1, 2], "a"), folder([2, 0, 1], "b")
    pf.canonicalise(a)
    pf.canonicalise(b)
    files = sorted(str(p.relative_to(a)) for p in a.rglob("*") if p.is_file())
    assert files == sorted(str(p.relative_to(b)) for p in b.rglob("*") if p.is_file())
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files)
    meta = pf.read(next(a.glob("pagefind.en_*.pf_meta")))
    assert [name for name, _ in meta[3]] == ["correspondent", "year"]
    correspondent = pf.read(a / "filter" / f"{meta[3][0][1]}.pf_filter")
    assert correspondent == ["correspondent", [["Mao Zedong", [1]], ["Stalin", [0, 1]], ["Terebin", [2]]]]
    entry = json.loads((a / "pagefind-entry.json").read_text())
    assert (a / f"pagefind.{entry['languages']['en']['hash']}.pf_meta").is_file()
    # a filter file of another layout: FormatError, and the folder as it was
    c = folder([0, 1, 2], "c")
    (c / "filter" / "en_2222222.pf_filter").write_bytes(gzip.compress(pf.SIGNATURE + b"\xa1\x01\x02"))
    before = {p: p.read_bytes() for p in c.rglob("*") if p.is_file()}
    with pytest.raises(pf.FormatError):
        pf.canonicalise(c)
    assert {p: p.read_bytes() for p in c.rglob("*") if p.is_file()} == before


def test_at_scale_the_telegrams_are_listed_month_by_month(tei_copy, tmp_path):
    """Past list_max documents the home page lists the months, each month's telegrams on a page
    of its own, and the chronology links there (at 10,000 telegrams a list of all was 5 MB, the
    chronology 8 MB); an entity named in more than refs_max telegrams has them on a page of its
    own (the indexes were 8-11 MB); these pages are taken over when nothing changed, made again
    when a summary changes, and the site is the same as one made from scratch."""
    from lxml import html as lxml_html

    site, state = tmp_path / "site", tmp_path / "state"
    assert render_site(tei_copy, site, Report(), search=False, state_dir=state, list_max=3, refs_max=3).ok
    home = lxml_html.parse(str(site / "index.html"))
    assert not home.xpath("//ol[@id='entries']")
    assert home.xpath("//ul[@class='months']/li/a/@href") == ["telegrams-1949-01.html", "telegrams-1949-02.html"]
    january = lxml_html.parse(str(site / "telegrams-1949-01.html"))
    dates = january.xpath("//ol[@id='entries']/li//time/@datetime")
    assert len(dates) == 9 and dates == sorted(dates) and all(d.startswith("1949-01") for d in dates)
    assert january.xpath("//a[@rel='next']/@href") == ["telegrams-1949-02.html"]
    assert not january.xpath("//select[@id='filter-month']") and january.xpath("//select[@id='filter-person']")
    chronology = lxml_html.parse(str(site / "chronology.html"))
    assert not chronology.xpath("//ol[@class='entries']")
    assert chronology.xpath("//section//p/a/@href") == ["telegrams-1949-01.html", "telegrams-1949-02.html"]
    # an entity named in more than refs_max telegrams: its index entry links to a page of them
    persons = lxml_html.parse(str(site / "persons.html"))
    assert persons.xpath("//section[@id='mao']//dd/a[starts-with(@href, 'mentions-')]/@href") == ["mentions-mao.html"]
    assert not persons.xpath("//section[@id='mao']//ul[@class='backrefs']")
    mao = lxml_html.parse(str(site / "mentions-mao.html"))
    assert len(mao.xpath("//ul[@class='backrefs']/li")) == 10
    assert mao.xpath("//main//p/a/@href") == ["persons.html#mao"]
    few = [s for s in persons.xpath("//section[@class='index-entry']") if len(s.xpath(".//ul[@class='backrefs']/li")) in (1, 2, 3)]
    assert few and not any(s.xpath(".//dd/a[starts-with(@href, 'mentions-')]") for s in few)
    before = inodes(site)
    again = render_site(tei_copy, site, Report(), search=False, state_dir=state, list_max=3, refs_max=3)
    assert again.rendered == 0 and inodes(site)["telegrams-1949-01.html"] == before["telegrams-1949-01.html"]
    replace(tei_copy / f"{MAO_13}.xml", "<abstract", "<abstract><p>A new summary.</p></abstract><abstract")
    assert render_site(tei_copy, site, Report(), search=False, state_dir=state, list_max=3, refs_max=3).ok
    assert "A new summary." in (site / "telegrams-1949-01.html").read_text(encoding="utf-8")
    scratch = tmp_path / "scratch"
    render_site(tei_copy, scratch, Report(), search=False, list_max=3, refs_max=3)
    same_site(site, scratch)
    # below the threshold, one list as before and no month pages
    small = tmp_path / "small"
    render_site(tei_copy, small, Report(), search=False)
    assert not list(small.glob("telegrams-*.html")) and not list(small.glob("mentions-*.html"))


def test_a_preview_indexes_the_edited_pages_apart_and_the_next_build_gives_the_site_from_scratch(tei_copy, tmp_path):
    """tei serve's rebuilds (tei.html.search.shards_deferred): an edited page's shard is kept
    as it was, the pages edited since it was indexed go into the delta index (two edits, two
    pages), listed for the search page; the next build without deferring indexes the stale
    shards again and drops the delta: the site a build from scratch makes, byte for byte."""
    from tei.html.search import DELTA, SHARDS_SCRIPT, shards_deferred
    import json

    site, state = tmp_path / "site", tmp_path / "state"
    first = render_site(tei_copy, site, Report(), state_dir=state, shard_size=3)
    assert first.search and not first.search_deferred
    groups = shards(first.documents, 3)
    other = next(d for folder, docs in groups.items() for d in docs if MAO_13 not in docs)
    before = inodes(site)
    for n, document in enumerate((MAO_13, other)):
        edit_last_paragraph(tei_copy / f"{document}.xml")
        with shards_deferred() as deferral:
            result = render_site(tei_copy, site, Report(), state_dir=state, shard_size=3)
        assert result.search and result.search_deferred and deferral.stale
        after = inodes(site)
        # no shard indexed again: their files are those of the first build
        assert {n: i for n, i in after.items() if n.split("/")[0] in groups} == \
               {n: i for n, i in before.items() if n.split("/")[0] in groups}
        entry = json.loads((site / DELTA / "pagefind-entry.json").read_text(encoding="utf-8"))
        assert entry["languages"]["en"]["page_count"] == n + 1
        listed = (site / SHARDS_SCRIPT).read_text(encoding="utf-8")
        assert f"{MAO_13}.html" in listed and (f"{other}.html" in listed) == (n == 1)
    settled = render_site(tei_copy, site, Report(), state_dir=state, shard_size=3)
    assert settled.search and not settled.search_deferred and not (site / DELTA).exists()
    scratch = tmp_path / "scratch"
    render_site(tei_copy, scratch, Report(), shard_size=3)
    same_site(site, scratch)
    # and a build after that has nothing to do
    assert render_site(tei_copy, site, Report(), state_dir=state, shard_size=3).rendered == 0


def test_a_shard_none_of_whose_pages_is_made_again_keeps_its_key_unread(tei_copy, tmp_path, monkeypatch):
    """After an edit, only the shards with a page made again have their pages read for their
    keys; the others keep the keys the last build recorded, unless it kept them stale (tei
    serve's preview): a stale shard is keyed from its pages at each build until it is indexed
    again.  The site each time the one made from scratch."""
    from tei.html import SiteBuild
    from tei.html.search import shards_deferred

    site, state = tmp_path / "site", tmp_path / "state"
    first = render_site(tei_copy, site, Report(), state_dir=state, shard_size=3)
    groups = {tuple(docs) for docs in shards(first.documents, 3).values()}
    assert len(groups) > 2
    shard_of = {d: docs for docs in groups for d in docs}
    other = next(d for docs in groups for d in docs if MAO_13 not in docs)
    keyed = []
    real = SiteBuild._shard_key
    monkeypatch.setattr(SiteBuild, "_shard_key", lambda self, documents, shard: keyed.append(tuple(documents))
                        or real(self, documents, shard))

    def build(document, deferred):
        keyed.clear()
        edit_last_paragraph(tei_copy / f"{document}.xml")
        with shards_deferred() if deferred else contextlib.nullcontext():
            result = render_site(tei_copy, site, Report(), state_dir=state, shard_size=3)
        assert result.ok and result.search_deferred == deferred
        return set(keyed)

    assert build(MAO_13, False) == {shard_of[MAO_13]}
    assert build(MAO_13, True) == {shard_of[MAO_13]}  # (kept stale)
    assert build(other, True) == {shard_of[MAO_13], shard_of[other]}
    keyed.clear()
    assert not render_site(tei_copy, site, Report(), state_dir=state, shard_size=3).search_deferred
    assert set(keyed) == {shard_of[MAO_13], shard_of[other]}
    scratch = tmp_path / "scratch"
    render_site(tei_copy, scratch, Report(), shard_size=3)
    same_site(site, scratch)
    keyed.clear()
    assert render_site(tei_copy, site, Report(), state_dir=state, shard_size=3).rendered == 0 and not keyed


def test_a_preview_whose_shards_are_others_indexes_them_whole(tei_copy, tmp_path):
    """When the number of shards changes (the edition doubled), the documents move between
    shards: a preview then keeps no stale shard (its documents would be in two), it indexes them."""
    from tei.html.search import shards_deferred

    site, state = tmp_path / "site", tmp_path / "state"
    render_site(tei_copy, site, Report(), state_dir=state, shard_size=3)
    edit_last_paragraph(tei_copy / f"{MAO_13}.xml")
    with shards_deferred():
        result = render_site(tei_copy, site, Report(), state_dir=state, shard_size=2)
    assert result.search and not result.search_deferred
    scratch = tmp_path / "scratch"
    render_site(tei_copy, scratch, Report(), shard_size=2)
    same_site(site, scratch)


def test_a_preview_hides_the_results_of_a_removed_document(tei_copy, tmp_path):
    """A document removed under deferral: its stale shard still has its page, so the search
    page is told to hide that page's results; the next build indexes the shard without it."""
    from tei.html.search import SHARDS_SCRIPT, shards_deferred

    site, state = tmp_path / "site", tmp_path / "state"
    render_site(tei_copy, site, Report(), state_dir=state, shard_size=3)
    (tei_copy / f"{MAO_13}.xml").unlink()
    with shards_deferred():
        result = render_site(tei_copy, site, Report(), state_dir=state, shard_size=3)
    assert result.search_deferred and not (site / f"{MAO_13}.html").exists()
    assert f'"{MAO_13}.html"' in (site / SHARDS_SCRIPT).read_text(encoding="utf-8")
    render_site(tei_copy, site, Report(), state_dir=state, shard_size=3)
    assert MAO_13 not in (site / SHARDS_SCRIPT).read_text(encoding="utf-8")
    scratch = tmp_path / "scratch"
    render_site(tei_copy, scratch, Report(), shard_size=3)
    same_site(site, scratch)
