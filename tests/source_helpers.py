"""What the tests of tests/sources share: the folder, the TEI namespace, a conversion that
fails on errors, and the lines of an opener or closer."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tei.messages import Report
from tei.xmltext import text_of as text  # an element's text, its spaces normalised (for the tests' imports)

SOURCES = Path(__file__).parent / "sources"
T = "{http://www.tei-c.org/ns/1.0}"


def convert(tmp_path: Path, *names: str, report: Report | None = None) -> dict:
    """tests/sources/<names> converted into tmp_path (no error allowed): {file stem: TEI root}."""
    from tei.convert import convert_sources

    report = report if report is not None else Report()
    convert_sources([SOURCES / n for n in names], tmp_path, report=report)
    assert not report.count("error"), [str(m) for m in report.messages]
    docs = {p.stem: etree.parse(str(p)).getroot() for p in sorted(tmp_path.glob("*.xml"))}
    assert docs, f"no TEI file written for {names}"  # (else a test of what is not in them passes on nothing)
    return docs


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


def converted_page(tmp_path: Path, page_text: str, name: str = "page.txt"):
    """A page of one telegram written to tmp_path and converted (no error allowed): the TEI root
    of its document (for pages of our own in the style of real ones)."""
    from tei.convert import convert_sources

    page = tmp_path / name
    page.write_text(page_text, encoding="utf-8")
    report = Report()
    convert_sources([page], tmp_path / "out", report=report)
    assert not report.count("error"), [str(m) for m in report.messages]
    [written] = (tmp_path / "out").glob("*.xml")
    return etree.parse(str(written)).getroot()


def refused(tmp_path: Path, page_text: str, name: str = "page.txt") -> tuple[list, bool]:
    """A page written to tmp_path and converted: its errors, and whether any TEI file was written
    (for pages the converter must refuse, which cannot stand in tests/sources)."""
    from tei.convert import convert_sources

    page = tmp_path / name
    page.write_text(page_text, encoding="utf-8")
    report = Report()
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
