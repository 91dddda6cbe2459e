"""The print edition: the PDF holds every telegram's text in order, the indexes point to pages
where the names stand, it is PDF/A-2b with embedded fonts, and two builds give the same bytes."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from conftest import require
from print_helpers import (NS, dehyphenate, join_hyphens, sent, find_in_order, overprints, page_count, pdf_text, pdf_words,
                           sorted_docs, text_words)
from tei.messages import Report
from tei.pdf import print_volume

# what the print shows elsewhere than in the running text, or not at all
NOT_RUNNING = "self::t:note or self::t:certainty"


@pytest.fixture(scope="module")
def volume(built_tei, tmp_path_factory) -> Path:
    require("pdftotext", "the PDF's text is read with poppler-utils")
    pdf = tmp_path_factory.mktemp("print") / "edition.pdf"
    report = Report()
    assert print_volume(sorted(built_tei.glob("*.xml")), pdf, report), [str(m) for m in report.messages]
    return pdf


def test_every_telegram_text_in_order(volume, built_tei):
    words = pdf_words(pdf_text(volume))
    position = 0
    assert sorted_docs(built_tei)
    for path, tree in sorted_docs(built_tei):
        text = tree.find("{http://www.tei-c.org/ns/1.0}text")
        position, missing = find_in_order(text_words(text, NOT_RUNNING), words, position)
        assert missing is None, f"{path.name}: '{missing}' is not in the PDF where the text should be"


def test_footnotes_printed(volume, built_tei):
    words = pdf_words(pdf_text(volume))
    checked = 0
    for path, tree in sorted_docs(built_tei):
        for note in tree.xpath("//t:text//t:note", namespaces=NS):
            _, missing = find_in_order(text_words(note), words)
            assert missing is None, f"{path.name}: note word '{missing}' missing"
            checked += 1
    assert checked  # (the seeds have notes: none read would test nothing)


def test_telegrams_numbered_in_date_order(volume, built_tei):
    text = dehyphenate(pdf_text(volume))
    headings = [(int(n), rest) for n, rest in re.findall(r"^No\.\s(\d+)\. (.*→.*)$", text, re.M)]
    docs = sorted_docs(built_tei)
    n = len(docs)
    # each heading once in the contents, then once over its telegram, numbered in date order
    assert [h[0] for h in headings] == list(range(1, n + 1)) * 2
    for (no, rest), (path, tree) in zip(headings[n:], docs):
        day = sent(tree)
        assert str(int(day[8:10])) in rest if len(day) == 10 else day[:4] in rest, (no, rest, path.name)


def _index_text(pdf: Path, title: str, next_title: str) -> str:
    """The text of one index, running heads left out, lines joined."""
    texts = [pdf_text(pdf, p) for p in range(1, page_count(pdf) + 1)]
    start = max(i for i, t in enumerate(texts) if re.search(rf"^{title}$", t, re.M))
    body = ""
    for t in texts[start:]:
        body += "\n".join(t.splitlines()[1:]) + "\n"
        if re.search(rf"^{next_title}$", t, re.M):
            break
    body = body.split(title, 1)[1].split(next_title, 1)[0]
    return re.sub(r"\s+", " ", dehyphenate(body))


def _printed_entries(typ: Path, kind: str) -> list[tuple[str, str]]:
    """(key, heading) of the index entries in the order the volume's Typst source lists them."""
    source = typ.read_text(encoding="utf-8")
    block = source.split(f'kind: "{kind}", entries: (', 1)[1].split("\n))", 1)[0]
    return [(k, n.replace('\\"', '"').replace("\\\\", "\\"))
            for k, n in re.findall(r'\(key: "([^"]*)", name: "((?:[^"\\]|\\.)*)", also:', block)]  # (not a pseudonym's "see")


def _expand(pages: str) -> list[int]:
    out = []
    for part in pages.split(","):
        a, _, b = part.strip().partition("–")
        out.extend(range(int(a), int(b or a) + 1))
    return out


@pytest.mark.parametrize("kind,title,next_title", [
    ("person", "Index of persons", "Index of places"),
    ("place", "Index of places", "List of sources"),
])
def test_index_pages_hold_the_names(volume, built_tei, kind, title, next_title):
    element = "persName" if kind == "person" else "placeName"
    forms: dict[str, set[str]] = {}  # every written form of each entity in the texts
    for _, tree in sorted_docs(built_tei):
        for name in tree.xpath(f"//t:text//t:{element}[@ref]", namespaces=NS):
            key = name.get("ref").lstrip("#")
            forms.setdefault(key, set()).add(join_hyphens(re.sub(r"\s+", " ", "".join(name.itertext()))).strip().casefold())
    assert forms  # (the texts name some)
    body = _index_text(volume, title, next_title)
    entries = [(k, n) for k, n in _printed_entries(volume.with_suffix(".typ"), kind) if k in forms]
    assert {k for k, _ in entries} == set(forms), "an entity named in the text has no index entry"
    starts, at = [], 0
    for key, heading in entries:
        at = body.find(heading, at)
        assert at >= 0, f"index entry '{heading}' missing or out of order"
        starts.append(at)
        at += len(heading)
    checked = 0
    for (key, heading), start, end in zip(entries, starts, starts[1:] + [len(body)]):
        entry = body[start + len(heading):end]
        m = re.match(r", (\d+(?:–\d+)?(?:, \d+(?:–\d+)?)*)", entry)
        assert m, f"no page numbers in index entry: {entry!r}"
        for page in _expand(m.group(1)):
            page_text = join_hyphens(re.sub(r"\s+", " ", dehyphenate(pdf_text(volume, page)))).casefold()
            assert any(f in page_text for f in forms[key]), f"{heading}: page {page} does not name it"
            checked += 1
    assert checked >= len(entries)


def test_pdf_a_and_fonts_embedded(volume):
    require("pdffonts", "fonts are listed with poppler-utils")
    meta = subprocess.run(["pdfinfo", "-meta", str(volume)], capture_output=True, text=True).stdout
    assert "<pdfaid:part>2</pdfaid:part>" in meta and "<pdfaid:conformance>B</pdfaid:conformance>" in meta
    fonts = subprocess.run(["pdffonts", str(volume)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        cols = row.split()
        emb = cols[-5]
        assert emb == "yes", f"font not embedded: {row}"


def test_same_input_same_bytes(volume, built_tei, tmp_path):
    again = tmp_path / "again.pdf"
    assert print_volume(sorted(built_tei.glob("*.xml")), again, Report())
    assert again.read_bytes() == volume.read_bytes()


def test_typst_source_kept_next_to_pdf(volume):
    typ = volume.with_suffix(".typ")
    assert typ.exists() and "#telegram(" in typ.read_text(encoding="utf-8")


def test_one_archive_under_two_names_is_one_source(volume):
    """The seeds' archive records call the Wilson Center's archive by two names; the title of
    each points to one authority entry, so the introduction and the list of sources give one
    source under the name most records use (it was two, "Wilson Center Digital Archive: No. 6")."""
    typ = volume.with_suffix(".typ").read_text(encoding="utf-8")
    assert '#para[#emph[#"History and Public Policy Program Digital Archive"]#": Nos 1, 6 and 10."]' in typ
    assert "Wilson Center Digital Archive" not in typ.split("#telegram(")[0]
    sources = typ.split('#section(title: "List of sources")')[1]
    assert sources.count("#subsection(") == 3 and "Works, vol. 18" in sources


def test_paper_sizes(built_tei, tmp_path):
    one = sorted(built_tei.glob("*.xml"))[:2]
    sizes = {}
    for paper in ("a5", "a4", "letter"):
        pdf = tmp_path / f"{paper}.pdf"
        assert print_volume(one, pdf, Report(), paper=paper)
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        sizes[paper] = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups()
    assert sizes["a5"] == ("419.528", "595.276")
    assert sizes["a4"] == ("595.276", "841.89")
    assert sizes["letter"] == ("612", "792")


def test_source_date_epoch_sets_the_date(built_tei, tmp_path, monkeypatch):
    one = sorted(built_tei.glob("*.xml"))[:1]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "631152000")  # 1990-01-01
    pdf = tmp_path / "dated.pdf"
    assert print_volume(one, pdf, Report())
    info = subprocess.run(["pdfinfo", "-isodates", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"CreationDate:\s+1990-01-01", info), info


def test_the_closing_lines_never_begin_a_page(tmp_path):
    """The paragraph before the closer ends on the closer's page: a signature and date alone
    at the head of a page, cut from the text they close, was possible (the closer was kept
    whole, not with the text).  Thirty telegrams of growing length put the page breaks
    everywhere; the last paragraph, of up to a third of a page, moves with the closer (a
    longer one is only asked to end on its page, which Typst does not always manage)."""
    require("pdftotext", "the PDF's text is read with poppler-utils")
    from print_helpers import page_count

    def telegram(i: int) -> str:
        filler = " ".join(f"word{i}x{k}" for k in range(12 + 13 * i))
        return f"""<TEI xmlns="{NS['t']}" xml:id="tg-keep-{i:02d}"><teiHeader><fileDesc>
          <titleStmt><title type="main">Telegram {i}</title></titleStmt>
          <publicationStmt><publisher>P</publisher><date when="2026-01-01"/></publicationStmt>
          <sourceDesc><bibl type="witness"><title level="m">Book</title></bibl></sourceDesc></fileDesc>
          <profileDesc><correspDesc><correspAction type="sent"><persName>A</persName>
            <date when="1949-01-{1 + i % 28:02d}"/></correspAction>
            <correspAction type="received"><persName>B</persName></correspAction></correspDesc></profileDesc>
          </teiHeader><text><body><div type="telegram">
          <p>First paragraph {i}. {filler}</p><p>{" ".join(f"last{i}x{k}" for k in range(10 + 2 * i))} lastwords{i}</p>
          <closer><signed>SIGNER{i}</signed><dateline>DATE{i}</dateline></closer></div></body></text></TEI>"""

    files = []
    for i in range(30):
        files.append(tmp_path / f"tg-keep-{i:02d}.xml")
        files[-1].write_text(telegram(i), encoding="utf-8")
    pdf = tmp_path / "keep.pdf"
    report = Report()
    assert print_volume(files, pdf, report, paper="a5"), [str(m) for m in report.messages]
    pages = [dehyphenate(pdf_text(pdf, n)) for n in range(1, page_count(pdf) + 1)]
    alone = [i for i in range(30) for page in pages if re.search(rf"\bSIGNER{i}\b", page) and f"lastwords{i}" not in page]
    assert not alone, f"the closers of telegrams {alone} begin a page"


def test_no_line_printed_over_another(volume):
    """No two lines of any page overprint (a source's page break between two paragraphs once
    moved the second up over the first's last line)."""
    assert not overprints(volume)


def test_the_sources_are_named_as_the_html_edition_names_them(tmp_path):
    """Three editions of Stalin's Works, vol. 16 (1956, 1997 and 1986) were one source "Works,
    vol. 16" in the print volume's lists, without the author: now each edition apart, named
    with its author and year, as the HTML edition names it."""
    require("pdftotext", "the PDF's text is read with poppler-utils")
    from tei.convert import convert_sources

    sources = Path(__file__).parent / "sources"
    names = ["works-stalin-mao-1949-01-14-author-and-works-above-the-title.txt", "works-stalin-mao-1949-01-16-titled-to-comrade.txt",
             "works-stalin-mao-zhou-1950-10-05-superscript-note-after-the-closer.txt"]
    convert_sources([sources / n for n in names], tmp_path / "tei", report=Report())
    pdf = tmp_path / "works.pdf"
    assert print_volume(sorted((tmp_path / "tei").glob("*.xml")), pdf, Report(), paper="a5")
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    years = sorted(set(re.findall(r"Joseph Stalin, Works, vol\. 16 \((\d{4})\)", typ)))
    assert len(years) >= 2 and "Works, vol. 16:" not in typ, years
