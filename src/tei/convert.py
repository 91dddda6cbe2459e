"""The facade: read, transform, link, write.  Its body is the pipeline.

    records   = reader.read(text)                 # sources/
    documents = [transform(record) ...]           # transforms/, in order
    links     = link(signatures of all documents) # links.py: witnesses, exchanges
    write(document + its links)                   # writer.py, atomically

Documents are written to a staging folder as soon as they are made, with a small signature
kept for linking; the links are added in a second, streaming pass.  The whole corpus is
never in memory at once.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from . import TEI_NS, XML_NS
from .authority import Authority
from .cache import ConversionCache, keeping, load_state, save_state
from .links import Signature, add_links, add_links_to_xml, compute_links, signature
from .memo import per_source
from .messages import Report, SourceError
from .parallel import batched, pooled, process_pool
from .sources import READERS, sniff
from .sources.page import (CATALOGUE_FIELD, addressee_only, catalogue_record, cut_record, description_of, message_form,
                           what_the_page_is)
from .sources.base import numbered_lines, pdf_spacing, record_of_talks
from .sources.compilation.headings import heading_candidates, unread_headings
from .sources.webpage import is_html, page_text
from .sources.web_works import LABEL
from .sources.wilson import RECORD_DATE
from .textio import composed, read_source, repair_mojibake
from .transforms import E, Document, default_transforms
from .transforms.names.provisional import slug
from .writer import serialize, write_atomic

SOURCE_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".html", ".htm"}


@dataclass
class SourceResult:
    source: str
    format: str = ""
    telegrams: int = 0
    names: int = 0
    warnings: int = 0
    errors: int = 0
    ids: list[str] = field(default_factory=list)


def expand_sources(paths: list[Path], report: Report) -> list[Path]:
    """Files as given, folders as their source files in name order; each file once."""
    files: list[tuple[Path, str]] = []  # (the path as given, where it really is)
    for path in paths:
        if path.is_dir():
            found = sorted(_folder_sources(path, os.path.realpath(path)), key=lambda f: f[0].parts)
            if not found:
                report.error(path, 0, "the folder holds no source files (.txt, .md or .html)", "empty-folder")
            files.extend(found)
        else:
            files.append((path, os.path.realpath(path)))
    seen: set[str] = set()
    unique = []
    for path, real in files:
        if real not in seen:
            seen.add(real)
            unique.append(path)
    return unique


def listed_sources(folder: Path, stamps: dict[str, tuple | None]) -> list[Path] | None:
    """expand_sources([folder])'s list made from a snapshot of the folder (tei.serve.snapshot:
    every file under it by path, hidden files and folders aside, with its stamp), without
    listing the folder again (5,000 sources: 0.1 s of a rebuild).  None when the snapshot holds
    no source there, or two of its sources are one file (a link: expand_sources gives it once,
    by its real path, which a stamp does not tell)."""
    prefix = os.path.join(str(folder), "")
    found, files = [], set()
    for name, st in stamps.items():
        if st is None or not name.startswith(prefix):
            continue  # (None: a file that cannot be stat'ed, as a broken link, is no source)
        rel = name[len(prefix):]
        base = rel.rpartition(os.sep)[2]
        if os.path.splitext(base)[1].lower() not in SOURCE_SUFFIXES or os.sep + "." in rel or rel.startswith("."):
            continue  # (_folder_sources's test: a hidden name, or one with no suffix, "md", is no source)
        if st[:2] in files:  # (device, inode)
            return None
        files.add(st[:2])
        found.append(rel.split(os.sep))
    if not found:
        return None
    return [folder.joinpath(*parts) for parts in sorted(found)]


def _folder_sources(folder: Path, real: str):
    """(path, real path) of the source files under folder, as Path.rglob finds them (folders
    linked to are not entered), hidden files and folders aside, as tei build's check of its
    sources (tei.cache.tree_stamps) and tei serve's snapshot leave them aside.  A folder's real
    path is worked out once, not for each of thousands of files: only a file that is itself a
    link needs its own."""
    try:
        with os.scandir(folder) as it:
            entries = list(it)
    except OSError:
        return
    for entry in entries:
        try:
            if entry.name.startswith("."):
                continue
            if entry.is_dir() and not entry.is_symlink():
                yield from _folder_sources(folder / entry.name, os.path.join(real, entry.name))
            elif os.path.splitext(entry.name)[1].lower() in SOURCE_SUFFIXES and entry.is_file():
                yield folder / entry.name, (os.path.realpath(entry.path) if entry.is_symlink()
                                            else os.path.join(real, entry.name))
        except OSError:
            continue


# what a record that is no telegram calls itself: "Memorandum of Conversation between ..."
NOT_A_TELEGRAM = re.compile("^(?:" + record_of_talks(kinds=("notes?", "summary"), subjects=("discussion",))
                            # (or of a telephone call: "Notes of G. Dimitrov on a Phone Call from Stalin")
                            + r"|(?P<phone>(?:notes?|record|memorandum)\b.{0,60}?\b(?:tele)?phone\s+(?:call|conversation)))", re.I)
# a number with the letter l for a digit, as OCR reads a scan: "l5", "l949", "33l"
OCR_DIGITS = re.compile(r"(?<![\w.])(?:l\d{1,3}|\d{1,3}l\d*|l\d{3})(?![\w])")


# an archive's list of search results ("Results: 1 - 10 of 120", "21 - 27 of 27"): records'
# dates, titles and descriptions, never their texts
SEARCH_RESULTS = re.compile(r"^[ \t]*(?:Results:\s*)?\d{1,6}\s*[-–]\s*\d{1,6}\s+of\s+\d{1,7}\s*$", re.M)


def _dated_bullets(text: str) -> re.Match | None:
    """The first of the bulleted date lines an older results page lists its records under
    ("  • December 16, 1947" / title / description), or None: a record has one date line."""
    bullets = [m for m in re.finditer(r"^[ \t]*•[ \t]*(\S[^\n]*?)[ \t]*$", text[:6000], re.M)
               if RECORD_DATE.match(m.group(1))]
    return bullets[0] if len(bullets) >= 2 else None


_ENGLISH_WORDS = frozenset("the of and to in a is that for on with we you it as by this be are was our your".split())


def _in_english(text: str) -> bool:
    """Whether a text reads as English: of its words, at least one in twenty is one of the
    commonest English words (a page in Polish or Vietnamese has almost none; an English text
    has one in five or more)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return len(words) < 40 or sum(w in _ENGLISH_WORDS for w in words) * 20 >= len(words)


_NON_ASCII_LETTER = re.compile(r"(?=[^\x00-\x7f])[^\W\d_]")
_IDEOGRAPH = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _foreign_line(line: str) -> bool | None:
    """Whether a line is in another language than English: True for one in another script
    (Cyrillic, Chinese: most of its letters) or of words none English and most accented
    (Vietnamese, Polish: "Ngày 17 tháng 1 năm 1950"); None where too short to tell, or English."""
    if line.isascii() or not _NON_ASCII_LETTER.search(line):
        return None  # (no other script, no accent: most lines; their curly quotes and dashes are none)
    letters = re.findall(r"[^\W\d_]", line)
    if not letters:
        return None
    if sum(ord(c) > 0x24F for c in letters) * 2 > len(letters):
        return True
    words = re.findall(r"[^\W\d_]+", line.lower())
    if any(w in _ENGLISH_WORDS for w in words) or len(words) < 2:
        return None
    accented = sum(bool(re.search(r"[^\x00-\x7f]", w)) for w in words)
    return True if accented * 2 >= len(words) and (len(words) > 3 or accented == len(words)) else None


def other_language(text: str) -> tuple[str, list[int]]:
    """A page that gives an English translation beside a text in another language (a blog
    quoting the archive's English and its own translation, a site printing the Russian under
    the English): the text with the other language's lines blanked (the lines keep their
    numbers), and those lines' numbers; the text as it is where it has no such part, or where
    what is left reads as no English text.  A short line ("Mao Trạch Đông") goes with the
    other language only between its lines: a name with its accents in an English text stays."""
    lines = text.split("\n")
    marks = [_foreign_line(l) for l in lines]
    filled = [i for i, l in enumerate(lines) if l.strip()]
    foreign = set()
    for k, i in enumerate(filled):
        short = len(lines[i].split()) <= 3 and not sum(ord(c) > 0x24F for c in lines[i]) * 2 > len(lines[i].strip())
        # (a short line with an accented word and no English one, "Mao Trạch Đông", may be either)
        maybe = short and re.search(r"[^\W\d_]*[^\x00-\x7f][^\W\d_]*", lines[i]) and not any(
            w in _ENGLISH_WORDS for w in re.findall(r"[^\W\d_]+", lines[i].lower()))
        if (marks[i] or maybe) and (not short or any(marks[filled[j]] for j in (k - 1, k + 1) if 0 <= j < len(filled))):
            foreign.add(i)
    # (a Chinese or Japanese line has no spaces between its words: each of its characters counted as one)
    words = sum(len(lines[i].split()) + len(_IDEOGRAPH.findall(lines[i])) for i in foreign)
    if words < 30:
        return text, []  # (most texts: the English words left are not counted)
    kept = "\n".join("" if i in foreign else l for i, l in enumerate(lines))
    english = len(re.findall(r"[^\W\d_]+", kept))
    if english < 40 or not _in_english(kept):
        return text, []
    return kept, sorted(i + 1 for i in foreign)


def _encoding_warning(text: str, repaired: int, encoding: str) -> tuple[int, str, str]:
    """What was put right in reading a file saved in two encodings: (line, message, code)."""
    if repaired:
        return (1, f"the file holds UTF-8 text read as Windows-1252 and saved again ('â€œ' for '“'): {repaired} such "
                "runs put right; re-save the page from its original to be sure of its characters", "mojibake")
    return (int(encoding.rsplit(":", 1)[1]), "the file is UTF-8 but for some bytes of another encoding, the first on "
            "this line, read as Windows-1252 (byte 0x92 as '’'): check those characters, or re-save the file as UTF-8",
            "encoding")


def read_telegrams(path: Path, fmt: str | None = None):
    """The records of one source file, with the name of the reader that read them."""
    text, encoding = read_source(path)
    text, repaired = repair_mojibake(text)
    if is_html(text):  # a page saved from the browser: its text, as the page shows it
        text = page_text(text)
        if not text.strip():
            raise SourceError(path, "the HTML page shows no text: save the record's page with its text, or copy "
                              "the text into a .txt file", code="empty")
    text = composed(text)  # (after the page's entities are read: "&#769;" is a combining accent too)
    text, left_out = other_language(pdf_spacing(text))
    listing = SEARCH_RESULTS.search(text[:3000]) or _dated_bullets(text)
    if listing and not fmt:
        raise SourceError(path, "a page of search results (records' dates, titles and descriptions), not a record: "
                          "open each record's own page, save it and convert that", text.count("\n", 0, listing.start()) + 1,
                          code="search-results")
    form = None if fmt else message_form(text)
    if form is not None:
        # (a collected works' title it is not: "CONFIDENTIAL" over the routing was read as one)
        raise SourceError(path, f"no telegram read: the page is a State Department telegram in its message form "
                          f"('{form[1]}', line {form[0]}), its date-time group, routing and tags as a database prints "
                          "them, which no layout reads; convert the telegram as FRUS or the record's page prints it "
                          "(its heading naming sender and addressee, its date)", form[0], code="unknown-format")
    name = fmt or sniff(text)
    if name is None:
        # a page of the works titled by its addressee alone, dated by the site's line only (whose
        # "Correspondence V1, No. 93" looks like a compilation's heading): what it lacks
        if (lacks := addressee_only(text)) is not None:
            raise SourceError(path, lacks[1], lacks[0], code="unknown-format")
        # a compilation whose headings are in a form no reader knows: the lines that look like them
        # (two different at least: one such line alone is no sign of a book of items; not a record's
        # page cut before its source, its title and its related documents' titles looking like them)
        if len({t for _, t in heading_candidates(numbered_lines(text))}) >= 2 and cut_record(text) is None:
            raise unread_headings(str(path), numbered_lines(text))
        # a page of one item headed by its parties alone, a cable under its markings alone, a
        # despatch: what the page is, what it lacks
        described = catalogue_record(numbered_lines(text))
        if described is not None:
            raise SourceError(path, described[1], described[0], code="no-text")
        told = what_the_page_is(text)
        if told is not None:
            raise SourceError(path, told[1], told[0], code="unknown-format")
        first = next(((n, l.strip()) for n, l in enumerate(text.split("\n"), 1) if l.strip()), (1, ""))
        if LABEL.match(first[1]) and first[1].split(":")[0].strip().lower() in ("written", "published", "source", "wired"):
            # the archive's labelled lines first ("Written: Written on March 31, 1917" / "Published: ..."): a copy
            # that lost the page's title (and its author's line) above them
            raise SourceError(path, f"no telegram found: the page begins with its labelled lines ('{first[1][:60]}'), "
                              "the title above them missing from the copy; add the title as the page gives it "
                              "('Telegram to ...', the author's name over it) above them", first[0], code="unknown-format")
        if not _in_english(text):  # the edition's sources are English translations
            raise SourceError(path, "no telegram found: the text does not read as English (few of the words every "
                              "English text uses, 'the', 'of', 'and', 'to'); the converter reads English "
                              "translations: give the page of the record's English translation", code="not-english")
        # a scan read by OCR may have "l" for "1" ("l5 JANUARY l949"): then no heading or date is found
        ocr = next((m for m in OCR_DIGITS.finditer(text) if re.search(r"\d", m.group(0))), None)
        hint = (f"; it has '{ocr.group(0)}' where a number should be (line {text.count(chr(10), 0, ocr.start()) + 1}): "
                "an OCR copy? put the digits right" if ocr else "")
        raise SourceError(path, "no telegram found: the text matches none of the known layouts "
                          f"({', '.join(READERS)}); check the file, or name its layout with --format{hint}",
                          code="unknown-format")
    records = _without_catalogue_records(READERS[name]().read(text, str(path)), text, path)  # (messages name the file as the user gave it)
    if records and (repaired or encoding.startswith("utf-8+")):
        records[0].warnings.insert(0, _encoding_warning(text, repaired, encoding))
    for record in records:
        told = description_of(record, text)
        if told is not None:  # a catalogue's page: the document described, its text not given
            raise SourceError(path, f"no telegram found: the page tells of the document ('{told[1]}', line {told[0]}), "
                              "as a catalogue's or an archive's description does, but does not give its text (it may "
                              "be in the document's scan): copy the text under the title, or leave the page out",
                              told[0], code="no-text")
        other = NOT_A_TELEGRAM.search(record.title or "")
        if other:  # the edition is of telegrams: a record of a conversation is not one
            what = "record of a telephone call" if other.group("phone") else other.group(0).lower()
            raise SourceError(path, f"not a telegram: the record is a {what} ('{record.title}'); "
                              "the edition holds telegrams, letters and messages: take it out of the folder",
                              line=record.title_line or 1, code="not-a-telegram")
    if left_out:  # (said once, at the first of them)
        records[0].warnings.append((left_out[0], f"the page also holds a text in another language ({len(left_out)} lines, "
                                    f"lines {left_out[0]}-{left_out[-1]}): left out; only the English is read",
                                    "other-language"))
    return name, records


def _without_catalogue_records(records: list, text: str, path: Path) -> list:
    """The records a reader read, less those that are a catalogue's record of a document (its
    fields taken for the text: "Document Type: ...", "Call Number: ...", no text after them), each
    judged on its own lines (a cable's header fields, "Origin:", "Sender:", are none): each left
    out and said; all of them, the page refused."""
    lines = numbered_lines(text)
    starts = [1] + [r.line for r in records[1:]] + [len(lines) + 1]
    items = [[(n, l) for n, l in lines if start <= n < end]
             if any(CATALOGUE_FIELD.match(b.text.strip()) for b in record.blocks) else None
             for record, start, end in zip(records, starts, starts[1:])]
    described = [None if item is None else catalogue_record(item, item=True) for item in items]
    kept = [r for r, d in zip(records, described) if d is None]
    if records and not kept:  # (every item a record: the page is one, said as of a page)
        line, message = catalogue_record(items[0])
        raise SourceError(path, message, line, code="no-text")
    for line, message in (d for d in described if d is not None):
        owner = next((r for r in reversed(kept) if r.line < line), kept[0])
        owner.warnings.append((line, message, "no-text"))
    return kept


def make_document(record, authority: Authority, report: Report, transforms=None) -> Document:
    doc = Document(raw=record, authority=authority, report=report)
    for line, text, code in record.warnings:
        doc.warn(line, text, code)
    doc.root = E("TEI")
    doc.root.set(f"{{{XML_NS}}}lang", "en")
    for transform in transforms or default_transforms():
        if transform.__class__.__name__ == "HeaderBuilder":
            doc.id = document_id(doc)
            doc.root.set(f"{{{XML_NS}}}id", doc.id)
        transform.apply(doc)
    return doc


def source_key(doc: Document) -> str:
    """A short, stable name for the witness: the archive record, the book and volume."""
    pub = doc.raw.publication
    if pub.kind == "archive-record":
        number = re.search(r"/(?:document|documents?)/(\d+)", pub.url or "")
        key = "wilson-center" if re.search(r"wilson", pub.publisher + pub.title, re.I) else slug(pub.title)[:30]
        return f"{key}-{number.group(1)}" if number else key
    if pub.kind == "page":  # a page that cites no source: no book or record to name it by
        return "uncited-page"
    if pub.kind == "collected-works":
        # (the works' author the citation names, where the file knows him: "J. V. Stalin, Works" for a
        # telegram Lenin signs first with him; else the sender)
        named = doc.authority.lookup(pub.front_matter[0]) if pub.front_matter else None
        author = named.id if named is not None and named.kind == "person" else (
            doc.corresp.sender.id if doc.corresp.sender else "author")
        # "Selected Works of Zhou Enlai", "Mao Zedong wenji (Collected Works of Mao Zedong)": the
        # author is named once
        works = slug(re.sub(r"\s+of\s+.*$|\s*\(.*$", "", pub.title or "works"))
        if works.count("-") >= 6:  # a long title by its first words that name it (the file name stays short)
            works = "-".join([w for w in works.split("-") if w not in ("a", "an", "and", "of", "on", "the")][:6])
        key = works if author in works.split("-") or works.startswith(author) else f"{author}-{works}"
        return f"{key}-{slug(pub.volume) if pub.volume else ''}".rstrip("-")
    # the main title's words that name it ("Documents of the Sino-Soviet Alliance: Selected
    # Telegrams" -> documents-sino-soviet-alliance)
    main = re.sub(r",?\s*\d{4}(?:[-–]\d{2,4})?$", "", pub.title.split(": ")[0])
    words = [w for w in slug(main).split("-") if w not in ("a", "an", "and", "of", "on", "the")][:4]
    # (a copy with no title page names no book: "untitled", not slug's placeholder)
    return "-".join((words if pub.title.strip() else ["untitled"]) + ([pub.date] if pub.date else []))


def document_id(doc: Document) -> str:
    c = doc.corresp
    date = c.sent.start if c.sent else "undated"
    party = lambda e: (e.id.replace("unresolved-", "") if e else "unknown")
    # xml:id must begin with a letter (an NCName), hence the "tg-" before the date.
    key = f"tg-{date}-{party(c.sender)}-{party(c.recipient)}-{source_key(doc)}"
    return re.sub(r"-+", "-", key).strip("-")


@dataclass
class _Converted:
    """One telegram as a worker hands it back: serialized (writer.serialize) without its links, with
    what linking needs."""

    id: str
    extra_key: str  # telegram number or position, to tell apart two telegrams with one key
    xml: bytes
    signature: Signature


def convert_file(path: Path, fmt: str | None = None, authority_path: Path | None = None):
    """Convert one source file: (result, messages, telegrams).  Never raises for bad input."""
    with per_source:  # (the passes' repeated look-ups are remembered for this file only)
        return _convert_file(path, fmt, authority_path)


def _convert_file(path: Path, fmt: str | None, authority_path: Path | None):
    report = Report()
    result = SourceResult(str(path))
    converted: list[_Converted] = []
    try:
        authority = Authority.load(authority_path)
        result.format, records = read_telegrams(path, fmt)
        transforms = default_transforms()
        for record in records:
            record.source = str(path)  # messages name the file as the user gave it
            doc = make_document(record, authority, report, transforms)
            extra = doc.corresp.numbers[0] if doc.corresp.numbers else str(record.position)
            linking = signature(doc)
            # written out here, in the worker, as the file will be but for its links (which the
            # parent puts in its text: add_links_to_xml), so that little is left to do after all
            # are converted, when the parent alone works
            converted.append(_Converted(doc.id, slug(extra), serialize(doc.root), linking))
            result.names += doc.names_tagged
    except SourceError as exc:
        report.messages.append(exc.message)
        converted = []
    except Exception as exc:  # a bug must not stop the other sources, nor print a traceback
        report.error(path, 0, f"internal error while converting ({type(exc).__name__}: {exc}); the other "
                     "sources were still converted: please report this with the source file", "internal")
        converted = []
    # each message once: the cables of one record share its citation and title, which the passes
    # read again for each ("unknown person" in the title, an archive the authority file lacks)
    report.messages = list(dict.fromkeys(report.messages))
    result.telegrams = len(converted)
    result.warnings = report.count("warning")
    result.errors = report.count("error")
    return result, report.messages, converted


def _convert_batch(batch):
    return [convert_file(*args) for args in batch]


# A process that builds again and again (tei serve: tei.cache.keep_entries) keeps each
# telegram's entry of the outputs' manifest with what it was worked out from, so that a rebuild
# hashes only the telegrams whose source key, place or links changed (a pure function: never stale).
_MANIFEST_KEPT: dict[str, tuple] = {}


def convert_sources(paths: list[Path], out_dir: Path, authority_path: Path | None = None,
                    fmt: str | None = None, report: Report | None = None,
                    progress=None, jobs: int = 1, cache_dir: Path | None = None,
                    executor: tuple | None = None, source_stamps: dict[str, tuple | None] | None = None,
                    wrote: set[str] | None = None, files: list[Path] | None = None) -> list[SourceResult]:
    """Convert every source; write DIR/<id>.xml per telegram.  Errors are reported per file.

    With jobs > 1 the files are converted in a process pool; with an executor (executor,
    workers), on it (a Dask cluster's: tei.cluster); the outputs are the same bytes.
    With a cache folder, a source converted before with the same inputs is not converted
    again, and an output file whose bytes would not change is not rewritten.
    source_stamps: the sources' stamps by path, taken by the caller (ConversionCache.keys);
    wrote: filled with the names of the files written in out_dir; files: the sources as
    expand_sources(paths) lists them, listed by the caller (tei serve's, from its snapshot).
    """
    report = report or Report()
    Authority.load(authority_path)  # an unusable authority file stops the run here, once
    if files is None:
        files = expand_sources(paths, report)
    if progress:  # tei.progress: told the number of sources, then each one converted
        progress.start(len(files))
    results: list[SourceResult] = []
    signatures: list[Signature] = []
    taken: set[str] = set()
    next_suffix: dict[str, int] = {}  # (_unique)
    out_dir.mkdir(parents=True, exist_ok=True)
    # Documents wait for their links in one staging file (one open, not one per document;
    # offsets kept in memory), so memory stays flat however large the corpus.
    staging = tempfile.TemporaryFile(prefix=".staging-", dir=out_dir)
    offsets: dict[str, tuple[int, int]] = {}
    pool = None
    try:
        cache = ConversionCache(cache_dir, authority_path, fmt) if cache_dir else None
        keys = cache.keys(files, source_stamps) if cache else {}
        cached = {path: hit for path in files if cache and (hit := cache.get(keys[path])) is not None}
        tasks = [(path, fmt, authority_path) for path in files if path not in cached]
        if executor is not None:
            runner, jobs = executor  # a cluster's (tei.cluster): not this run's to shut down
        elif jobs > 1 and len(tasks) > 1:
            # the converter holds no Saxon: fork is safe (and starts faster) where there is fork
            pool = runner = process_pool(jobs, "spawn" if sys.platform == "darwin" else "fork")
        else:
            runner = None
        chunk = max(1, min(32, len(tasks) // (jobs * 8) or 1))
        fresh = (o for outcomes in pooled(_convert_batch, batched(tasks, chunk), jobs, runner) for o in outcomes)

        def outcomes():
            for path in files:
                if path in cached:
                    yield cached[path]
                else:
                    outcome = next(fresh)
                    if cache and not outcome[0].errors:
                        cache.put(keys[path], outcome)
                    yield outcome

        # what each telegram is made from: (source, its position there) and its xml:id as made
        made: dict[str, tuple[Path, int, str]] = {}
        for path, (result, messages, converted) in zip(files, outcomes()):
            results.append(result)
            report.messages.extend(messages)
            for index, item in enumerate(converted):
                doc_id = _unique(item, taken, next_suffix)
                taken.add(doc_id)
                signatures.append(item.signature if item.signature.id == doc_id else replace(item.signature, id=doc_id))
                made[doc_id] = (path, index, item.id)
                if item.xml:  # converted now; a cached one's XML is read only if it is written
                    offsets[doc_id] = (staging.tell(), len(item.xml))
                    staging.write(item.xml)
                result.ids.append(doc_id)
            if progress:
                progress.advance()
        # (each exchange's witness candidates kept in the cache for the next run: compared again
        # only in the exchanges of the sources converted, by the versions of their signatures)
        links = compute_links(signatures, cache_dir / "candidates.pickle" if cache else None,
                              {doc_id: f"{keys[path]}:{index}" for doc_id, (path, index, _) in made.items()}
                              if cache else None)
        manifest_path = cache_dir / "outputs.json" if cache_dir else None
        manifest = _read_manifest(manifest_path)
        written = {}
        kept_states = _MANIFEST_KEPT if keeping() else None
        now_kept: dict[str, tuple] = {}
        cached_docs: dict[Path, list[bytes]] = {}
        on_disk = _file_names(out_dir) if manifest else set()  # (one listing, not a stat a file)

        def to_write():
            """Each telegram whose file is to be written: the file, the XML as made, the id it was
            given if another (_unique), its links."""
            for sig in signatures:
                path, index, made_id = made[sig.id]
                doc_links = links.get(sig.id, {})
                name = f"{sig.id}.xml"
                if cache:  # the source's key stands for the XML it gives (same code, same authority file)
                    known = kept_states.get(sig.id) if kept_states is not None else None
                    if known is not None and known[0] == keys[path] and known[1] == index and known[2] == doc_links:
                        state = known[3]
                    else:
                        state = hashlib.sha256(f"{keys[path]}\0{index}\0{sig.id}\0{sorted(doc_links.items())!r}"
                                               .encode()).hexdigest()
                    if kept_states is not None:
                        now_kept[sig.id] = (keys[path], index, doc_links, state)
                else:
                    state = ""
                written[sig.id] = state
                if state and manifest.get(sig.id) == state and name in on_disk:
                    continue  # same document, same links: the file on disk is already right
                target = out_dir / name
                if wrote is not None:
                    wrote.add(name)
                if sig.id in offsets:
                    start, length = offsets[sig.id]
                    staging.seek(start)
                    xml = staging.read(length)
                else:
                    if path not in cached_docs:
                        cached_docs.clear()  # the telegrams of one source come together
                        cached_docs[path] = _cached_docs(cache, keys[path], path, fmt, authority_path)
                    xml = cached_docs[path][index]
                yield str(target), xml, (sig.id if sig.id != made_id else None), doc_links

        # written by the workers, where there are some: the links are known only once all are
        # converted, and this process alone would write every file while they wait (batches of
        # 16: the XML of the batches in flight is held here twice, as read and as sent)
        for _ in pooled(_write_batch, batched(to_write(), 16), jobs, pool):
            pass
        if manifest_path:
            save_state(manifest_path, written, sort_keys=True)
        if kept_states is not None:
            _MANIFEST_KEPT.clear()
            _MANIFEST_KEPT.update(now_kept)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        staging.close()
    return results


def _write_batch(batch) -> None:
    """Telegrams' files written (see convert_sources' to_write)."""
    for target, xml, renamed, doc_links in batch:
        if renamed is None:
            xml = add_links_to_xml(xml, doc_links)
        else:
            root = etree.fromstring(xml)
            _rename(root, renamed)
            add_links(root, doc_links)
            xml = serialize(root)
        write_atomic(Path(target), xml)


def _cached_docs(cache: ConversionCache, key: str, path: Path, fmt, authority_path) -> list[bytes]:
    """The XML of a cached source's telegrams; converted again should the cache have lost it."""
    docs = cache.docs(key)
    if docs is None:
        docs = [item.xml for item in convert_file(path, fmt, authority_path)[2]]
    return docs


def _file_names(folder: Path) -> set[str]:
    """The names of the files in a folder (an empty set when it cannot be read)."""
    try:
        with os.scandir(folder) as entries:
            return {entry.name for entry in entries}
    except OSError:
        return set()


def _read_manifest(path: Path | None) -> dict[str, str]:
    if path is None:
        return {}
    try:
        return load_state(path)
    except (OSError, ValueError):
        return {}


def _unique(item: _Converted, taken: set[str], next_n: dict[str, int]) -> str:
    """Two telegrams with the same key in one corpus: add the telegram number or position.
    next_n: for each "id-extra" the number to try next (ids are only ever added to taken, so the
    numbers tried before stay taken: k telegrams with one id cost k tries, not k*k/2)."""
    if item.id not in taken:
        return item.id
    base = f"{item.id}-{item.extra_key}"
    if base not in taken:
        return base
    n = next_n.get(base, 2)
    while f"{base}-{n}" in taken:
        n += 1
    next_n[base] = n + 1
    return f"{base}-{n}"


def _rename(root, doc_id: str) -> None:
    """A telegram given another xml:id by _unique: its id and its edition number."""
    root.set(f"{{{XML_NS}}}id", doc_id)
    for idno in root.iter(f"{{{TEI_NS}}}idno"):
        if idno.get("type") == "edition":
            idno.text = doc_id
