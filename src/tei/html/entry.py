"""One document's catalogue entry, read from its TEI with lxml.

The entry holds what the other pages need to know of a document (id, date, title,
correspondents, one-line summary, witnesses, exchange links) and the facts the site-wide
pages need (who is mentioned where and by which name forms, who appears in the header, which
standOff entities it has).  It is made here, not by the stylesheet, because it is a reading of
a few fields: libxml2 parses a file five times faster than the XSLT processor, and the
catalogue pass reads every document of the edition before a page can be made.

The rules follow the stylesheet's functions of the same names (common/functions.xsl:
f:title, f:doc-date, f:ref-id, f:safe-target, f:is-iso-date), so that a page and the
catalogue agree on a document's title and date; tests/test_html_catalogue.py holds them to it.
The date and the edition are read by tei.readings, which the print edition and the deposit
share.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable, NamedTuple
from urllib.parse import quote

from lxml import etree

from ..readings import TEI, child_path as _path, doc_date, issue_scope, norm, sent_order, source_place, string

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

# (or a cable's "STOP", its full stop typed as a word: kept with its sentence)
_SENTENCE_END = re.compile(r"(?:[.!?]|(?<=[ \t\n\r]STO)P)[ \t\n\r]+(.)")
# a word whose full stop ends no sentence: an initial, "Com.", "Cde.", "No.", "Mr."
_ABBREVIATION = re.compile(r"[A-Z]|[A-Z]\.[A-Z]|t|tov|Com|Comr|Cde|Tov|No|Nos|Mr|Mrs|Messrs|Dr|Gen|Col|Maj|Lt|Capt|St|vol|pp?|cf|ca|c|viz|etc")


def ref_id(ref: str | None) -> str:
    """f:ref-id: the part of @ref after '#', else the whole, space-normalised."""
    ref = ref or ""
    return norm(ref).split("#", 1)[1] if "#" in ref else norm(ref)


def safe_target(target: str | None) -> bool:
    """f:safe-target: http(s), an in-page '#id' or a relative path; no other scheme."""
    t = norm(target)
    return (t != "" and " " not in t
            and (re.match(r"^https?://[^ \t\n\r]+$", t, re.I) is not None or re.match(r"^[^/?#]*:", t) is None)
            and re.match(r"^[ \t\n\r]*(javascript|vbscript|data|file):", t, re.I) is None)


def _main_name(root, el) -> str:
    """A name by its authority entry's main form where the document holds the entry ("Stalin
    I.V." and "J. V. Stalin" are both "Joseph Stalin"), else as written."""
    ref = ref_id(el.get("ref"))
    if ref:
        for entity in root.iterfind(f"{TEI}standOff//*[@{{http://www.w3.org/XML/1998/namespace}}id='{ref}']"):
            main = [n for n in entity if n.get("type") == "main"]
            if main:
                return norm(string(main[0]))
    return norm(string(el))


_GENERIC_WORKS = re.compile(r"((Selected|Collected|Complete) )?Works", re.I)
_SMALL_WORDS = {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with"}


def _title_case(title: str) -> str:
    """A title printed in capitals as a title is written ("SELECTED WORKS": "Selected Works");
    roman numerals stay as they are; any other title as it is."""
    if not title or any(c.islower() for c in title):
        return title
    words = title.split(" ")
    return " ".join(w if re.fullmatch(r"[IVXLC]+[.,:;]?", w) else
                    w.lower() if i and w.lower() in _SMALL_WORDS else w[:1] + w[1:].lower()
                    for i, w in enumerate(words))


UNCITED = "No source cited"


def source_name(root, witness: list, corresp: list) -> tuple[str, str]:
    """The name the edition gives a document's source, one for each source wherever it is
    named (the lists, the indexes' back-references, previous and next), and its authority
    entry's id when it has one.

    An archive with its authority entry's id (the catalogue gives all its documents one name,
    catalogue._source_names: its records cite it by two); a volume of works by its author,
    title, volume and year, which tell its editions apart ("Joseph Stalin, Works, vol. 16
    (1956)" and "(1997)"), whether the title names the author or not ("Selected Works of
    Zhou Enlai" is "Zhou Enlai, Selected Works") and however it is printed ("WORKS"); works
    without their author in the record are the sender's ("Selected Works": Mao Zedong's)."""
    # (a book's title, or a journal's: "Cold War International History Project Bulletin")
    titles = ([t for w in witness for t in w.iterchildren(f"{TEI}title") if t.get("level") in ("m", "j")]
              + [t for w in witness for t in w.iterchildren(f"{TEI}title") if t.get("level") is None])
    if not titles and any(n.get("type") == "uncited" for w in witness for n in w.iterchildren(f"{TEI}note")):
        # (a page that cites nothing: its date, "August 3, 1945", is no source's name)
        return UNCITED, ""
    source = titles + [d for w in witness for d in w.iterchildren(f"{TEI}date")]
    if not source:
        return "", ""
    ref = ref_id(source[0].get("ref"))
    title_text = _title_case(norm(string(source[0])))
    volume = [norm(v.get("n") or string(v)) for w in witness for v in w.iterchildren(f"{TEI}biblScope")
              if v.get("unit") == "volume"]
    # a journal's issue is a publication of its own: "Cold War International History Project Bulletin, issues 6-7"
    issue = [norm(string(v)) for w in witness for v in w.iterchildren(f"{TEI}biblScope") if v.get("unit") == "issue"]
    if issue:
        title_text += ", " + issue_scope(issue[0])
    if source[0].get("type") == "supplied":
        # a book the copy leaves untitled: by the imprint the source gives, which tells such books apart
        # ("[untitled book], Moscow: Progress Publishers, 1965")
        # (with a volume, the year follows it, "vol. 30 (1965)", as a titled book's does: not twice)
        title_text = ", ".join([title_text, *_imprint(witness, dated=not volume)])
    # (works without a volume, as a web page transcribes them, "Selected Works of Mao Tse-tung":
    # by their author too)
    if not volume and not _GENERIC_WORKS.match(title_text):
        return title_text, ref
    author = [_main_name(root, a) for w in witness for a in w.iterchildren(f"{TEI}author")]
    written = [norm(string(a)) for w in witness for a in w.iterchildren(f"{TEI}author")]
    if not author and _GENERIC_WORKS.fullmatch(title_text):
        author = [_main_name(root, p) for c in corresp for a in c.iterchildren(f"{TEI}correspAction")
                  if a.get("type") == "sent" for p in a.iterchildren(f"{TEI}persName")][:1]
    if author:
        # "Selected Works of Zhou Enlai": the author first, as every other volume of works has him
        of_author = re.fullmatch(rf"(.+?),? of (?:{'|'.join(map(re.escape, [author[0], *written[:1]]))})", title_text)
        if of_author:
            title_text = of_author.group(1)
        named = author[0].split()[-1].rstrip(".,").lower() in title_text.lower()
        if not named:
            title_text = f"{author[0]}, {title_text}"
    # (a journal's issue dated to a season, "Winter 1995/1996": the year it ends in, as printed last)
    year = [norm(d.get("when") or d.get("notAfter") or string(d))[:4] for w in witness for d in w.iterchildren(f"{TEI}date")]
    return (title_text + (f", vol. {volume[0]}" if volume and volume[0] else "")
            + (f" ({year[0]})" if year and year[0].isdigit() else "")), ref


def _imprint(witness: list, dated: bool = True) -> list[str]:
    """The imprint a book's bibl gives, as a citation sets it: ["Moscow: Progress Publishers", "1965"]
    (the place or the publisher alone where it gives one; without the year unless dated), or []."""
    def first(tag: str) -> str:
        return next((norm(string(e)) for w in witness for e in w.iterchildren(f"{TEI}{tag}")), "")

    where = ": ".join(part for part in (first("pubPlace"), first("publisher")) if part)
    return [part for part in (where, first("date") if dated else "") if part]


# a party the source does not name, as CMIF writes it ("Unknown", pointing to no entry)
_UNKNOWN_PARTY = re.compile(r"\[?unknown\]?", re.I)


def _kind(root, ref: str, name) -> str:
    """What a correspondent is, as the indexes file it: person or org (the standOff entity
    the name points to, else the kind of name: an orgName is an organisation's); "unknown"
    for a party the source does not name, which the site-wide pages leave out (no node of the
    network, no correspondent to filter by)."""
    if not ref and len(name) == 0 and _UNKNOWN_PARTY.fullmatch(norm(string(name))):
        return "unknown"
    if ref:
        for standoff in root.iterchildren(f"{TEI}standOff"):
            for entity in standoff.iterdescendants(f"{TEI}person", f"{TEI}org", f"{TEI}place"):
                if entity.get(XML_ID) == ref:
                    return etree.QName(entity).localname
    return "org" if name.tag == f"{TEI}orgName" else "person"


def _reading(el) -> str:
    """An element's text as the reader reads it on: without its footnotes and the editor's
    descriptions of omissions and doubts (they were glued to the line: "...1 March.The
    letter is not published.")."""
    parts = [el.text or ""]
    for child in el:
        if child.tag not in (f"{TEI}note", f"{TEI}desc", f"{TEI}certainty"):
            parts.append(_reading(child))
        parts.append(child.tail or "")
    return "".join(parts)


def one_line(text: str) -> str:
    """The first sentence of a text (up to a full stop, ! or ? followed by a capital), at
    most 30 words."""
    t = norm(text)
    sentence = t
    for m in _SENTENCE_END.finditer(t):
        word = re.search(r"[\w.]*$", t[:m.start()]).group(0)
        if _ABBREVIATION.fullmatch(word):  # "T. Stalin", "Com. Mao": no sentence ends there
            continue
        if m.start() >= 1 and unicodedata.category(m.group(1)) == "Lu":
            sentence = t[:m.start() + 1]
            break
    words = sentence.split(" ") if sentence else []
    return " ".join(words[:30]) + " …" if len(words) > 30 else sentence


def title(root) -> str:
    """f:title: the main title, else a title that is not a subtitle or the source's heading,
    else any title, else the root's xml:id, else 'Untitled document'."""
    titles = [t for h in root.iter(f"{TEI}teiHeader") for t in _path(h, "fileDesc", "titleStmt", "title")]
    candidates = ([string(t) for t in titles if t.get("type") == "main"]
                  + [string(t) for t in titles if t.get("type") not in ("sub", "source")]
                  + [string(t) for t in titles] + [root.get(XML_ID) or "", "Untitled document"])
    return norm(next(c for c in candidates if norm(c)))


def source_is_label(witness: list) -> bool:
    """Whether the name source_name gives a document's source is the edition's label, not a
    title (set so, not in italics): its pages cite no source, or the book it names is one the
    source gives no title (title type="supplied")."""
    titles = [t for w in witness for t in w.iterchildren(f"{TEI}title") if t.get("level") in ("m", "j")]
    if titles:
        return titles[0].get("type") == "supplied"
    return any(n.get("type") == "uncited" for w in witness for n in w.iterchildren(f"{TEI}note"))


def witness_of(root) -> list:
    """The first bibl of each sourceDesc (tei:sourceDesc/tei:bibl[1])."""
    return [b for h in _path(root, "teiHeader") for s in _path(h, "fileDesc", "sourceDesc")
            for b in [next(s.iterchildren(f"{TEI}bibl"), None)] if b is not None]


def book_key(name: str) -> str:
    """What a source without an authority entry is known by among the names the edition gives
    its sources (preferred_names, unified_titles): its name, marked (an xml:id holds no colon)."""
    return "title:" + name


def source_key(ref: str, name: str, book: str | None) -> str | None:
    """What edition_source_names knows a source by: its authority entry, a book its book_key (book:
    its book_evidence), else None."""
    return ref or (book_key(name) if book is not None else None)


# a year of print, 1600-2099: in an imprint's date (book_evidence), a title's word (unified_titles)
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def book_evidence(witness: list, ref: str) -> str | None:
    """Who made the book a document cites and when, as unified_titles weighs it: its authors' and
    editors' last names and the years of its imprint, "firsov dallin|2003" ("|" alone: none); None
    for a source that is no book by its title alone (an authority's entry, a volume or issue, works,
    a title the edition supplies)."""
    titles = [t for w in witness for t in w.iterchildren(f"{TEI}title") if t.get("level") in ("m", "j")]
    if (ref or not titles or titles[0].get("type") == "supplied" or _GENERIC_WORKS.match(norm(string(titles[0])))
            or any(v.get("unit") in ("volume", "issue") for w in witness for v in w.iterchildren(f"{TEI}biblScope"))):
        return None
    people = sorted({norm(string(p)).split(" ")[-1].strip(".,").lower() for w in witness
                     for p in w.iterchildren(f"{TEI}author", f"{TEI}editor") if norm(string(p))})
    years = sorted({y for w in witness for d in w.iterchildren(f"{TEI}date")
                    for y in _YEAR.findall(d.get("when") or string(d))})
    return " ".join(people) + "|" + " ".join(years)


# Words of a title that name no book of their own: what a short title must have besides them to be
# one book's (a "Diary", "Documents", "Selected Works" are many books')
_TITLE_FILLER = frozenset(_SMALL_WORDS | {"its", "his", "her", "their"})
_GENERIC_TITLE_WORDS = frozenset(
    "diary diaries works selected collected complete documents document papers letters correspondence relations "
    "history memoirs archive archives collection records record bulletin journal materials sources telegrams "
    "foreign policy policies international soviet chinese russian american british union government".split())
# words that tell one volume or part of a book from another ("Volume VII", "Part 2", "Series D"):
# a fuller title with one of these more than a short title is a volume, not the book
_VOLUME_WORD = re.compile(r"vols?|volumes?|parts?|books?|series|issues?|nos?|numbers?|tomes?|\d{1,3}"
                          r"|(?=[mdclxvi])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")


# a word more of the edition's titles hold than this names no one book ("Korean", "Stalin" in an
# edition of their telegrams): a short title needs a rarer one to be matched with a fuller
_MANY_TITLES = 5
_ARTICLE = frozenset(("the", "a", "an"))


def unified_titles(books: dict[str, set[str]]) -> dict[str, str]:
    """{a book's short title: the fuller title of the same book} for the sources without an
    authority entry that the edition's documents cite under two names, so that the lists give one
    book once, under its fuller title.  books: {name: its book_evidence strings}.  Only where the
    evidence is strong: every word of the short title in the fuller (two words at least besides
    "the", "of", ..., one of them no word many titles share: _GENERIC_TITLE_WORDS, or more than
    _MANY_TITLES of the edition's), the fuller adding more than a year and no volume, part or
    number (two volumes are two sources), the same author or editor and the same year where both
    give them, and one fuller title alone that it abbreviates (two candidates: two books, kept
    apart).  What two titles do not give is no evidence that they agree: they must share an author
    or editor ("Zhdanov Notebook", ed. Volkov; a person the short title names, "Khrushchev
    Remembers", is none: all his memoirs hold it) or a year, or the short title must begin the
    fuller with four words at least ("Correspondence between the Chairman of the Council ...").
    A title typed two ways, its words the same but for a leading article ("... War of 1941 - 1945"
    and "1941-1945", "Dimitrov Diary" and "The Dimitrov Diary"), is one book, named by its shortest
    spelling.  Each title is compared only with those that hold its rarest word (not every pair of the
    edition's titles: 3,000 distinct titles in 0.2 s, 96 s when every pair was weighed)."""
    def words(name: str) -> list[str]:
        return re.findall(r"[^\W_]+", name.lower())

    def spelling(name: str) -> tuple[str, ...]:
        said = words(name)
        return tuple(said[1:] if said[:1] and said[0] in _ARTICLE else said)

    def evidence(name: str) -> tuple[set[str], set[str]]:
        people = {p for e in known[name] for p in e.split("|")[0].split()}
        years = {y for e in known[name] for y in e.split("|")[-1].split()}
        return people, years

    def agree(one: str, other: str) -> bool:
        """Whether two titles' books have the same makers and year where both give them."""
        (people, years), (their_people, their_years) = evidence(one), evidence(other)
        return not (people and their_people and not people & their_people) and not (years and their_years and not years & their_years)

    def vouched(short: str, full: str) -> bool:
        """Whether the two books share a maker (not one the short title names) or a year."""
        (people, years), (their_people, their_years) = evidence(short), evidence(full)
        return bool((people & their_people) - set(content[short]) or years & their_years)

    def contains(short: str, full: str) -> bool:
        """Whether the fuller title names the short title's book (unified_titles' rule)."""
        said, extra = content[short], set(content[full]) - set(content[short])
        # (a fuller title that adds a year alone, "..., 1943", may name a part by its year, or an edition)
        if not set(said) <= set(tokens[full]) or all(_YEAR.fullmatch(w) for w in extra):
            return False
        return agree(short, full) and (vouched(short, full) or (len(said) >= 4 and content[full][:len(said)] == said))

    def a_volume(short: str, full: str) -> bool:
        """Whether the fuller title adds a volume, part or number to the short one."""
        extra = set(tokens[full]) - set(tokens[short]) - _TITLE_FILLER
        return any(_VOLUME_WORD.fullmatch(w) and not _YEAR.fullmatch(w) for w in extra)

    known = {n: set(e) for n, e in books.items() if n.strip()}
    spelled: dict[tuple[str, ...], list[str]] = {}
    for name in sorted(known, key=lambda n: (len(n), n)):
        spelled.setdefault(spelling(name), []).append(name)
    same = {name: group[0] for group in spelled.values() for name in group[1:] if agree(name, group[0])}
    for name, first in same.items():
        known[first] |= known.pop(name)
    names = sorted(known)
    tokens = {n: words(n) for n in names}
    content = {n: [w for w in tokens[n] if w not in _TITLE_FILLER] for n in names}
    holders: dict[str, set[str]] = {}
    for name in names:
        for w in set(content[name]):
            holders.setdefault(w, set()).add(name)
    fuller: dict[str, list[str]] = {}
    for name in names:
        rare = [w for w in set(content[name]) if w not in _GENERIC_TITLE_WORDS and not w.isdigit() and len(holders[w]) <= _MANY_TITLES]
        if len(content[name]) < 2 or not rare:
            fuller[name] = []
            continue
        rarest = min(rare, key=lambda w: (len(holders[w]), w))
        fuller[name] = [f for f in sorted(holders[rarest]) if f != name and contains(name, f)]
    out = {}
    for name, found in fuller.items():
        fullest = [f for f in found if not fuller[f]]  # (those no other title is fuller than)
        # (a title one volume's title holds may be that volume's: kept apart, as two fullest titles are)
        if len(fullest) == 1 and not any(a_volume(name, f) for f in found):
            out[name] = fullest[0]
    return {**out, **{name: out.get(first, first) for name, first in same.items()}}


def edition_source_names(sources: Iterable[tuple[str, str, str | None, int]]) -> dict[str, str]:
    """{a source's key: the one name the edition gives it} from (authority entry or "", name,
    book_evidence, how many documents): a source with an authority entry by its id (preferred_names),
    a book's short title by book_key (unified_titles): the HTML catalogue's and the print edition's."""
    counts: dict[str, dict[str, int]] = {}
    books: dict[str, set[str]] = {}
    for ref, name, book, n in sources:
        if ref and name.strip():
            counts.setdefault(ref, {})
            counts[ref][name] = counts[ref].get(name, 0) + n
        elif book is not None:  # (book_evidence gives none for a source with an entry)
            books.setdefault(name, set()).add(book)
    return {**preferred_names(counts), **{book_key(short): full for short, full in unified_titles(books).items()}}


def preferred_names(counts: dict) -> dict:
    """{a source's authority entry: the one name the edition gives it} from {entry: {name: how
    often the documents give it}}: the name given most often, then the first in alphabetical
    order (the HTML catalogue's and the print edition's rule, so that the editions agree)."""
    return {ref: min(forms, key=lambda f: (-forms[f], f)) for ref, forms in counts.items()}


def source_of(root) -> tuple[str, str]:
    """source_name of a TEI document read whole (the print volume names its sources so too)."""
    return source_and_book_of(root)[:2]


def source_and_book_of(root) -> tuple[str, str, str | None]:
    """source_name of a TEI document read whole, with its book_evidence (edition_source_names')."""
    header = _path(root, "teiHeader")
    corresp = [c for h in header for c in _path(h, "profileDesc", "correspDesc")]
    witness = witness_of(root)
    name, ref = source_name(root, witness, corresp)
    return name, ref, book_evidence(witness, ref) if name else None


def entry(root, file: str) -> tuple[etree._Element, "Facts"]:
    """The <entry> of a TEI document (root: its TEI element; file: its file name) and its
    facts (see _facts)."""
    doc_id = re.sub(r"\.xml$", "", file)
    date = doc_date(root)
    header = _path(root, "teiHeader")
    corresp = [c for h in header for c in _path(h, "profileDesc", "correspDesc")]
    witness = witness_of(root)

    e = etree.Element("entry", {"id": doc_id, "file": file, "href": quote(doc_id, safe="") + ".html", "date": date,
                                "year": date[:4], "month": date[:7], "kind": "telegram" if corresp else "document",
                                "order": f"{sent_order(root)} {source_place(root)}"})
    # a letter (the text's first div typed so), which the lists mark and count apart from the telegrams
    first_div = [d for t in root.iterchildren(f"{TEI}text") for b in t.iterchildren(f"{TEI}body")
                 for d in b.iterchildren(f"{TEI}div")][:1]
    if first_div and first_div[0].get("type") == "letter":
        e.set("form", "letter")
    etree.SubElement(e, "title").text = title(root) or None
    source_title = etree.SubElement(e, "source-title")
    name, source_ref, book = source_and_book_of(root)
    source_title.text = name or None
    if source_ref:  # the authority's entry: one archive under several names
        source_title.set("ref", source_ref)
    if name and source_is_label(witness):  # (after ref: catalogue._SOURCE_START reads them in this order)
        source_title.set("kind", "label")
    if book is not None:  # (last: a book the edition may know by a fuller title, see unified_titles)
        source_title.set("book", book)
    for action in (a for c in corresp for a in c.iterchildren(f"{TEI}correspAction")):
        role = {"sent": "sender", "received": "recipient"}.get(action.get("type"), "via")
        for name in action.iterchildren(f"{TEI}persName", f"{TEI}orgName", f"{TEI}name"):
            ref = ref_id(name.get("ref"))
            etree.SubElement(e, role, ref=ref, kind=_kind(root, ref, name)).text = norm(string(name)) or None
    abstract = [a for h in header for a in _path(h, "profileDesc", "abstract")]
    if not abstract:
        # the first paragraph of the text, past one that only announces what follows ("Pass on
        # to Comrade Mao Tse-tung the following:")
        paragraphs = [p for p in root.iter(f"{TEI}p") if any(a.tag == f"{TEI}body" for a in p.iterancestors())
                      and not any(a.tag == f"{TEI}note" for a in p.iterancestors())][:2]
        if len(paragraphs) == 2 and norm(string(paragraphs[0])).endswith(":"):
            paragraphs = paragraphs[1:]
        abstract = paragraphs[:1]
    etree.SubElement(e, "summary").text = (one_line(_reading(abstract[0])) if abstract else "") or None
    for item in (r for h in header for r in _path(h, "fileDesc", "notesStmt", "relatedItem") if r.get("type") == "witness"):
        target = item.get("target")
        for t in (re.split(r"[ \t\n\r]+", target) if target else []):
            etree.SubElement(e, "witness", id=_doc_of(t))
    for ref in (r for h in header for ctx in h.iter(f"{TEI}correspContext") for r in ctx.iterchildren(f"{TEI}ref")
                if r.get("type") in ("prev", "next")):
        for t in (norm(ref.get("target")).split(" ") if norm(ref.get("target")) else []):
            if safe_target(t):
                etree.SubElement(e, "exchange", id=_doc_of(t))
    return e, _facts(root)


def _doc_of(target: str) -> str:
    """The document id a pointer names: its last path step without .xml and fragment."""
    return re.sub(r"\.xml(#.*)?$", "", target.split("/")[-1])


_NS = {"tei": TEI[1:-1]}
_MENTIONS = etree.XPath("tei:text/descendant::*[@ref]", namespaces=_NS)
_HEADER_REFS = etree.XPath("tei:teiHeader//*[@ref][ancestor::tei:correspAction or ancestor::tei:msIdentifier"
                           " or ancestor::tei:sourceDesc]", namespaces=_NS)
_AS_CORRESPONDENT = etree.XPath("boolean(ancestor::tei:correspAction)", namespaces=_NS)
_AS_ARCHIVE = etree.XPath("boolean(ancestor::tei:msIdentifier)", namespaces=_NS)
_IN_NOTE = etree.XPath("boolean(ancestor::tei:note)", namespaces=_NS)


class Facts(NamedTuple):
    mentions: list  # (entity id, how often, the forms used, each once in order) per entity the text names
    roles: list  # (entity id, role) per entity the header names
    entities: list  # (element name, xml:id) of each person, place and org of its standOff
    in_notes: dict  # entity id -> how many of its mentions are in the text's notes (the lists mark them "n")


def _facts(root) -> Facts:
    mentions: dict[str, list[str]] = {}
    in_notes: dict[str, int] = {}
    for el in _MENTIONS(root):
        ref = ref_id(el.get("ref"))
        mentions.setdefault(ref, []).append(norm(string(el)))
        if _IN_NOTE(el):
            in_notes[ref] = in_notes.get(ref, 0) + 1
    roles: dict[str, str] = {}  # the group's role: as correspondent if one of them is, else ...
    for el in _HEADER_REFS(root):
        role = ("as correspondent" if _AS_CORRESPONDENT(el) else
                "as the archive holding it" if _AS_ARCHIVE(el) else "in its source")
        ref = ref_id(el.get("ref"))
        if ref not in roles or _ROLES.index(role) < _ROLES.index(roles[ref]):
            roles[ref] = role
    entities = []
    for standoff in root.iterchildren(f"{TEI}standOff"):  # its person, place and org, in any namespace
        for el in standoff.iterdescendants("{*}person", "{*}place", "{*}org"):
            kind = el.tag[el.tag.rfind("}") + 1:]
            if el.get(XML_ID) is not None:
                entities.append((kind, el.get(XML_ID)))
    return Facts([(ref, len(forms), tuple(dict.fromkeys(forms))) for ref, forms in mentions.items()],
                 list(roles.items()), entities, in_notes)


_ROLES = ("as correspondent", "as the archive holding it", "in its source")
