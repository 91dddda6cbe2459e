"""What the outputs read of a TEI document's header with lxml, by the rules of the
stylesheets' functions (xslt/common/functions.xsl): its date and the edition it belongs to.

Shared by the HTML catalogue (tei.html.entry), the print edition and the deposit, which must
agree with the pages on a document's date and edition; a module of its own so that the
deposit reads them without loading the HTML package and its XSLT runtime.
XPath's whitespace is space, tab, CR and LF only, so the helpers below do not use str.split().
"""

from __future__ import annotations

import re

from .dates import order_key

TEI = "{http://www.tei-c.org/ns/1.0}"

_SPACE = re.compile(r"[ \t\n\r]+")
_ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-([0-2]\d|3[01]))?)?$")
_DATE_ATTRS = ("when", "from", "notBefore")


def norm(text: str | None) -> str:
    """XPath normalize-space()."""
    if not text:
        return ""
    if "  " in text or "\n" in text or "\t" in text or "\r" in text:
        return _SPACE.sub(" ", text).strip(" ")
    return text.strip(" ")  # (most texts, names and ids: nothing to squash, no pattern run)


def string(el) -> str:
    """XPath string() of an element: its text nodes, comments and PIs left out."""
    return "".join(el.itertext())


def is_iso_date(value: str | None) -> bool:
    return _ISO_DATE.match(norm(value)) is not None


def declares_dtd(tree) -> bool:
    """A DOCTYPE naming a DTD file or declaring entities (neither is read; TEI needs neither).
    The XSLT processor would fetch such a DTD and expand the entities: not for untrusted input."""
    dtd = tree.docinfo.internalDTD
    return bool(tree.docinfo.system_url) or (dtd is not None and any(True for _ in dtd.iterentities()))


def child_path(el, *steps: str) -> list:
    """The elements a child path (tei:a/tei:b/...) leads to from el, in document order."""
    found = [el]
    for step in steps:
        found = [c for f in found for c in f.iterchildren(f"{TEI}{step}")]
    return found


def _date_values(dates) -> list[str]:
    """(@when, @from, @notBefore) of each date element, in the order they are written; for
    @notBefore with @notAfter, what both say ("1950-12-21" to "1950-12-31": 1950-12)."""
    return [_shared(v, d.get("notAfter")) if k == "notBefore" else v
            for d in dates for k, v in d.attrib.items() if k in _DATE_ATTRS]


def _shared(first: str, last: str | None) -> str:
    """The month or year two dates share (f:shared-date), else the first."""
    if not last:
        return first
    return first[:7] if first[:7] == last[:7] else first[:4] if first[:4] == last[:4] else first


def sent_order(root) -> str:
    """Where the document stands in date order (f:order-key: dates.order_key on the sent
    date's attributes): a telegram dated to a month, or to a part of one, after the days it
    may be; '9999' when undated."""
    for h in root.iter(f"{TEI}teiHeader"):
        for a in h.iter(f"{TEI}correspAction"):
            for d in a.iterchildren(f"{TEI}date") if a.get("type") == "sent" else ():
                when, start, first, last = (norm(d.get(k)) for k in ("when", "from", "notBefore", "notAfter"))
                if is_iso_date(when) or is_iso_date(start) or is_iso_date(first) and is_iso_date(last):
                    return order_key(*(v if is_iso_date(v) else "" for v in (when, start, first, last)))
    date = doc_date(root)
    return order_key(date) if date else "9999"


def source_place(root) -> str:
    """f:source-place: where the document stands in its source, to order telegrams of one day
    as the source numbers them (its item number, padded to sort as a number); '~' (after the
    numbered ones) when the source numbers none."""
    for h in root.iterchildren(f"{TEI}teiHeader"):
        for s in child_path(h, "fileDesc", "sourceDesc"):
            for b in s.iterchildren(f"{TEI}bibl"):
                for scope in b.iterchildren(f"{TEI}biblScope"):
                    if scope.get("unit") == "item":
                        n = norm(scope.get("n")) or norm(string(scope))
                        return _padded(n) if n else "~"
                return "~"
    return "~"


_NUMBER_RANGE = re.compile(r"(\d)\s*[-\u2010\u2011]\s*(\d)")


def issue_scope(issue: str) -> str:
    """f:scope of a journal's issue: "issue 5", "issues 6–7" (a range with the edition's en
    dash, whatever hyphen the source typed)."""
    return ("issues " if re.search(r"[-\u2010\u2011\u2013/&]|\sand\s", issue) else "issue ") + _NUMBER_RANGE.sub("\\1\u2013\\2", issue)


def _padded(n: str) -> str:
    """A number the way strings sort as numbers: its digits to eight places ("5" "00000005",
    "12a" "00000012a"); other text as it is."""
    m = re.match(r"\d+", n)
    return m.group().zfill(8) + n[m.end():] if m else n


def _has_correspondence(root) -> bool:
    return any(True for h in root.iter(f"{TEI}teiHeader") for _ in h.iter(f"{TEI}correspDesc"))


def sent_date(root) -> str:
    """The date sent (ISO), else ''; for a document without correspondence metadata (TEI
    written by others), the source's date."""
    values = []
    for h in root.iter(f"{TEI}teiHeader"):
        values += _date_values(d for a in h.iter(f"{TEI}correspAction") if a.get("type") == "sent"
                               for d in a.iterchildren(f"{TEI}date"))
    if not _has_correspondence(root):
        for h in root.iter(f"{TEI}teiHeader"):
            values += _date_values(d for s in child_path(h, "fileDesc", "sourceDesc") for d in s.iter(f"{TEI}date"))
    return next((v for v in values if is_iso_date(v)), "")


def doc_date(root) -> str:
    """f:doc-date: the date sent; for a document without correspondence metadata, the
    source's date, else the publication date (ISO); else ''."""
    if _has_correspondence(root):
        return sent_date(root)
    published = [d.get("when") for h in root.iter(f"{TEI}teiHeader")
                 for d in child_path(h, "fileDesc", "publicationStmt", "date") if d.get("when") is not None]
    return sent_date(root) or next((v for v in published if is_iso_date(v)), "")


def series(root) -> str:
    """The title of the series (the edition) the document says it belongs to, or ''."""
    titles = [t for h in root.iterchildren(f"{TEI}teiHeader") for t in child_path(h, "fileDesc", "seriesStmt", "title")]
    return norm(string(titles[0])) if titles else ""


def publisher(root) -> str:
    """The publisher the document's publicationStmt names, when it is its edition's, or ''.
    As the telegram page's citation: only a document encoded for a series (a fileDesc with a
    seriesStmt, as the converter's) names the edition's publisher; a FRUS volume's would
    make the edition the Government Printing Office's."""
    found = [p for h in root.iterchildren(f"{TEI}teiHeader") for f in child_path(h, "fileDesc")
             if child_path(f, "seriesStmt") for p in child_path(f, "publicationStmt", "publisher")]
    return norm(string(found[0])) if found else ""
