"""What the tests of tests/sources share: the folder, the TEI namespace, a conversion that
fails on errors, and the lines of an opener or closer."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tei.messages import Report
from tei.xmltext import text_of as text  # an element's text, its spaces normalised (for the tests' imports)

SOURCES = Path(__file__).parent / "sources"
T = "{http://www.tei-c.org/ns/1.0}"


def _converted(sources: list[Path], out: Path, report: Report | None = None, **options) -> dict:
    """sources converted into out (no error allowed): {file stem: TEI root}, at least one."""
    from tei.convert import convert_sources

    report = report if report is not None else Report()
    convert_sources(sources, out, report=report, **options)
    assert not report.count("error"), [str(m) for m in report.messages]
    docs = {p.stem: etree.parse(str(p)).getroot() for p in sorted(out.glob("*.xml"))}
    assert docs, f"no TEI file written for {[s.name for s in sources]}"  # (else a test of what is not in them passes on nothing)
    return docs


def convert(tmp_path: Path, *names: str, report: Report | None = None) -> dict:
    """tests/sources/<names> converted into tmp_path (no error allowed): {file stem: TEI root}."""
    return _converted([SOURCES / n for n in names], tmp_path, report)


def parties(doc) -> list[tuple[str, str]]:
    """(correspAction's type, its person's ref) of a converted telegram, in order."""
    return [(a.get("type"), a.find(f"{T}persName").get("ref")) for a in doc.iter(f"{T}correspAction")]


def sent_when(doc) -> str | None:
    """The sending date's @when of a converted telegram, or None."""
    date = doc.find(f".//{T}correspAction[@type='sent']/{T}date")
    return None if date is None else date.get("when")


def lines(el) -> list[tuple[str, str]]:
    """(element or seg type, text) of each line of an opener or closer."""
    return [(c.get("type") or etree.QName(c).localname, " ".join("".join(c.itertext()).split())) for c in el]


def witness(doc):
    """The document's witness: the source it was read from (sourceDesc/bibl type="witness")."""
    return doc.find(f".//{T}sourceDesc/{T}bibl[@type='witness']")


def convert_one(tmp_path: Path, name: str):
    """tests/sources/<name>, a source of one telegram, converted: the TEI root of its document."""
    [root] = convert(tmp_path, name).values()
    return root


def converted_pages(tmp_path: Path, page: str, name: str = "page.txt", report: Report | None = None, **options) -> list:
    """A page of our own (an invented text, or a source of tests/sources changed) written to
    tmp_path/in/<name> and converted (no error allowed; options as convert_sources takes them,
    fmt=...): the TEI roots of its documents, in their files' order."""
    (tmp_path / "in").mkdir(parents=True, exist_ok=True)
    (tmp_path / "in" / name).write_text(page, encoding="utf-8")
    return list(_converted([tmp_path / "in" / name], tmp_path / "out", report, **options).values())


def converted_page(tmp_path: Path, page: str, name: str = "page.txt", report: Report | None = None, **options):
    """A page of our own converted as converted_pages, a page of one telegram: the TEI root of its document."""
    roots = converted_pages(tmp_path, page, name, report, **options)
    assert len(roots) == 1, f"{name}: {len(roots)} TEI documents written, one expected"
    return roots[0]


def variant(name: str, *replaced: tuple[str, str]) -> str:
    """tests/sources/<name>'s text with words of it replaced (each is there: a variant of a real
    page in its style)."""
    page = (SOURCES / name).read_text(encoding="utf-8")
    for old, new in replaced:
        assert old in page, old
        page = page.replace(old, new)
    return page


def converted_variant(tmp_path: Path, name: str, *replaced: tuple[str, str], report: Report | None = None):
    """tests/sources/<name> with words of it replaced (variant), converted as converted_page: the
    TEI root of its one document."""
    return converted_page(tmp_path, variant(name, *replaced), name, report)


def refused(tmp_path: Path, page_text: str, name: str = "page.txt", report: Report | None = None) -> tuple[list, bool]:
    """A page written to tmp_path and converted, errors allowed (the report's other messages in
    report, if given): its errors, and whether any TEI file was written (for pages the converter
    may refuse, which cannot stand in tests/sources)."""
    from tei.convert import convert_sources

    page = tmp_path / name
    page.write_text(page_text, encoding="utf-8")
    report = report if report is not None else Report()
    convert_sources([page], tmp_path / "out", report=report)
    return [m for m in report.messages if m.level == "error"], any((tmp_path / "out").glob("*.xml"))


class ProvisionalDoc:
    """The least of a document that tei.transforms.names.provisional asks for: the authority file,
    the provisional entries made so far, and a warn nobody hears."""

    def __init__(self):
        from tei.authority import Authority

        self.authority = Authority.load()
        self.provisional = {}

    def warn(self, *args):
        pass
