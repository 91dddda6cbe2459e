"""Records of the Wilson Center Digital Archive, as scraped page text or as Markdown.

A record has a date line, a title, labelled parts (Citation, Summary, Original Language,
Credits, Contents) and the translated text.  Scraped pages also carry the site's furniture
(menus, "get citation", "share document", the PDF viewer's apologies), which is dropped.
Both variants are parsed by the same code once the Markdown is reduced to plain lines.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10 (pyproject: tomli there)
    import tomli as tomllib

from .base import (CITED_NAME, NEWSPAPERS, Reader, clean_inline, lines_to_blocks, numbered_lines, obtained_in, ocr_digits, ocr_numbers,
                   ocr_warning, roman_number, translator_in, wrap_width)
from ..dates import ROUGHLY, record_date
from ..dates.words import FULL_MONTH
from .compilation.front_matter import ISSUE_LABEL, PERIODICAL, SERIAL_HEADS, SERIAL_HEADS_FIRST
from .model import Publication, RawTelegram
from ..regexes import led
from ..transforms.citation import SHELFMARK
from ..vocab import CABLE_KIND, CABLE_KIND_UPPER, CIPHERING, CIPHERING_UPPER, RUSSIAN_ARCHIVE

# "January 06, 1949", "6 January 1949", "February, 1949", or approximate: "c. January 1949", "ca. 1949"
# (the month may be cut short, the day have its ordinal: "Nov. 9th, 1949", "14th Jan. 1949")
# (in capitals too: "SEPTEMBER 25, 1952" on a page set in capitals)
_MONTH_OR_ABBR = rf"(?:{FULL_MONTH}|{FULL_MONTH.upper()}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
# (or some days of a month: "March 7-9, 1951")
RECORD_DATE = re.compile(rf"^(?:(?:c\.|ca\.|circa)\s*)?(?:{ROUGHLY}[-\s]\s*)?"
                         rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+)?{_MONTH_OR_ABBR}"
                         rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?)?,?\s+)?\d{{4}}$"
                         r"|^\d{4}-\d\d-\d\d$")
LABELS = {
    "citation": "citation", "summary": "summary", "original language": "language", "date": "date", "title": "title",
    "credits": "credits", "contents": "contents", "author": "author", "authors": "author", "author(s)": "author",
    "recipient": "recipient", "recipients": "recipient", "recipient(s)": "recipient", "addressee": "recipient",
    "associated people & organizations": "skip", "associated places": "skip",
    "associated topics": "skip", "subjects discussed": "skip", "keywords": "skip",
    "record group": "skip", "more info": "skip", "related documents": "skip",
    # Parts the record pages show after the text: they end it.
    "document information": "information", "source": "source", "original archive": "skip", "rights": "skip",
    "record id": "record-id", "original uploaded date": "skip", "type": "skip", "language": "record-language",
    "related resources": "skip", "more documents": "skip", "doi": "skip", "url": "skip",
    "geographic": "skip", "people": "skip", "topics": "skip", "themes": "skip",
    "document media": "skip", "share this document": "skip", "back to top": "skip",
    # a copy's list of links to other records after the text, under its label ("Links:", "See also:")
    "links": "skip", "related links": "skip", "see also": "skip", "related records": "skip",
    # fields of a copy's front matter ("translator: ...", "url: ...")
    "translator": "translator", "translated by": "translator", "link": "url",
    # the site's pages since 2023: the citation under "To Cite", among the parts after the text
    "to cite": "citation", "how to cite": "citation",
    # a web clipper's copy of the page's description above it (MarkDownload's "> ## Excerpt")
    "excerpt": "summary",
}
TRAILING = {label for label, part in LABELS.items() if part in ("skip", "record-language", "source", "information")} \
    | {"to cite", "how to cite", "record id"}
LABELS["subjects"] = "skip"  # (the newer record pages' list of its subjects, as "People")
# the record's fields a page may give above its text, under the text's marker, each on its line
BEFORE_THE_TEXT = ("source", "record-id", "language", "record-language", "author", "recipient", "skip")
LABELS["url"] = "url"  # a part of its own (it ends the text as the other trailing parts do)
LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z &]{2,40}(?:\(s\))?):\s*(?P<rest>.*)$")  # (and "Author(s):")
# The site's interface, never part of a record.
FURNITURE = re.compile(
    r"^(search in|digital archive( international history declassified)?|citation|get citation|"
    r"share document|share|download|download (?:the )?\(?pdf\)?|view pdf|print|print this page|email|cite|"
    r"cite this|english html|english pdf|original language pdf|"
    r"it appears your web browser.*|click here to .*|pdfs cannot be printed inline.*|"
    r"to print a pdf.*|view document|translation - english|english translation|"
    # the PDF viewer's page counter: "Page 1 of 2"
    r"page\s+\d+\s+(?:of|/)\s+\d+|"
    r"transcript - english|original scan|\[?pdf\]?|"
    # the newer pages' navigation above the record, and their buttons
    r"skip to (?:main )?content|topics|collections|programs|menu|home|document media|share this document|back to top|"
    # (and the site's name over them, the record's kind above its title: "Digital Archive Document")
    r"(?:the\s+)?wilson center|digital archive document|"
    r"(?:(?:e-?mail|facebook|twitter|x|linkedin|reddit|whatsapp|print|copy link)\s*){2,}|"
    r"this website uses cookies.*)\.?$",
    re.I,
)
# another version of the text on the page: "Transcript - Russian", "Translation - Chinese", "Chinese HTML"
VERSION = re.compile(r"^(?:(?:translation|transcript|original)\s*[-–—]\s*(?P<lang>[A-Za-z]+)"
                     r"|(?P<lang2>[A-Za-z]+)\s+(?:html|transcript|translation))$", re.I)
BODY_MARKERS = re.compile(r"^(english html|translation - english|english translation|transcript - english|translation"
                          r"|english text)$", re.I)
VIEWER = re.compile(r"^(it appears your web browser|click here to|pdfs cannot be printed inline)", re.I)
DIGITAL_ARCHIVE = re.compile(r"Digital Archive", re.I)
# the parts of the site's record pages since 2023, whatever else the copy lost
RECORD_SECTION = re.compile(r"^\s*(?:Document Information|Record ID|Original Uploaded Date)\s*$", re.M)
# a Russian archive named as a citation names it ("Archive of the President of the Russian Federation", "AVP RF")
ARCHIVE_NAMED = re.compile(rf"\bArchive\s+of\s+the\s+(?:President|Foreign\s+Policy)\b|\b{RUSSIAN_ARCHIVE}\b")
URL = re.compile(r"<?(https?://[^\s>]+)>?")
# "Cable No. 1", "Telegram 2", "Second cable": the heading of one of several cables a record holds
_KINDS = r"(?:" + CABLE_KIND + r"|message|letter|document)"
PART = re.compile(rf"^\[?(?:(?:ciphered|coded|encoded|secret|top secret)\s+)?{_KINDS}\s+(?:no\.?\s*|number\s+|#\s*)?"
                  rf"(?P<n>\d{{1,2}}|[ivx]{{1,4}})[.:]?\]?$|^\[?(?P<ord>first|second|third|fourth|fifth|sixth)\s+{_KINDS}[.:]?\]?$",
                  re.I)  # (in brackets too: "[Cable 2]")
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth"]
# a cable's own number alone on its line, "No. 7110", "Telegram No. 7125": the heading of one of
# the cables a record's title lists by their numbers ("Ciphered Telegrams No. 7110 and No. 7125, ...")
NUMBER_HEAD = re.compile(r"^(?:" + CIPHERING + r"\s+)?(?:" + CABLE_KIND + r"\s+)?(?:no\.|nº|№|number)\s*"
                         r"(?P<n>\d{2,6})\.?$", re.I)


class WilsonTextReader(Reader):
    name = "wilson-text"
    help = "Wilson Center Digital Archive record, page text as scraped from the web"
    # the site's own page: the archive's record whatever book its citation names (what the copy
    # was made from); a Markdown copy in its layout may be of any source's text
    site_page = True

    @classmethod
    def score(cls, text: str) -> float:
        head = text[:20000]
        score = 0.0
        if DIGITAL_ARCHIVE.search(head):
            score += 2
        if re.search(r"^\s*[\"“].+[\"”,]\s*,?\s*%s" % FULL_MONTH, head, re.M):
            score += 2
        if re.search(r"^\s*(•\s*)?(Citation|Summary|Original Language):?\s*$", head, re.M | re.I):
            score += 1
        if RECORD_SECTION.search(text):
            score += 2  # the site's record pages since 2023, whatever they lost in the copy
        if re.search(r"^#{1,6}\s|\*\*", head, re.M) or SETEXT_LABEL.search(head):
            score -= 1.5  # Markdown markup: the Markdown reader fits better
        return max(score, 0.0)

    def lines(self, text: str) -> tuple[list[tuple[int, str]], set[int], list[tuple[int, str, str]]]:
        """The page's lines, those of a block quotation and the words emphasised (none in page
        text).  The bullets stay: outside the text they are the site's navigation (parse_record
        reads its labels without them), inside it a list.  A copy of the record PDF's text run into
        one paragraph has its labelled parts one after another on a line: each on a line of its own."""
        return [(n, part) for n, line in numbered_lines(text) for part in _labels_run_on(line)], set(), []

    def soft_breaks(self, text: str) -> frozenset[int]:
        """No line: a page's text breaks its lines where the page does (Markdown's breaks are soft)."""
        return frozenset()

    def read(self, text: str, source: str) -> list[RawTelegram]:
        try:
            lines, quoted, emphasis = self.lines(text)
        except FrontMatterError as error:
            raise self.fail(source, error.line, str(error)) from None
        record = parse_record(lines, source, self, quoted, self.soft_breaks(text))
        # (the text's, not the labels' of the record's fields above it: "**Citation:**")
        record.emphasis = [e for e in emphasis if e[0] >= record.line]
        parts = split_parts(record)
        return _split_reply(record) if len(parts) == 1 else parts


class WilsonMarkdownReader(WilsonTextReader):
    name = "wilson-markdown"
    help = "Wilson Center Digital Archive record saved as Markdown"
    site_page = False

    @classmethod
    def score(cls, text: str) -> float:
        head = text[:20000]
        if not (re.search(r"^#{1,6}\s", head, re.M) or SETEXT.search(head) or _front_matter_end(numbered_lines(head[:4000]))
                or re.search(r"^\s*\|\s*(?:citation|summary|title)\s*\|", head, re.M | re.I)):  # its fields in a table
            return 0.0
        score = 1.0
        if DIGITAL_ARCHIVE.search(head):
            score += 2
        if re.search(r"^#{1,6}\s*\**\s*(Citation|Summary|Original Language)", head, re.M | re.I) or SETEXT_LABEL.search(head):
            score += 2
        # the record's fields as bold labels ("**Citation:** ..."): its own layout, whatever book
        # the citation names (a collected works' citation scores a works reader up to 2.5 from it)
        bold = {m.group("label").lower() for m in BOLD_LABEL.finditer(head) if m.group("label").lower() in RECORD_FIELDS}
        if len(bold) >= 2:
            score += len(bold)
        return score

    def lines(self, text: str) -> tuple[list[tuple[int, str]], set[int], list[tuple[int, str, str]]]:
        """The Markdown as plain lines, the lines of its block quotations ("> "), and the words
        it emphasises (line, words, "italic" or "bold" or "bold italic": the transforms make them
        hi).  The record's fields given as YAML front matter ("citation: ...") or as a table of
        two columns ("| Citation | ... |") read as the page's labelled lines ("Citation: ...")."""
        quoted: set[int] = set()
        emphasis: list[tuple[int, str, str]] = []
        out = []
        numbered = _without_html(numbered_lines(text))
        references = _reference_definitions(numbered)
        front_end = _front_matter_end(numbered)
        toml_fields = _toml_front_matter(numbered, front_end)
        numbered = _emphasis_over_lines(numbered, front_end)
        fields = False  # inside the record's table of fields ("| Citation | ... |")
        for number, line in numbered:
            if toml_fields is not None and number <= front_end:  # "+++" / 'key = "value"' / "+++"
                key = re.match(r"^\s*(?P<key>[A-Za-z][\w-]{1,40})\s*=", line)
                value = toml_fields.get(key.group("key")) if key else None
                value = "; ".join(map(str, value)) if isinstance(value, list) else value
                label = _label(key.group("key").replace("-", "_")) if key else ""
                usable = value is not None and not isinstance(value, dict) and str(value).strip()
                out.append((number, f"{label}: {' '.join(str(value).split())}" if usable and label.lower() in LABELS else ""))
                continue
            if front_end and number <= front_end:  # "---" / "key: value" / "---"
                field = re.match(r"^\s*(?P<key>[A-Za-z][\w ]{1,40}?)\s*:\s*(?P<value>.*)$", line)
                key = _label(field.group("key")) if field else ""
                value = _yaml_scalar(field.group("value")) if field else ""
                if key.lower() == "source" and URL.fullmatch(value):
                    key = "Url"  # a web clipper's "source:": the page's address, not the archive's
                # (a field left empty, "author: ", is none: it opens no part)
                out.append((number, f"{key}: {value}" if key.lower() in LABELS and value.strip() else ""))
                continue
            row = re.match(r"^\s*\|\s*(?P<key>[^|]{2,40}?)\s*\|\s*(?P<value>[^|]*?)\s*\|\s*$", line)
            if row and row.group("key").lower() in LABELS:
                line = f"{row.group('key')}: {row.group('value')}"
                fields = True
            elif row and row.group("key").lower() in ("field", "property", "name", "label") \
                    or fields and re.match(r"^\s*\|?\s*:?-{3,}:?\s*\|", line):
                out.append((number, ""))  # the fields table's header and rule
                fields = True
                continue
            elif line.strip():
                fields = False  # (a table in the text keeps its rule: it marks the heading row)
            if line.lstrip().startswith(":::"):  # a fenced div of Pandoc's Markdown (":::: {#main}", ":::")
                out.append((number, ""))
                continue
            # (each rewriting only where the line holds the character it needs: a copy's lines
            # are many, and most are plain text)
            # (a heading, its marks and a space, stands apart from the lines around it: blank lines set it so)
            heading = "#" in line and ATX_HEADING.match(line) is not None
            if "#" in line:
                line = re.sub(r"^\s{0,3}#{1,6}\s*", "", line)  # headings
            # Pandoc's attributes, of a heading ("Source {#source}") or a link ("](#main){.hidden}")
            line = re.sub(r"(?<=\))\{[#.][^{}]*\}|\s*\{[#.][^{}]*\}\s*$", "", line) if "{" in line else line
            if "=" in line:
                line = re.sub(r"^\s{0,3}=+\s*$", "", line)  # a heading's underline ("Title" / "=====")
            if "-" in line or "*" in line or "_" in line:
                line = re.sub(rf"^\s{{0,3}}{_THEMATIC_BREAK}", "", line)  # a thematic break: a blank line
            marker = QUOTE_MARKER.match(line) if ">" in line else None  # a block quotation
            if marker:
                heading = ATX_HEADING.match(line, marker.end()) is not None
                line = re.sub(r"^\s{0,3}#{1,6}\s*", "", line[marker.end():])  # (a heading in it: "> ## Excerpt")
                quoted.add(number)
            if "-" in line or "*" in line or "+" in line:
                line = re.sub(r"^\s*[-*+]\s+", "• ", line)  # list items: bullets, as the page shows them
            if "![" in line:
                # an image (a scan of the page, the site's logo, linked or not): not the text, which the copy holds
                line = re.sub(r"\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)|!\[[^\]]*\]\([^)]*\)", "", line)
            if "*" in line or "_" in line:
                line = _emphasis(line, number, emphasis)
            if "][" in line and references:
                # a reference link ("[Link][2]", "[APRF][]"): read as the inline link it stands for
                line = re.sub(r"\[([^\]]+)\]\[([^\]]{0,40})\]",
                              lambda m: (f"[{m.group(1)}]({references[key]})" if (key := _reference_key(m.group(2) or m.group(1)))
                                         in references and re.match(r"https?://|[/#]", references[key]) else m.group(0)), line)
            if "](" in line:
                # a link standing alone on its line whose words are the address's label ("[Link](https://...)"):
                # the record's address, as the page's "Link: https://..." line gives it
                alone = re.fullmatch(r"\s*\[\s*(?P<words>[A-Za-z ]{2,20}?)\s*\]\((?P<url>https?://[^)\s]+)\)\s*", line)
                if alone and LABELS.get(alone.group("words").lower()) == "url":
                    line = f"Link: {alone.group('url')}"
                # or ending a line of text, the citation's ("... Translated by X. [Link](https://...)"): the
                # line without it, then the address on its own line (its word alone was kept, the address lost)
                last = re.search(r"(?<=\S)\s+\[\s*(?P<words>[A-Za-z ]{2,20}?)\s*\]\((?P<url>https?://[^)\s]+)\)\s*$", line)
                if last and LABELS.get(last.group("words").lower()) == "url":
                    out.append((number, line[:last.start()].rstrip()))
                    out.append((number, ""))
                    line = f"Link: {last.group('url')}"
                # a link: its text, which is what the page shows (the site's links in a translation
                # are no part of the telegram); its address when the text is the address
                line = re.sub(r"\[([^\]]+)\]\((https?://[^)]+)\)",
                              lambda m: m.group(2) if re.match(r"\s*(https?://|www\.)", m.group(1)) else m.group(1), line)
                line = re.sub(r"\[([^\]]+)\]\((?:#|/)[^)\s]*\)", r"\1", line)  # a link within the site: "[Skip to main content](#main-content)"
            if "][" in line:  # a reference link, "[APRF][1]", "[Link][]": its text
                line = re.sub(r"\[([^\]]+)\]\[[^\]]{0,20}\]", r"\1", line)
            if line.lstrip().startswith("[") and REFERENCE_DEFINITION.match(line):
                out.append((number, ""))  # "[1]: https://...": where a reference link leads, not the page's text
                continue
            if "<" in line:
                line = re.sub(r"<(https?://[^>]+)>", r"\1", line)  # autolinks
            if "[^" in line:
                # a footnote's mark and its text ("[^1]", "[^1]: The draft ..."): as the page shows its notes, "[1]"
                line = re.sub(r"^\[\^(\w{1,3})\]:\s*", r"[\1] ", line)
                line = re.sub(r"\[\^(\w{1,3})\]", r"[\1]", line)
            # a character escaped ("1\.", "\[Stalin\]", "\*", Pandoc's "Zhou Enlai\'s"): the character;
            # a backslash ending the line, Pandoc's line break: the line's end
            if "\\" in line:
                line = re.sub(r"\\$", "", re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", line))
            out += [(number, ""), (number, line.rstrip()), (number, "")] if heading else [(number, line.rstrip())]
        return _hard_breaks_mid_sentence(text, out, emphasis), quoted, emphasis

    def soft_breaks(self, text: str) -> frozenset[int]:
        """The lines of the Markdown a soft line break joins to the line above (see soft_breaks)."""
        return soft_breaks(text)


# A Markdown line that is no paragraph's text line: a heading, a table's row, a fence, a thematic break or a
# heading's underline, an HTML block, a reference's or a footnote's definition, Pandoc's fenced div, front
# matter's fence; and a list item's first line, which begins a block of its own (its next line goes on with it)
ATX_HEADING = re.compile(r"\s{0,3}#{1,6}(?:\s|$)")
_LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s")
_UNDERLINE = r"(?:=+|-+)\s*$"  # (a setext heading's, under its text)
_THEMATIC_BREAK = r"([-*_])(?:\s*\1){2,}\s*$"  # (the same mark three times, as the page reader reads it)
_NOT_A_PARAGRAPH_LINE = re.compile(rf"^(?:{ATX_HEADING.pattern}|\s{{0,3}}(?:\||```|~~~|:::|<|\[\^?[^\]]*\]:"
                                   rf"|{_THEMATIC_BREAK}|{_UNDERLINE}|\+\+\+\s*$))")
_SETEXT_UNDERLINE = re.compile(rf"^\s{{0,3}}{_UNDERLINE}")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
# an HTML block's first line after a blank line (CommonMark's): a block element's tag, a comment, or a tag alone on its line
_HTML_BLOCK = re.compile(r"^\s{0,3}<(?:/?(?:div|p|table|tr|td|th|thead|tbody|ul|ol|li|dl|dt|dd|blockquote|pre|section|article"
                         r"|header|footer|details|summary|center|h[1-6]|hr|figure|nav|main|aside|form|iframe)\b|!--|[^<>]*>\s*$)", re.I)
_HARD_BREAK = re.compile(r"(?: {2,}|\\|<br\s*/?>)$", re.I)  # (two spaces, a backslash, an HTML break ending it)
# a table's delimiter row, under its head ("---|---", "|:--|--:|"): the rows down to a blank line are the table's
_TABLE_DELIMITER = re.compile(r"^\s{0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")


def soft_breaks(text: str) -> frozenset[int]:
    """The numbers of the lines of a Markdown text whose line break above is soft (CommonMark: inside a
    paragraph a line break is a space): each a paragraph's text line after another, in the same block
    quotation or outside both, the line above no heading (nor a setext heading's text) and not ending
    in a hard break; none in front matter, in a fenced code block, an HTML block or a table (their line
    breaks are the lines')."""
    raw = text.split("\n")
    front_end = _front_matter_end(numbered_lines(text))
    soft = set()
    fence = None  # (the open fence's mark, "```" or "~~~", down to the line that closes it)
    in_block = False  # (an HTML block or a table, down to a blank line)
    for number in range(1, len(raw) + 1):
        line = raw[number - 1]
        if fence or (opening := _FENCE.match(line)):
            fence = None if fence and line.strip().startswith(fence) else (fence or opening.group(1))
            continue
        if not line.strip():
            in_block = False
            continue
        if (number == 1 or not raw[number - 2].strip()) and _HTML_BLOCK.match(QUOTE_MARKER.sub("", line)) \
                or _TABLE_DELIMITER.match(line):
            in_block = True
        if in_block or number < max(2, front_end + 2):
            continue
        above = raw[number - 2]
        quoted_above, quoted = QUOTE_MARKER.match(above), QUOTE_MARKER.match(line)
        if bool(quoted_above) != bool(quoted):
            continue
        above, line = (above[quoted_above.end():], line[quoted.end():]) if quoted else (above, line)
        below = raw[number] if number < len(raw) else ""
        below = below[m.end():] if quoted and (m := QUOTE_MARKER.match(below)) else below
        if not above.strip() or _HARD_BREAK.search(above) or _NOT_A_PARAGRAPH_LINE.match(above) \
                or _NOT_A_PARAGRAPH_LINE.match(line) or _LIST_ITEM.match(line) or _SETEXT_UNDERLINE.match(below):
            continue  # (a line over "---" or "===" is a heading: it stands apart)
        soft.add(number)
    return frozenset(soft)


def _hard_breaks_mid_sentence(text: str, lines: list[tuple[int, str]], emphasis: list[tuple[int, str, str]]) -> list[tuple[int, str]]:
    """A Markdown hard line break ("  " or "\\" ending the line) where the sentence goes on on
    the next line, in lower case after no full stop or colon ("The Politburo met today  " / "and decided ..."): one paragraph,
    the break a space (each line was a paragraph).  A break after a sentence, a salutation's
    comma or a signature keeps the lines apart, as the page shows them."""
    broken = {n for n, raw in enumerate(text.split("\n"), 1) if re.search(r"\S(?: {2,}|\\)$", raw)}
    if not broken:
        return lines
    out: list[tuple[int, str]] = []
    for number, line in lines:
        if out and out[-1][0] in broken and out[-1][1].strip() and re.match(r"[a-z]", line.lstrip()) \
                and not re.search(r"[.!?:]$", out[-1][1]):
            joined = out[-1][0]
            out[-1] = (joined, f"{out[-1][1].rstrip()} {line.strip()}")
            emphasis[:] = [(joined if at == number else at, words, how) for at, words, how in emphasis]
            if number not in broken:  # (the joined line ends where this one did)
                broken.discard(joined)
            continue
        out.append((number, line))
    return out


# a reference link's definition: "[1]: https://example.org/x", "[APRF]: <https://...> "Title""
REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[(?!\^)(?P<label>[^\]]{1,40})\]:\s*<?(?P<url>(?:https?://|www\.|/|#)[^\s>]*)>?"
                                  r"(?:\s+[\"'(].*)?\s*$")


def _reference_key(label: str) -> str:
    """A reference link's label as Markdown matches it: case and runs of spaces ignored."""
    return " ".join(label.split()).casefold()


def _reference_definitions(lines: list[tuple[int, str]]) -> dict[str, str]:
    """The copy's reference definitions ("[2]: https://..."): label -> address (the first of a
    label, as Markdown takes it)."""
    found: dict[str, str] = {}
    for _, line in lines:
        if line.lstrip().startswith("[") and (definition := REFERENCE_DEFINITION.match(line)):
            found.setdefault(_reference_key(definition.group("label")), definition.group("url"))
    return found


# "***both***", "**bold**", "__bold__", "*italics*", "_italics_" (not inside a word: "snake_case")
EMPHASIS = [("bold italic", re.compile(r"(?<![\w*_])(\*\*\*|___)(?!\s)(?P<words>.+?)(?<!\s)\1(?![\w*_])")),
            ("bold", re.compile(r"(\*\*|__)(?P<words>.+?)\1")),
            # ("*" emphasises inside a word too, "Com*rade*", "*Ki*m": letters alone between the
            # marks, a letter on one side, read first; "_" does not, as in Markdown)
            ("italic", re.compile(r"(?<=[^\W\d_])\*(?P<words>[^\W\d_]+)\*(?!\*)")),
            ("italic", re.compile(r"(?<![\w*])\*(?P<words>[^\W\d_]+)\*(?=[^\W\d_])")),
            ("italic", re.compile(r"(?<![\w*])\*(?!\s)(?P<words>.+?)(?<!\s)\*(?!\w)")),
            ("italic", re.compile(r"(?<![\w_])_(?!\s)(?P<words>.+?)(?<!\s)_(?![\w_])"))]


# a mark that opens emphasis the line does not close ("... sent to you *without any delay,") and
# the same mark closing it on a later line ("meets on the fourteenth* and ...")
OPENS = re.compile(r"(?<![\w*_\\])(\*{1,3}|_{1,3})(?=[^\s*_])")
QUOTE_MARKER = re.compile(r"^\s{0,3}>\s?")


# the record PDF's "Contents:" list, what the record holds ("English Translation", "Scan of Original
# Document", "Chinese Transcription"), and what follows it on the line where a copy of the PDF's text
# runs the text's first words on to it
CONTENTS_LIST = re.compile(r"(?:(?:(?:English|Russian|Chinese|Korean|German|Polish|Original)\s+)?(?:Translation|Transcription"
                           r"|Transcript|Scan\s+of\s+Original\s+Document|Scan\s+of\s+Original|Original\s+Document|Scan)\s*)+"
                           r"(?P<rest>.*)$")
# the list whole, a translation and a scan ("English Translation Scan of Original Document [...]"):
# never a language's name
PDF_LIST = re.compile(r"(?:\w+\s+)?(?:Translation|Transcription|Transcript)\s+Scan\s+of\s+Original\b.*$", re.I)


# the record PDF's labels, where a copy of its text runs them into one paragraph
RUN_ON_LABEL = re.compile(r"\s(?=(?:Citation|Summary|Credits|Original Language|Contents):\s)")


def _labels_run_on(line: str) -> list[str]:
    """A line holding three or more of the record's labelled parts ("... Citation: “...” Summary:
    ... Original Language: Chinese Contents: English Translation ..."): the parts, each a line."""
    if len(RUN_ON_LABEL.findall(line)) < 3:
        return [line]
    parts = RUN_ON_LABEL.split(line)
    return parts[:-1] + _text_run_on(parts[-1], parts[0]) if parts[-1].startswith("Contents:") else parts


# where the text run into one paragraph with the record's parts goes on from its address ("To the Chairman
# [Mao Zedong] and ... Su Yu:[1] The telegram ..."), and where its closing lines begin ("... in South
# China. Humbly submitted, Zhou Enlai July 26"), at its end
RUN_ON_ADDRESS = re.compile(r"^(?P<address>(?:To|TO)\s[^:.!?]{3,200}?:(?:\[\d{1,2}\])?)\s+(?=[A-Z\[])")
RUN_ON_CLOSING = re.compile(r"\s(?P<formula>(?:Humbly|Respectfully)\s+submitted|(?:Sincerely|Devotedly|Respectfully|Faithfully)\s+yours"
                            r"|Yours\s+(?:sincerely|faithfully)|With\s+(?:communist|comradely|warm)\s+greetings)[,.]?\s+"
                            rf"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{0,3}}\s+(?:\d{{1,2}}\s+{FULL_MONTH}|{FULL_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\.?)$")


# or from the addressee's name the editor glosses, the text's first sentence after it ("[…] Filippov
# [Stalin] On 12 May a meeting ..."; the editor's mark of what is left out above it its own line)
RUN_ON_GLOSSED = re.compile(r"^(?P<gap>\[(?:…|\.{3,4})\]\s+)?(?P<address>(?:(?:To|Com(?:\[rade\]|rade|\.))\s+)?"
                            # (not "To" itself: "To [Liu] Shaoqi and [Zhou] Enlai:" is an address up to its colon)
                            r"(?!To\s)[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}\s+\[[A-Z][^\[\]]{1,40}\][:,]?)"
                            r"\s+(?=[A-Z][a-z]*\s+(?:\d|[a-z]))")


# the record's title and date said again after the "Contents:" list: "Telegram from X to Y, 11 September 1962"
RUN_ON_TITLE = re.compile(r"^(?P<title>(?:Ciphered\s+)?(?:Telegram|Cable|Letter|Message|Report)\s+(?:from|of|to)\s+[^.!?]{3,200}?,\s+"
                          rf"(?:\d{{1,2}}\s+{FULL_MONTH}|{FULL_MONTH}\s+\d{{1,2}},)\s+\d{{4}})\s+")
# a marking of the Soviet cable's form run on before its text: "TOP SECRET", "Making Copies
# Prohibited", "Copy No. 1", "CIPHERED TELEGRAM", "TOP PRIORITY"
RUN_ON_MARKING = re.compile(rf"^(?P<marking>(?:TOP\s+)?SECRET|Making\s+Copies\s+Prohibited|Copy\s+No\.\s*\d{{1,3}}"
                            rf"|{CIPHERING_UPPER}\s+{CABLE_KIND_UPPER}|(?:TOP\s+)?PRIORITY|URGENT)\s+(?=[A-Z\[])")


RUN_ON_SIGNED = re.compile(r"(?<=[.!?])\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\s+"
                           rf"(?P<date>(?:\d{{1,2}}:\d{{2}}\s*[ap]\.\s?m\.,?\s+)?(?:\d{{1,2}}\s+{FULL_MONTH}|{FULL_MONTH}\s+\d{{1,2}})"
                           r"(?:,?\s+\[?\d{4}\]?)?\.?)$")


# a name alone at the end of the text, after a sentence's end: "... to Moscow. Kovalev" (the signature,
# no date after it, where the record's heading names that person)
RUN_ON_NAME_LAST = re.compile(r"(?<=[.!?])\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\.?$")


def _text_run_on(part: str, heading: str = "") -> list[str]:
    """The "Contents:" part of a record PDF's text run into one paragraph, the text run on to it:
    the address, the text, the closing formula, the signature with the date, and the archive's
    notes ("[1] The editors ...", the second "[1]" the first note's), each a line of its own."""
    marks = [m for m in re.finditer(r"\[(\d{1,2})\](?=\s|[A-Z])", part)]  # (the note's words glued to it: "[1]The full text")
    firsts = [m for m in marks if m.group(1) == "1"]
    notes: list[str] = []
    if len(firsts) > 1:  # the mark in the text, then the note: the notes begin at the second "[1]"
        start, expected, cuts = firsts[1].start(), 2, [firsts[1].start()]
        for m in marks:
            if m.start() > start and m.group(1) == str(expected):
                cuts.append(m.start())
                expected += 1
        notes = [part[a:b].strip() for a, b in zip(cuts, cuts[1:] + [len(part)])]
        part = part[:start].rstrip()
    lines = [part]
    listed = CONTENTS_LIST.match(part[len("Contents:"):].strip())
    if listed:
        # the record's title said again with its date, then the form's markings, run on before the
        # text ("... English Translation Telegram from ... to the USSR MFA, 11 September 1962 TOP
        # SECRET Making Copies Prohibited Copy No. 1 CIPHERED TELEGRAM In a conversation ..."): each a line
        rest, above = listed.group("rest"), []
        if titled := RUN_ON_TITLE.match(rest):
            above, rest = [titled.group("title")], rest[titled.end():]
        while marked := RUN_ON_MARKING.match(rest):
            above, rest = above + [marked.group("marking")], rest[marked.end():]
        if above:
            lines = [part[:len(part) - len(listed.group("rest"))].rstrip(), *above, rest]
    if listed:
        # the address (glossed or not) run on before the text: a line of its own; the list's words
        # before it when no line came between (the list's line holds the text's first line, as the reader reads it)
        run = lines[-1] if len(lines) > 1 else listed.group("rest")
        lead = "" if len(lines) > 1 else part[:len(part) - len(run)]
        head, end = [], 0
        if glossed := RUN_ON_GLOSSED.match(run):
            head = [*([glossed.group("gap").strip()] if glossed.group("gap") else []), glossed.group("address")]
            end = glossed.end()
        elif address := RUN_ON_ADDRESS.match(run):
            head, end = [address.group("address")], address.end()
        if head:
            lines[-1:] = [lead + head[0], *head[1:], run[end:]]
    closing = RUN_ON_CLOSING.search(lines[-1])
    signed = RUN_ON_SIGNED.search(lines[-1]) if closing is None else None
    if signed:  # (no formula: the name, then the hour and day, "... per this draft. Mao Zedong 12:00 p.m., 7 January [1950]")
        lines[-1:] = [lines[-1][:signed.start("name")].rstrip(), signed.group("name"), signed.group("date")]
    elif closing is None and (alone := RUN_ON_NAME_LAST.search(lines[-1])) and alone.start() > 0 \
            and re.search(rf"\b{re.escape(alone.group('name'))}\b", heading):
        # (no formula, no date: the name of the person the record's heading names, "from Kovalev to ...")
        lines[-1:] = [lines[-1][:alone.start()], alone.group("name")]
    if closing and closing.start() > 0:
        lines[-1:] = [lines[-1][:closing.start()], closing.group("formula") + lines[-1][closing.end("formula"):closing.start("name")].rstrip(),
                      closing.group("name")]
    return lines + notes


def _emphasis_over_lines(lines: list[tuple[int, str]], front_end: int) -> list[tuple[int, str]]:
    """Emphasis that runs over several lines of one paragraph (Markdown wraps a paragraph where
    it likes): those lines one line, at the first one's number, so that the emphasis is read as
    one stretch of words (and the paragraph as one); the lines of a block quotation ("> ") only
    with each other."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        number, line = lines[i]
        i += 1
        if number <= front_end or not line.strip() or ("*" not in line and "_" not in line):  # (no mark)
            out.append((number, line))
            continue
        rest = line
        for _, pattern in EMPHASIS:  # (the emphasis the line closes itself)
            rest = pattern.sub(r"\g<words>", rest)
        opening = OPENS.search(rest)
        end = _closing_line(lines, i, opening.group(1), QUOTE_MARKER.match(line) is not None) if opening else None
        if end is None:
            out.append((number, line))
            continue
        quoted = QUOTE_MARKER.match(line) is not None
        out.append((number, " ".join([line.rstrip()] + [(QUOTE_MARKER.sub("", l) if quoted else l).strip()
                                                        for _, l in lines[i:end + 1]])))
        i = end + 1
    return out


def _closing_line(lines: list[tuple[int, str]], start: int, mark: str, quoted: bool) -> int | None:
    """The index of the line, from start on, in the same paragraph (or block quotation), that
    closes the emphasis mark opened above; None when the paragraph ends first."""
    closes = re.compile(rf"(?<=[^\s*_]){re.escape(mark)}(?![\w*_])")
    for j in range(start, min(start + 8, len(lines))):
        following = lines[j][1]
        if (QUOTE_MARKER.match(following) is not None) != quoted:
            return None
        inner = QUOTE_MARKER.sub("", following) if quoted else following
        if not inner.strip() or re.match(r"^\s{0,3}(?:#|[-*+]\s|\d{1,2}[.)]\s|\||>)", inner):
            return None  # a blank line, a heading, an item, a table's row: the paragraph has ended
        if closes.search(inner):
            return j
    return None


def _emphasis(line: str, number: int, found: list[tuple[int, str, str]]) -> str:
    """The line without its emphasis marks; the words each emphasised, as they read without
    the marks, appended to found (the outer before the inner: "**bold *and italic* words**")."""
    spans = []
    for rend, pattern in EMPHASIS:
        spans.extend((rend, m.group("words")) for m in pattern.finditer(line))
        line = pattern.sub(r"\g<words>", line)
    for rend, words in spans:
        for _, pattern in EMPHASIS:
            words = pattern.sub(r"\g<words>", words)
        if words.strip():
            found.append((number, words, rend))
    return line


BULLET = re.compile(r"^\s*[•·▪]\s*")
SOURCE_UNDER = re.compile(r"^(?:Source|Sources|Printed in|Published in)\s*:\s*\S.{3,300}$")
# a field label set in bold at the start of its line: "**Citation:**", "**Citation**:", "__Summary:__"
BOLD_LABEL = re.compile(r"^\s*(?P<mark>\*\*|__)(?P<label>[A-Z][A-Za-z ]{2,30}?)(?::(?P=mark)|(?P=mark):)", re.M)
# the fields a record gives above its text (not the labels a page of the works has too, "Source:")
RECORD_FIELDS = {"citation", "summary", "original language", "date", "title", "author", "authors", "recipient",
                 "recipients"}
# a heading underlined ("July 5, 1950" / "============", "Ciphered Telegram, ..." / "------")
SETEXT = re.compile(r"^[ \t]{0,3}\S[^\n]*\n[ \t]{0,3}(?:={3,}|-{3,})[ \t]*$", re.M)
# a record's field label as a setext heading ("Citation:" / "---------"): a Markdown export's
SETEXT_LABEL = re.compile(r"^[ \t]{0,3}(?:Citation|Summary|Original Language):?[ \t]*\n[ \t]{0,3}(?:={3,}|-{3,})[ \t]*$",
                          re.M | re.I)


INLINE_TAG = re.compile(r"</?(?:em|i|strong|b|u|span|font|small|sup|sub|p|div)\b[^>]*>", re.I)
LINE_BREAK = re.compile(r"<br\s*/?>", re.I)
HTML_EMPHASIS = re.compile(r"<(em|i|strong|b)>([^<>]+)</\1>", re.I)


def _without_html(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A Markdown copy's HTML, as the page shows it: entities decoded ("&amp;", "&nbsp;",
    "&#8217;"), a line break (<br>) a new line, inline tags (<span>) their text; emphasis
    (<em>, <strong>) Markdown's, where the line holds the whole of it."""
    out = []
    for number, line in lines:
        if "&" in line:
            line = html.unescape(line).replace("\u00a0", " ")
        if "<" in line:
            # emphasis opened and closed on the line: Markdown's, which lines() reads
            for _ in range(2):  # (one inside the other: "<strong><em>...</em></strong>")
                line = HTML_EMPHASIS.sub(lambda m: (mark := "**" if m.group(1).lower() in ("strong", "b") else "*")
                                         + m.group(2) + mark, line)
            line = INLINE_TAG.sub("", line)
            out.extend((number, part) for part in LINE_BREAK.split(line))
        else:
            out.append((number, line))
    return out


def _front_matter_end(lines: list[tuple[int, str]]) -> int:
    """The line number of the "---" that closes YAML front matter opened on the first line (or
    of the "+++" closing TOML front matter), or 0."""
    if not lines or lines[0][1].strip() not in ("---", "+++"):
        return 0
    closers = ("+++",) if lines[0][1].strip() == "+++" else ("---", "...")
    return next((n for n, line in lines[1:40] if line.strip() in closers), 0)


class FrontMatterError(ValueError):
    """Front matter that cannot be read; line: the source's line."""

    def __init__(self, text: str, line: int):
        super().__init__(text)
        self.line = line


def _toml_front_matter(lines: list[tuple[int, str]], end: int) -> dict | None:
    """The fields of TOML front matter ("+++" / 'title = "..."' / "+++"), None when there is none."""
    if not end or lines[0][1].strip() != "+++":
        return None
    block = [line for n, line in lines if lines[0][0] < n < end]
    try:
        return tomllib.loads("\n".join(block) + "\n")
    except tomllib.TOMLDecodeError as error:
        at = re.search(r"line (\d+)", str(error))
        line = lines[0][0] + int(at.group(1)) if at else lines[0][0]
        raise FrontMatterError(f"the TOML front matter between the \"+++\" lines cannot be read ({error}): "
                               "correct it or remove it", line) from None


def _label(key: str) -> str:
    """A front-matter key as the page's label: "original_language" -> "Original language"."""
    return key.replace("_", " ").strip().capitalize()


def _yaml_scalar(value: str) -> str:
    """A quoted YAML string without its quotes; anything else as it is (a citation that only
    begins with the quoted title keeps its quotation marks)."""
    value = value.strip()
    if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'" and value[0] not in value[1:-1]:
        return value[1:-1]
    if re.fullmatch(r'"(?:[^"\\]|\\.)*"', value):  # its quotation marks escaped: "\"Cable, ...,\" May 5, ..."
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    if re.fullmatch(r"'(?:[^']|'')*'", value):  # (a single-quoted one doubles them: '... Stalin''s ...')
        return value[1:-1].replace("''", "'")
    return value


def _fields_after_text(lines: list[tuple[int, str]]) -> int | None:
    """The index of the first of the labelled fields ending a copy whose citation is only there
    ("... Mao Zedong" / "Date: March 2, 1950" / "Source: ..."): every line after it blank or a
    field given on its label's line; None where the copy cites its source before (a "Source:"
    under the text then is the text's note: SOURCE_UNDER)."""
    def field(line: str) -> str | None:
        match = LABEL.match(BULLET.sub("", line).strip())
        return LABELS.get(match.group("label").lower()) if match and match.group("rest").strip() else None

    at = len(lines)
    while at > 0 and (not lines[at - 1][1].strip() or field(lines[at - 1][1])):
        at -= 1
    cites = {"citation", "source"}
    if at == len(lines) or not cites & {field(l) for _, l in lines[at:]} \
            or any(field(l) in cites or BULLET.sub("", l).strip().rstrip(":").lower() in cites for _, l in lines[:at]):
        return None
    return next(i for i in range(at, len(lines)) if lines[i][1].strip())


def parse_record(lines: list[tuple[int, str]], source: str, reader: Reader, block_quoted: set[int] = frozenset(),
                 soft: frozenset[int] = frozenset()) -> RawTelegram:
    """Find the parts of a record in its lines, whatever order the page shows them in.
    block_quoted: the lines of a block quotation (Markdown's "> "); soft: the lines a soft line
    break joins to the line above (Markdown's, soft_breaks), where the sentence goes on."""
    parts: dict[str, list[tuple[int, str]]] = {}
    wrap = wrap_width(lines)  # the width the page's text was cut at, if it was
    current = "preamble"
    inline = False  # the current part's value began on its label's line
    body_start = None
    others: list[tuple[int, str, str]] = []  # the other versions the record holds (line, heading, part)
    in_quote = False  # the current part was labelled inside a block quotation ("> ## Excerpt"): it ends with it
    label_at: dict[str, int] = {}  # the line of each part's label, the first
    fields_after = _fields_after_text(lines)
    for index, (number, line) in enumerate(lines):
        stripped = BULLET.sub("", line).strip()  # the site's navigation is bulleted: "• Citation"
        if current == "body" and index == fields_after:
            current = "preamble"  # (the record's fields after its text: each its own part, as above it)
        if in_quote and stripped and number not in block_quoted:
            current, in_quote = "preamble", False
        match = LABEL.match(stripped)
        label = LABELS.get(match.group("label").lower()) if match else None
        if label is None and current != "body" and stripped.lower() in LABELS and _bare_label(stripped, lines[index + 1:]):
            label = LABELS[stripped.lower()]  # the site's newer pages: the label alone on its line, no colon
        if label in ("date", "author", "recipient") and current == "preamble" and match.group("rest").strip() \
                and FORM_FIELD.match(next((l.strip() for _, l in reversed(parts.get("preamble", [])) if l.strip()), "")):
            # the cable form's own "Date: August 1st, 1978" under its "From: the Romanian Embassy in Pyongyang"
            # (or "Sender: Pyongyang" over it, "TELEGRAM 066.808"): the text's line, not the record's field
            label = None
        if label == "contents" and current == "preamble" and match.group("rest").strip() \
                and not CONTENTS_LIST.match(match.group("rest").strip()):
            # the cable's own subject line among its form's, "Contents: Intention and Plan for Visiting India"
            # under "Priority Level: ..." (a Chinese cable's), no list of what the record holds: the text's
            label = None
        if current == "body" and label in BEFORE_THE_TEXT and match.group("rest") \
                and not any(l.strip() for _, l in parts.get("body", [])):
            # the record's fields between the text's marker and the text ("English HTML" / "Source:
            # APRF, ..." / "Record ID: 176331"): the record's, not the telegram's first lines
            parts.setdefault(label, []).append((number, match.group("rest")))
            label_at.setdefault(label, number)
            continue
        if current == "body" and not stripped.endswith(":") and stripped.lower() not in TRAILING:
            label = None  # inside the text only a part label alone on its line ends it
        elif current == "body" and (stripped.rstrip(":").lower() in TRAILING):
            current = LABELS[stripped.rstrip(":").lower()]
            continue
        elif current == "body" and label in ("citation", "summary", "language", "credits", "author") \
                and not match.group("rest"):
            current = label  # the record's parts after its text: "Citation:" alone on its line ends the text
            continue
        if label and current != "body":
            current = label
            label_at.setdefault(label, number)
            in_quote = number in block_quoted and label != "body"
            inline = bool(match and match.group("rest"))
            rest = match.group("rest") if inline else ""
            if label == "contents" and (listed := CONTENTS_LIST.match(rest)) and listed.group("rest").strip():
                rest = listed.group("rest")  # (the PDF's list, the text run on to it: the text alone)
            if inline:
                parts.setdefault(current, []).append((number, rest))
            if label == "contents":
                body_start = index + 1
            continue
        if not stripped and inline and current not in ("body", "preamble"):
            # "**Summary:** ..." given on the label's line ends at a blank line: what follows, when
            # no other label or heading claims it, is the text (a record without "Contents")
            current, inline = "loose", False
            continue
        if BODY_MARKERS.match(stripped) and current != "body":
            current, inline = "body", False
            body_start = index + 1
            continue
        if current in ("language", "record-language") and PDF_LIST.match(stripped):
            # the PDF's list of what it holds under an empty "Original Language:", the copy without
            # the record's "Contents" label: the text follows it
            current, inline = "body", False
            body_start = index + 1
            continue
        other = VERSION.match(stripped)
        if other and not BODY_MARKERS.match(stripped) and (other.group("lang") or other.group("lang2")).lower() != "english":
            current = f"version {number}"  # "Transcript - Russian": the original, not the translation
            others.append((number, stripped, current))
            continue
        if current == "contents" and not any(l.strip() for _, l in parts.get("contents", [])) \
                and (listed := CONTENTS_LIST.match(stripped)):
            # the record PDF's list of what it holds, "English Translation Scan of Original Document",
            # the text's first words run on to it in a copy of the PDF's text: not the text
            line = listed.group("rest")
            if not line.strip():
                continue
        # a bullet stays in the text only (a list there)
        parts.setdefault(current, []).append((number, line if current == "body" else BULLET.sub("", line)))

    ocr = _ocr_digits(parts)
    preamble = [(n, l) for n, l in parts.get("preamble", []) if l.strip() and not FURNITURE.match(l.strip())]
    warnings = ocr
    record = RawTelegram(source=source, reader=reader.name, position=1, line=1,
                         publication=Publication(kind="archive-record"), warnings=warnings)

    # The record's date: the first line that is only a date, or a labelled one ("Date: January 20, 1949",
    # and in any form a date takes there: "Date: 22 Jan 51", "Date: 22/I-51")
    dated = [(line, False) for _, line in preamble] + [(line, True) for _, line in parts.get("date", []) if line.strip()]
    for line, labelled in dated:
        if RECORD_DATE.match(line.strip()) or (labelled and record_date(line.strip()) is not None):
            record.date_text = line.strip()
            break

    # The citation: labelled, or the paragraph that quotes the title and names the archive.
    citation_blocks = lines_to_blocks(parts.get("citation", []), wrap)
    citation = " ".join(b.text for b in citation_blocks if not FURNITURE.match(b.text))
    preamble_blocks = lines_to_blocks(preamble, wrap)
    if not citation:
        for block in preamble_blocks:
            if re.match(r"^[\"“]", block.text) and DIGITAL_ARCHIVE.search(block.text):
                citation = block.text
                break
    if not citation:  # ... its line run on to the one above by a copy that sets every line apart
        quoted = next((i for i, (_, line) in enumerate(preamble)
                       if re.match(r"^\s*[\"“]", line) and DIGITAL_ARCHIVE.search(line)), None)
        if quoted is not None:
            citation = lines_to_blocks(preamble[quoted:], wrap)[0].text
    source_blocks = lines_to_blocks(parts.get("source", []), wrap)
    # (the site's rights paragraph under the "Source" line, no heading between them: the page's, not the citation's)
    rights = next((i for i, b in enumerate(source_blocks) if RIGHTS.match(b.text)), len(source_blocks))
    source_part = " ".join(b.text for b in source_blocks[:rights])
    if not citation:  # a copy that gives only the record's "Source: APRF, f. 45, ..."
        citation = source_part
    if not citation:  # ... or gives it unlabelled under "Document Information", above the rights
        citation = source_part = next((b.text for b in lines_to_blocks(parts.get("information", []), wrap)
                                       if (_NOT_PRINTED.search(b.text) or _PRINTED_CITED.search(b.text))
                                       and not RIGHTS.match(b.text)), "")
    empty = next((label_at[k] for k in ("source", "information") if k in label_at), None)
    if not citation and empty is not None:
        # the record's own "Source" part, left empty by the page or the copy: the record is the site's,
        # its text whole; the archive it cites is what is missing
        warnings.append((empty, "the record's 'Source' is empty: the source citation (the archive and its "
                         "file) is missing from the TEI; add it under 'Source' from the record's page", "no-citation"))
        record.publication.uncited = ("The record's 'Source' is empty in the copy: the archive and the file it "
                                      "cites are not given.")
    elif not citation:
        # an archive's file cited on a line of its own, no label over it: said, not taken (a note
        # of the text may cite one as well)
        unlabelled = next(((n, l.strip()) for n, l in lines if SHELFMARK.search(l) or ARCHIVE_NAMED.search(l)), None)
        if unlabelled is not None:
            number, line = unlabelled
            raise reader.fail(source, number, f"no citation found under a label: line {number} cites an archive "
                              f"('{line[:80]}{'...' if len(line) > 80 else ''}') with no 'Citation' or 'Source' "
                              "label over it; if it is the record's citation, put 'Source:' before it")
        raise reader.fail(source, 1, "no citation found: a Wilson Center record names its archive in a "
                          "'Citation' or 'Source' part, or under 'Document Information'; check that this is a whole "
                          "record, or pick another --format")
    # (the share box's address under it, the one the citation ends with: not said twice; the
    # paragraph holding both still the citation's, not the summary's)
    cited_block = citation.strip()
    citation = re.sub(r"(\b(?:https?://|www\.)\S+)\s+\1\s*$", r"\1", citation.strip())
    record.publication.citation = clean_inline(citation)
    if source_part != citation:  # "APRF, f. 45, ...; also AVP RF, f. 059a, ...": a second archive's copy too
        record.publication.archival = clean_inline(source_part)
    quoted = re.match(r"^[\"“](.+?)[,.]?[\"”]", record.publication.citation)
    if not record.date_text and quoted:  # no date line: the date after the quoted title ("...," January 25, 1950, ...)
        cited = re.match(r"\s*,?\s*([^,]+,\s*1[89]\d\d|\d{1,2}\s+\w+\s+1[89]\d\d|1[89]\d\d)\s*,",
                         record.publication.citation[quoted.end():])
        if cited and RECORD_DATE.match(cited.group(1).strip()):
            record.date_text = cited.group(1).strip()

    if not record.date_text and quoted:
        # the record PDF's heading, its date and title on one line ("September 26, 1949 Cable with
        # Message from ..."), where the citation lost the date's month
        for _, line in preamble:
            dated_title = re.match(r"^(?P<date>.+?\b1[89]\d\d)\s+(?P<title>\S.*)$", line.strip())
            if dated_title and RECORD_DATE.match(dated_title.group("date")) \
                    and _same_title(dated_title.group("title"), quoted.group(1)):
                record.date_text = dated_title.group("date")
                break

    # The title: a line of its own, or else the quoted part of the citation.
    title_block = None
    titled = lines_to_blocks([(n, l) for n, l in parts.get("title", []) if l.strip()], wrap)
    candidates = titled + preamble_blocks
    dated_at = next((i for i, b in enumerate(preamble_blocks) if b.text == record.date_text), None)
    if not titled and not quoted and dated_at:
        # the site's record is its date, then its title: what a copy holds above the date (the
        # description of the record listed before it, "A letter from X to Y about ...") is not the title
        candidates = preamble_blocks[dated_at:]
    for block in candidates:
        if block.text == record.date_text or block.text == citation or FURNITURE.match(block.text):
            continue
        if quoted and _same_title(block.text, quoted.group(1)):
            title_block = block
            break
        if not quoted and len(block.text) < 200:  # a citation without the title: the record's first line
            title_block = block
            break
    if title_block is not None:
        record.title, record.title_line = clean_inline(title_block.text), title_block.line
    elif quoted:
        record.title = quoted.group(1).strip()
        record.title_line = next((b.line for b in preamble_blocks if b.text == citation), 1)
    else:
        raise reader.fail(source, 1, "no title found: the citation should begin with the quoted title")

    # The text in the preamble (the site's pages since 2023, scraped: no part heads it)
    body_lines = parts.get("body", []) or parts.get("contents", [])
    in_preamble = [] if any(l.strip() for _, l in body_lines + parts.get("loose", [])) else \
        _text_after_title(parts.get("preamble", []), preamble_blocks, title_block, record, "summary" in parts)
    # The summary: labelled, or the preamble paragraph that is neither date, title nor citation.
    summary_blocks = lines_to_blocks(parts.get("summary", []), wrap, soft)
    if in_preamble:
        body_lines, summary_blocks = in_preamble
    elif not summary_blocks:
        summary_blocks = [b for b in preamble_blocks
                          if b.text not in (record.date_text, citation, cited_block) and b is not title_block
                          and not _same_title(b.text, record.title) and len(b.text) > 60]
        credits = [b for b in summary_blocks if CREDITS_LINE.match(b.text)]
        if credits and len(summary_blocks) > 1:  # the funder's line over "• Citation": the credits, not the summary
            record.credits = record.credits or clean_inline(credits[0].text)
            summary_blocks = [b for b in summary_blocks if b not in credits]
    if not in_preamble and len(summary_blocks) > 1 and parts.get("summary") \
            and not any(l.strip() for _, l in body_lines + parts.get("loose", [])):
        # a copy without the record's "Contents" part (a clipper's, a page copied in part): the text
        # runs on under the summary's heading, the first paragraph the summary (it was refused: no text)
        body_lines = [(n, l) for n, l in parts["summary"] if n >= summary_blocks[1].line]
        summary_blocks = summary_blocks[:1]
    record.summary = clean_inline(" ".join(b.text for b in summary_blocks))
    # "Original Language", else the newer pages' "Language" (the document's, not the translation's)
    record.original_language = clean_inline(" ".join(l for _, l in parts.get("language", parts.get("record-language", []))
                                                     if l.strip()))
    record.credits = clean_inline(" ".join(l for _, l in parts.get("credits", []) if l.strip())) or record.credits
    # "Author(s): Kovalev, Ivan Vladimirovich, 1901-1993": whom the record names as the writer
    record.authors = [clean_inline(l) for _, l in parts.get("author", []) if l.strip() and not FURNITURE.match(l.strip())]
    record.recipients = [clean_inline(l) for _, l in parts.get("recipient", []) if l.strip() and not FURNITURE.match(l.strip())]

    fill_from_citation(record, book_cited_is_source=not reader.site_page)
    # a copy's fields may name them apart from the citation
    translator = clean_inline(" ".join(l for _, l in parts.get("translator", []) if l.strip()))
    if translator and not record.translator:
        record.translator = re.sub(r"^translated\s+by\s+", "", translator, flags=re.I).rstrip(".")
    url = URL.search(" ".join(l for _, l in parts.get("url", [])))
    if url and not record.publication.url:
        record.publication.url = url.group(1).rstrip(".,")
    record_id = next((l.strip() for _, l in parts.get("record-id", []) if re.fullmatch(r"\d{3,7}", l.strip())), "")
    if record_id and not record.publication.url:  # the address the site's own citations give a record
        record.publication.url = f"https://digitalarchive.wilsoncenter.org/document/{record_id}"

    if not any(l.strip() for _, l in body_lines):
        body_lines = parts.get("loose", [])
        # the record's heading above the text ("# Telegram from ..." after its fields) is not text
        while body_lines and (not body_lines[0][1].strip() or _same_title(body_lines[0][1], record.title)):
            body_lines = body_lines[1:]
    # the record's title said again over the text with the date after it ("Telegram from ... to the
    # USSR MFA, 18 October 1962"): the record's heading, not the text (nor the markings' first line)
    first = next((i for i, (_, line) in enumerate(body_lines) if line.strip() and not _contents_line(line)), None)
    if first is not None and _same_title(_DATE_AFTER.sub("", body_lines[first][1].strip()), record.title) \
            and _DATE_AFTER.search(body_lines[first][1].strip()):
        body_lines = body_lines[:first] + body_lines[first + 1:]
    # The PDF viewer's messages end the text.
    for cut, (_, line) in enumerate(body_lines):
        if VIEWER.match(line.strip()):
            body_lines = body_lines[:cut]
            break
    # "Source: Peng Dehuai junshi wenxuan, pp. 331-332." under the text: the record's, not the telegram's
    filled = [i for i, (_, line) in enumerate(body_lines) if line.strip()]
    if filled and SOURCE_UNDER.match(body_lines[filled[-1]][1].strip()):
        record.publication.notes.append(clean_inline(body_lines[filled[-1]][1].strip()))
        body_lines = body_lines[:filled[-1]]
    blocks = [b for b in lines_to_blocks(body_lines, wrap, soft)
              if not FURNITURE.match(BULLET.sub("", b.text)) and not HTML_TAGS_ALONE.match(b.text.strip())]
    # Markdown's "> ": a block quotation (not where the copy sets the whole text so: the text itself)
    if not all(block.line in block_quoted for block in blocks):
        for block in blocks:
            if block.line in block_quoted:
                block.kind = "quote"
    if not blocks:
        raise reader.fail(source, body_start and lines[min(body_start, len(lines) - 1)][0] or 1,
                          "the record has no text: the translation should follow 'Contents' or "
                          "'English HTML'")
    for block in blocks:  # (the editor's bracket left open before the next: "Wu [Xiuquan [and] Qiao [Guanhua]:")
        closed = STRAY_BRACKET.sub(r"[\1]", block.text)
        if closed != block.text:
            record.warnings.append((block.line, f"a bracket is not closed before the next opens ('{block.text[:50]}'): "
                                    "closed after its word; check the copy against the page", "stray-bracket"))
            block.text = closed
    record.blocks = blocks
    record.line = blocks[0].line
    for number, heading, part in others:
        if any(l.strip() for _, l in parts.get(part, [])):
            record.warnings.append((number, f"the record also holds '{heading}': only the English translation is "
                                    "converted (the other version is left out of the TEI)", "other-version"))
    return record


# the parts of a record whose numbers are read with OCR's letters made digits, and what the
# warning calls them; the text's are not (its dates are the witness's words: said, not read)
_OCR_PARTS = {"preamble": "the record", "date": "the date", "title": "the title", "citation": "the citation",
              "source": "the source", "summary": "the summary"}


def _ocr_digits(parts: dict[str, list[tuple[int, str]]]) -> list[tuple[int, str, str]]:
    """A copy read by OCR ("March l9, l949"): the record's date, title and citation with the
    letters made digits (in parts), the text's dates said to be unread; the warnings, by line."""
    warnings = []
    for part, lines in parts.items():
        if part in _OCR_PARTS:
            fixed = [(n, ocr_numbers(l)) for n, l in lines]
            warnings += [ocr_warning(n, l, f, "read as", _OCR_PARTS[part]) for (n, l), (_, f) in zip(lines, fixed) if f != l]
            parts[part] = fixed
        elif part in ("body", "contents", "loose"):
            warnings += [ocr_warning(n, l, ocr_digits(l), "the date is not read") for n, l in lines if ocr_digits(l) != l]
    return sorted(warnings)


def _part_number(text: str) -> int | None:
    m = PART.match(text.strip())
    if m is None:
        return None
    if m.group("ord"):
        return _ORDINALS.index(m.group("ord").lower()) + 1
    n = m.group("n")
    return int(n) if n.isdigit() else roman_number(n)


# the heading of the answer a record prints under the telegram: "Reply:", "Answer:", "Stalin's Reply:"
# ("Reply of Comrade Filippov:", "Answer from Moscow:")
REPLY_HEAD = re.compile(r"^(?:the\s+)?(?:[A-Z][\w\-]+['’]s\s+)?(?:reply|answer|response)"
                        r"(?:\s+(?:of|from|by)\s+(?:Comrade\s+|Cde\.\s+)?[A-Z][\w\-’'. ]{1,40}?)?\s*:?$", re.I)


def _split_reply(record: RawTelegram) -> list[RawTelegram]:
    """A record that prints the answer under the telegram, under a heading of its own ("Reply:",
    "Answer:"): two telegrams, the answer from the telegram's addressee to its sender, dated by
    its own dateline (the record's date is the telegram's); else the record as it is."""
    heads = [i for i, b in enumerate(record.blocks) if b.kind == "text" and REPLY_HEAD.match(b.text.strip())]
    from ..transforms.structure.lines import is_dateline, is_signature  # (the transforms read the sources' model)
    if not heads and (at := _unheaded_answer(record, is_dateline, is_signature)) is not None:
        # (no heading over it: the addressee's few words signed and dated under the signed telegram)
        return _answer_split(record, at, at)
    if len(heads) != 1 or not 1 < heads[0] < len(record.blocks) - 1:
        return [record]
    at = heads[0]
    # (under the telegram's closing lines, its copies or routing lines after them: not "Reply of the
    # Chinese government:" quoting one in the text)
    if not any(is_dateline(b.text) or is_signature(b.text) for b in record.blocks[max(1, at - 3):at]):
        return [record]
    return _answer_split(record, at, at + 1, part=record.blocks[at].text.strip())


def _answer_split(record: RawTelegram, at: int, start: int, **answer) -> list[RawTelegram]:
    """The telegram (the record's blocks before `at`) and the answer under it (from `start`: the
    heading between them, if any, left out), each with the warnings of its own lines."""
    line = record.blocks[start].line
    first = replace(record, blocks=record.blocks[:at], footnotes=dict(record.footnotes), answered=True,
                    warnings=[w for w in record.warnings if w[0] < record.blocks[at].line])
    return [first, replace(record, position=record.position + 1, line=line, reply=True, blocks=record.blocks[start:],
                           footnotes=dict(record.footnotes), telegram_number="",
                           warnings=[w for w in record.warnings if w[0] >= line], **answer)]


def _title_sides(title: str) -> tuple[set[str], set[str]]:
    """The words of a record's title before its " to " and after it, in small letters ("Cable,
    Liu Shaoqi to Chairman Mao [Zedong]": the sender's side, the addressee's)."""
    before, to, after = re.sub(r"^[^,]*,\s*", "", title).partition(" to ")
    words = lambda side: {w.lower() for w in re.findall(r"[A-Z][\w'’-]+", side)}
    return (words(before), words(after)) if to else (set(), set())


def _unheaded_answer(record: RawTelegram, is_dateline, is_signature) -> int | None:
    """Where the addressee's answer begins that a record prints under the telegram with no heading
    over it: the telegram's closing lines, its sender's name (by the title) and a date, then a few
    words, signed by its addressee (by the title) and dated ("Liu Shaoqi" / "January 22, 1950" /
    "I completely agree with meeting this request." / "Mao Zedong" / "January 25, 1950"); or None."""
    blocks = record.blocks
    if len(blocks) < 5 or any(b.kind != "text" for b in blocks[-5:]):
        return None
    sender, addressee = _title_sides(record.title)

    def signer(block, side, other_side):  # a name alone, its words the title's on that side and none of the other's
        words = {w.lower() for w in re.findall(r"[\w'’-]+", block.text)}
        return is_signature(block.text) and words & side and not words & other_side
    last = blocks[-2:]  # the answer's closing lines: its signature and its date, in either order
    if not any(signer(b, addressee, sender) for b in last) or not any(is_dateline(b.text) for b in last):
        return None
    for at in range(len(blocks) - 3, max(1, len(blocks) - 6), -1):
        above = blocks[at - 2:at]
        words = blocks[at:len(blocks) - 2]
        if any(signer(b, sender, addressee) for b in above) and any(is_dateline(b.text) for b in above) \
                and sum(len(b.text) for b in words) < 400 and not any(is_dateline(b.text) or is_signature(b.text) for b in words):
            return at
    return None


def split_parts(record: RawTelegram) -> list[RawTelegram]:
    """A record whose text is several cables, each under its heading ("Cable No. 1", "Cable
    No. 2", numbered from one), as one telegram each: the record's metadata shared, each
    dated by its own dateline; so where each is under its own number, "No. 7110", the title
    lists ("Ciphered Telegrams No. 7110 and No. 7125").  Otherwise the record as it is ("CIPHERED TELEGRAM No. 25512"
    above one text is the cable's own number)."""
    heads = [i for i, b in enumerate(record.blocks) if _part_number(b.text) is not None]
    numbers = [_part_number(record.blocks[i].text) for i in heads]
    own_numbers: dict[int, str] = {}
    if numbers != list(range(1, len(heads) + 1)) or len(heads) < 2:
        # or each under its own number, the numbers the title lists, each once
        own_numbers = {i: m.group("n") for i, b in enumerate(record.blocks) if (m := NUMBER_HEAD.match(b.text.strip()))
                       and re.search(rf"(?<!\d){m.group('n')}(?!\d)", record.title)}
        heads = sorted(own_numbers)
        if len(set(own_numbers.values())) != len(heads):
            return [record]
    if len(heads) < 2 or heads[0] != 0 or any(b - a < 2 for a, b in zip(heads, heads[1:] + [len(record.blocks)])):
        return [record]
    parts = []
    spans = list(zip(heads, heads[1:] + [len(record.blocks)]))
    for position, (start, end) in enumerate(spans, 1):
        blocks = record.blocks[start + 1:end]
        # the warnings of the lines of its own text; the record's own (its citation, title,
        # another version it holds) the first cable's, so said once
        first, last = record.blocks[start].line, record.blocks[end - 1].line
        own = [w for w in record.warnings if first <= w[0] <= last or position == 1 and not any(
            record.blocks[a].line <= w[0] <= record.blocks[b - 1].line for a, b in spans)]
        parts.append(replace(record, position=position, line=blocks[0].line, part=record.blocks[start].text,
                             blocks=blocks, footnotes=dict(record.footnotes), warnings=own,
                             telegram_number=own_numbers.get(start, record.telegram_number)))
    return parts


# an opening bracket round one capitalised word that another opens after before it closes: "[Xiuquan [and]"
STRAY_BRACKET = re.compile(r"\[([A-Z][\w'’-]*)(?=\s+\[[^\[\]]*\])")


# a line of a cable's form over its text, its label or its name and number: "From: the Romanian Embassy in
# Pyongyang", "To: Comrade Constantin Oancea", "Sender: Pyongyang", "No.: 059.156", "TELEGRAM 066.808"
FORM_FIELD = re.compile(r"^(?:(?:To|From|Sender|Addressee|No\.|Number|Classification|Subject)\s*:\s*\S"
                        r"|(?i:telegram|cable|ciphergram)\s+(?:No\.?\s*)?\d[\d./]*$)")


# the site's rights statement under "Document Information" (with or without its "Rights" label)
RIGHTS = re.compile(r"^(?:The History and Public Policy Program welcomes|To enquire about this document)", re.I)
# a funder's line under the title ("This document was made possible with support from ..."): the
# older pages' "Credits"
CREDITS_LINE = re.compile(r"^This document was made possible with (?:the )?(?:generous )?support\b", re.I)


def _text_after_title(lines: list[tuple[int, str]], blocks: list, title_block, record: RawTelegram,
                      labelled_summary: bool) -> tuple[list[tuple[int, str]], list] | list:
    """The text of a record whose page shows it under its title with no part heading it (the
    site's pages since 2023, as scraped: date, title, text, the record's description, then
    "Author(s)", "Document Information"): (the text's lines, the summary's blocks: the last
    paragraph, the description, unless the record labels one), or [] when there is none.
    A funder's line under the title is the record's credits."""
    if title_block is None or title_block not in blocks:
        return []
    after = [b for b in blocks[blocks.index(title_block) + 1:] if b.text != record.date_text]
    run_on = None  # the first line of the text, where the funder's line was joined to it
    while after and CREDITS_LINE.match(after[0].text):
        own = next((l.strip() for n, l in lines if n == after[0].line), after[0].text)
        record.credits = record.credits or clean_inline(own)
        if own != after[0].text and CREDITS_LINE.match(own):
            # (a copy without blank lines: the funder's line, no stop at its end, and the text's first,
            # "to Cde. I. V. STALIN", were read as one paragraph)
            run_on = next((n for n, l in lines if n > after[0].line and l.strip()), None)
            after = after[1:]
            break
        after = after[1:]
    summary = [] if labelled_summary or len(after) < 2 else after[-1:]
    if summary and _date_alone(summary[0].text.strip()):
        summary = []  # the text's last line a date alone ("20 April 1961"): the dateline, no description
    # (the text's last note, "[2] Telegram of ...", its mark in the text above: a copy that lost the
    # description under the notes)
    note = summary and re.match(r"\[(\d{1,3})\]\s", summary[0].text)
    if note and any(f"[{note.group(1)}]" in b.text for b in after[:-1]):
        summary = []
    if not after[:len(after) - len(summary)] and run_on is None:
        return []
    first, end = run_on or after[0].line, summary[0].line if summary else float("inf")
    return [(n, l) for n, l in lines if first <= n < end], summary


def _date_alone(text: str) -> bool:
    """A date and nothing else ("20 April 1961", "13.1.51"); not a description that names a date
    ("... reaction to Stalin's telegram of August 29, 1950.")."""
    return bool(RECORD_DATE.match(text)) or (len(text.split()) <= 4 and record_date(text) is not None)


def _bare_label(line: str, after: list[tuple[int, str]]) -> bool:
    """A label alone on its line, without a colon, heads a part ("Source", "Rights"); but
    "Citation" alone is also the older pages' button, a part only when the quoted citation follows."""
    if not FURNITURE.match(line):
        return True
    following = next((l.strip() for _, l in after if l.strip()), "")
    return bool(re.match(r"^[\"“]", following))


# the site's markup left in the scraped text, a line of tags alone: "<br />", "<p></p>"
HTML_TAGS_ALONE = re.compile(r"^(?:<\s*/?\s*[a-zA-Z][\w-]*(?:\s+[^<>]*)?/?\s*>\s*)+$")


def _contents_line(line: str) -> bool:
    """The record's "Contents:" label or its list alone ("English Translation") on a line."""
    listed = CONTENTS_LIST.match(line.strip())
    return line.strip().startswith("Contents:") or bool(listed and not listed.group("rest").strip())


# a date after a title and a comma: ", 18 October 1962", ", October 18, 1962"
_DATE_AFTER = re.compile(r",\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+1[89]\d\d|[A-Z][a-z]+\.?\s+\d{1,2},\s+1[89]\d\d)\.?$")


def _same_title(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()
    return norm(a) == norm(b)


def fill_from_citation(record: RawTelegram, book_cited_is_source: bool = False) -> None:
    """Read the citation's conventional parts: URL, translator, contributor, reprint (and,
    book_cited_is_source, a book's whole citation naming no archive: the book is the source)."""
    citation = record.publication.citation
    pub = record.publication
    url = URL.search(citation)
    if url:
        pub.url = url.group(1).rstrip(".,")
    record.translator = translator_in(citation) or record.translator
    contributed = re.search(r"Contributed by " + CITED_NAME, citation)
    if contributed:
        record.contributor = contributed.group(1).strip()
    record.obtained = obtained_in(citation)
    reprint = re.search(r"\bReprinted in\s+", citation)
    if reprint:  # up to the citation's next part ("... (Taipei: ..., 2003), vol. 2, pp. 603-605. https://...")
        rest = citation[reprint.end():]
        pub.reprint = _before_tail(rest).strip(" .,;")
    collection = re.search(r"(History and Public Policy Program Digital Archive|Wilson Center Digital Archive"
                           r"|[A-Z][\w ]* Digital Archive)", citation)
    if not collection and book_cited_is_source:
        from .collected_works import cited_book  # (that module reads this one's emphasis: imported here)
        book = cited_book(citation)
        # a copy of a book's text, its title and pages or imprint cited ("Sino-Soviet Relations, 1911-57,
        # Moscow 1959"): the book is the source (not an archive's file and leaves, "AVP RF, f. 059a, op.
        # 5a, d. 3, p. 11, l. 92": the archive's record still)
        # (its place and year alone credit a book, never a serial: "Pravda, Moscow, 1950", "... Bulletin, Issue
        # 8-9 (Winter 1996)" stay the archive's copy, as a serial's place and year are no imprint)
        if book.title and (book.pages or book.place and book.date and not _a_serial(book.title, citation)) \
                and not _NOT_PRINTED.search(_before_tail(citation)):
            book.url, book.reprint = pub.url, pub.reprint
            record.publication = book
            return
    pub.title = collection.group(1) if collection else "Wilson Center Digital Archive"
    pub.publisher = "Wilson Center"
    if collection:  # what the archive's copy was made from, when a book or journal ("Dang de wenxian ..., pp. 8-9")
        printed = _printed_source(citation[collection.end():])
        # (or the book an archive's document is reproduced in: "Central Archives of the CCP;
        # reproduced in Jianguo yilai Mao Zedong wengao, vol. 1 (...), pp. 643-644.")
        reproduced = re.search(r"[,;.]\s*(?:reproduced|printed|published)\s+in\s+", citation[collection.end():], re.I)
        if not printed and reproduced:
            printed = _printed_source(citation[collection.end() + reproduced.end():], archive_named=True)
        if printed:
            pub.first_published = printed


# an issue or number of a serial cited: "Issue 8-9", "No. 2", "Nos. 6-7", "Number 4"; an issue's season,
# "Autumn 1996", "(Winter 1996)"; an issue's month or day in its parentheses, "(March 1950)", "(March 3, 1950)"
# (not a volume and its year alone, "vol. 35, 1966": a multi-volume book's; nor a date elsewhere, the
# cited document's own: "..., telegram of 2 March 1950")
_ISSUE_DATE = rf"(?:{FULL_MONTH})\s+(?:\d{{1,2}},\s*)?\d{{4}}|\d{{1,2}}\s+(?:{FULL_MONTH})\s+\d{{4}}"
_ISSUE_CITED = re.compile(rf"\b{ISSUE_LABEL}\s*\d|\b(?:Spring|Summer|Autumn|Fall|Winter)\s+\d{{4}}"
                          rf"|\((?:{_ISSUE_DATE})\)")
# a periodical's head noun: the last word of its title (a newspaper's too, "... Times", "... Daily"), a
# Russian title's first ("Voprosy istorii") or its last after an adjective ("Diplomaticheskii vestnik",
# "Istoricheskii arkhiv", "Novaia i noveishaia istoriia")
_SERIAL_LAST = re.compile(rf"(?:{SERIAL_HEADS}|Times|News|Daily|Weekly)", re.I)
_SERIAL_FIRST = re.compile(SERIAL_HEADS_FIRST, re.I)
_RUSSIAN_SERIAL = re.compile(r"(?:.*\s)?\w+(?:ii|yi|ij|yj|aia|aya|aja)\s+(?:vestnik|arkhiv|istori[iy]a)", re.I)


def _a_serial(title: str, citation: str) -> bool:
    """Whether a citation's title is a periodical's, on the evidence of one: a newspaper, its title's head
    noun ("... Bulletin", "Far Eastern Affairs", "Voprosy istorii", "Diplomaticheskii vestnik"), an issue,
    a number or an issue's season cited, or its date right after the title ("Pravda, March 3, 1950")
    (not "Sino-Soviet Studies, Moscow 1959", a book's title, its place and year)."""
    words = title.split()
    after_title = citation[citation.find(title) + len(title):] if title in citation else ""
    return bool(re.fullmatch(NEWSPAPERS, title) or words and (_SERIAL_LAST.fullmatch(words[-1]) or _SERIAL_FIRST.fullmatch(words[0]))
                or len(words) == 1 and PERIODICAL.fullmatch(title) or _RUSSIAN_SERIAL.fullmatch(title)
                or _ISSUE_CITED.search(citation) or re.match(rf"\s*,\s*(?:{_ISSUE_DATE})", after_title))


# the citation's parts after the source: its translator, contributor, reprint, address
_CITATION_TAIL = re.compile(r"(?:^|\.\s+|,\s+)(?:Translated|Contributed|Obtained|Reprinted|Translation|Edited|Published)\b"
                            r"|\s*https?://|\s*<https?://", re.I)
# a shelfmark, an archive's or a collection's name: not a printed source
_NOT_PRINTED = led(re.compile(rf"\b(?:archives?|archiv\w*|fond|f\.\s*\d|opis|op\.\s*\d|delo|d\.\s*\d|{RUSSIAN_ARCHIVE}|"
                              r"SAPMO|collection|files?|records?|library|"
                              r"no\.\s*\d{3}-\d{5}|obtained)\b", re.I))


def _before_tail(citation: str) -> str:
    """A citation up to its tail ("Translated by ...", "Contributed by ..."), or all of it."""
    tail = _CITATION_TAIL.search(citation)
    return citation[:tail.start()] if tail else citation


# a book's volume and page, "Mao wengao, vol. 4, p. 480. Translated for CWIHP by Chen Jian.": the
# source the record cites when it names no archive
_PRINTED_CITED = re.compile(r"\b(?i:vol)\.\s*\d+.*?\bpp?\.\s*\d+")


def _printed_source(rest: str, archive_named: bool = False) -> str:
    """The book or journal a record's citation names after the archive's collection
    ("..., Digital Archive, Dang de wenxian (Party Historical Documents), no. 5 (2000), pp.
    8-9. Translated by ..."), or "" when it names an archive or nothing (archive_named: rest
    follows "reproduced in", a book whatever words its title has: "... Archives ...")."""
    rest = rest.lstrip(" ,.")
    printed = _before_tail(rest).strip(" ,.")
    if len(printed) < 8 or not archive_named and _NOT_PRINTED.search(printed) \
            or len(re.findall(r"[^\W\d_]{2,}", printed)) < 2 \
            or re.search(r"\d{3}-\d{5}-\d{2}", printed) \
            or not re.search(r"\b(?:pp?\.|no\.|vol\.|issue|\(\d{4}\)|\d{4})", printed, re.I):
        return ""  # (a title of words, not a file's number and pages: "PRC FMA 109-00027-01, 1-4.")
    return printed + "."
