"""The reader base class and the line handling every reader shares."""

from __future__ import annotations

import re
from typing import Iterable

from ..authority import APOSTROPHES, ONE_APOSTROPHE, _strip_accents, any_apostrophe
from ..memo import per_source
from ..messages import SourceError
from .model import Block, RawTelegram
from ..regexes import led

SENTENCE_END = re.compile(r"[.!?:;,\"”“'’)\]]$")

# the superscript figures a note's mark may be printed in ("Jeleń¹", "¹ The telegram ..."), "⁰" to "⁹":
# the one table of the readers and the transforms; RAISED "12" -> "¹²", LOWERED back
SUPERSCRIPT_FIGURES = "⁰¹²³⁴⁵⁶⁷⁸⁹"
RAISED = str.maketrans("0123456789", SUPERSCRIPT_FIGURES)
LOWERED = str.maketrans(SUPERSCRIPT_FIGURES, "0123456789")


class Reader:
    """Turns one source text into telegram records.  Subclasses set name and help."""

    name = ""
    help = ""
    most = float("inf")  # the highest score gives (sniff does not ask a reader that cannot win)

    @classmethod
    def score(cls, text: str) -> float:
        """How well the text fits this layout: 0 not at all, higher is better."""
        raise NotImplementedError

    def read(self, text: str, source: str) -> list[RawTelegram]:
        raise NotImplementedError

    def fail(self, source: str, line: int, text: str) -> SourceError:
        return SourceError(source, text, line, code=f"{self.name}-layout")


def a_year(figures: str) -> bool:
    """Four figures that are a year of the archives' documents ("1917", "1945"), not a number of
    notes or pages."""
    return len(figures) == 4 and figures.isdigit() and 1700 <= int(figures) <= 2099


def numbered_lines(text: str, start: int = 1) -> list[tuple[int, str]]:
    return [(i, line.rstrip()) for i, line in enumerate(text.split("\n"), start)]


# A PDF's text as some converters give it: every word set apart by two spaces or more ("We  do
# not  agree"), the figures of a number by one ("1 9 1 8"), a comma after one ("October  7 ,").
_GAP = re.compile(r"(?<=\S) +(?=\S)")
# (where the words' gaps are two spaces, one space parts no words: figures so set are one number)
_SPACED_FIGURES = re.compile(r"(?<!\S)\d(?: \d)+(?!\S)")


def pdf_spacing(text: str) -> str:
    """A text whose words are all set apart by two spaces or more (in most lines of three
    words or more, every gap): each gap one space, a number's spaced figures one ("1 9 1
    8" -> "1918", "1 4" -> "14"), a space before a comma after a figure gone; line for line, the line numbers
    kept.  Any other text as it is (two spaces there part columns: structure.columns)."""
    lines = text.split("\n")
    if sum("  " in l.strip() for l in lines) < 5:
        return text  # (fewer than five lines with a gap of two spaces: the gaps need no counting)
    gaps = [_GAP.findall(l.strip()) for l in lines]
    counted = [g for g in gaps if len(g) >= 2]
    wide = [g for g in counted if sum(len(s) >= 2 for s in g) >= 0.8 * len(g)]
    if len(wide) < 5 or len(wide) < 0.8 * len(counted):
        return text

    def tidy(line: str) -> str:
        indent = line[:len(line) - len(line.lstrip())]
        body = _SPACED_FIGURES.sub(lambda m: m.group(0).replace(" ", ""), line.strip())
        body = re.sub(r"(?<=\d) +(?=,)", "", body)
        return indent + re.sub(r"(?<=\S) {2,}(?=\S)", " ", body)
    return "\n".join(tidy(l) for l in lines)


def lines_to_blocks(lines: list[tuple[int, str]], wrap: int | None = None, soft: frozenset[int] = frozenset()) -> list[Block]:
    """Group lines into paragraph blocks.

    Paragraphs are separated by blank lines, or are one line each where a source puts them
    on consecutive lines.  A line is joined to the one before only when that one was cut
    short mid-sentence (hard wrapping): it is long, does not end a sentence, and the next
    line goes on in lower case; or, in a text cut at a fixed width (wrap, see wrap_width),
    when its first word would not have fitted on the line before; or, in Markdown, where the
    break before it is soft (soft: those lines' numbers, see wilson.soft_breaks) and the
    sentence goes on across it (soft_break_goes_on), whatever case the line begins in.
    """
    blocks: list[Block] = []
    previous_blank = True
    previous = ""
    previous_number = None
    wrap = wrap_width(lines) if wrap is None else wrap  # a reader gives the width of the whole text
    hyphenated = None  # the text's hyphenated words, read when a line ends in a hyphen
    spaced = _line_spaced(lines)
    for index, (number, raw) in enumerate(lines):
        line = raw.strip()
        if not line:
            previous_blank = True
            continue
        if spaced and previous_blank and blocks and _continues(blocks[-1].text, line) and not _ADDRESS_ALONE.match(line):
            previous_blank = False  # (a copy that sets every line apart: the sentence goes on across the blank)
        if blocks and not previous_blank and (_continues(blocks[-1].text, line) and not (not wrap and _ADDRESS_ALONE.match(line)) or (wrap and wrapped(previous, line, wrap))
                                              or (wrap and _cut_mid_sentence(previous, line, wrap))
                                              or (number in soft and soft_break_goes_on(previous, line))) \
                and not (blocks[-1].line == previous_number and annotation_open(blocks[-1].text)
                         and not _closed_below(lines, index, reach=8)):
            # (an editor's "[handwritten: ..." the lines below its first do not close takes none of them:
            # the text's; asked of its first line only, so one closed some lines on stays whole)
            text = blocks[-1].text
            joiner = " "
            if re.search(r"[A-Za-z]-$", text) and line[:1].isalpha():
                if hyphenated is None:
                    hyphenated = set(re.findall(r"\b[A-Za-z]+-[A-Za-z]+\b", "\n".join(l for _, l in lines)))
                head, tail = re.search(r"([A-Za-z]*)-$", text).group(1), re.match(r"[A-Za-z]*", line).group(0)
                # a word the line's end divided ("govern-" / "ment"): whole again, unless the text
                # writes it with its hyphen elsewhere or it joins capitals ("Sino-" / "Soviet")
                keep = f"{head}-{tail}" in hyphenated or line[:1].isupper() or head[:1].isupper() and len(head) > 1 \
                    and head.isupper()
                text, joiner = (text, "") if keep else (text[:-1], "")
            blocks[-1].text = text + joiner + line
        else:
            blocks.append(Block(line, number))
        previous_blank = False
        previous = raw.rstrip()  # with its indentation: the width the text was cut at counts it
        previous_number = number
    return blocks


# the source editor's description of what is written on the document, opened and not closed on its line:
# "[handwritten: to Cde. Molotov, Malenkov" (the editor's brackets inside it closed: "inventory [opis’] Nº 12")
def annotation_open(text: str) -> re.Match | None:
    """The annotation bracket the text opens and does not close ("[handwritten: ..."), or None."""
    if "[" not in text:
        return None
    return _ANNOTATION_OPEN.search(text)


def _closed_below(lines: list[tuple[int, str]], index: int, reach: int = 3) -> bool:
    """Whether one of the lines from index on (reach of them, up to a blank line) closes a bracket
    it did not open."""
    for _, line in lines[index:index + reach]:
        if not line.strip():
            return False
        if "]" in BALANCED.sub("", line):
            return True
    return False


BALANCED = re.compile(r"\[[^\[\]]*\]")


# A line that starts a paragraph of its own: a numbered or lettered point, a bullet, an
# editor's bracket alone on its line ("[...]"; one that opens a line inside a paragraph, "[c.
# 520] it is", goes on with it).
_BLOCK_START = re.compile(r"^(?:\d{1,2}[.)]\s|\(\w{1,2}\)\s|[•·▪*\-–]\s|\[[^\]]*\]\.?$)")


# A line of stars or dashes alone: a break between parts of a text ("* * *", "- - - -"); in a
# compilation, after an item's text, the one between it and the next
SEPARATOR = re.compile(r"^(?:[-*_·•~—–]\s*){3,}$")


# The source editor's page marker: "[c. 520]" (the Russian edition's page, с.), "[p. 213]";
# in the text, alone on its line, or its inside alone (the brackets pass's); FRUS's web pages
# print the volume's as "[Page 444]".
PAGE_MARK = r"(?:(?:c|с|p|pp|s|C|С|P|PP|S)\.|Page)\s*(?P<n>\d+)"
PAGE_IN_TEXT = re.compile(rf"\[{PAGE_MARK}\]")
PAGE_LINE = re.compile(rf"^\[{PAGE_MARK}\]$")

# The source editor's labels of what is written or stamped on the document: "[Handwritten: ...]",
# "[Marginal note by Stalin: ...]", "[Stamp: ...]" alone on a line (structure.ANNOTATION); within
# a line (brackets.ANNOTATION) only those IN_A_LINE too, as "Ho Chi Minh [signature]": in running
# text a bracket opening with "written", "margin", "appendix" ... may as well be words the editor
# supplied ("the [appendix to the] agreement")
# a word the copy has written in, "close [inserted by hand: appropriate] economic relations": the
# editor's description of the copy, not words he supplied
HAND_INSERTED = r"(?:inserted|added|written\s+in|entered)\s+by\s+hand"
ANNOTATION_LABELS = ("hand-?written", "handwriting", "in handwriting", "manuscript", "marginal note", "marginal", "margin",
                     "notation", "annotation", "resolution", "stamp", "seal", "inscription", "typed", "written",
                     "signature", "illegible signature", "attachment", "enclosure", "appendix",
                     "crossed (?:out|through)", "struck (?:out|through)", HAND_INSERTED)
# (a copy's words crossed out, "[crossed out: his gratitude]": the editor's description, not words supplied)
IN_A_LINE = ("hand-?written", "handwriting", "in handwriting", "marginal note", "notation", "annotation", "resolution",
             "stamp", "seal", "inscription", "typed", "signature", "illegible signature", "crossed (?:out|through)",
             "struck (?:out|through)", HAND_INSERTED)
assert set(IN_A_LINE) <= set(ANNOTATION_LABELS)
# (at a line's start any label, within a line only those IN_A_LINE; its words to the line's end)
_ANNOTATION_OPEN = re.compile(rf"(?:^\[(?:{'|'.join(ANNOTATION_LABELS)})|\[(?:{'|'.join(IN_A_LINE)}))\b[^\[\]:]{{0,40}}:"
                              r"(?:[^\[\]]|\[[^\[\]]*\])*$", re.I)


def wrap_width(lines: list[tuple[int, str]]) -> int:
    """The width a hard-wrapped text was cut at (a copy of a printed page, lines of at most
    some 130 characters, most of them filled nearly to it), or 0."""
    lengths = sorted(len(l.rstrip()) for _, l in lines if len(l.strip()) >= 40)
    if len(lengths) < 8:
        return 0
    short = [n for n in lengths if n <= 130]
    width = short[int(len(short) * 0.95)] if short else 0  # a line or two left longer (a citation) aside
    near = sum(1 for n in lengths if width - 20 <= n <= width)
    return width if width and near >= 0.6 * len(lengths) else 0


def wrapped(previous: str, line: str, width: int) -> bool:
    """In a hard-wrapped text, a line goes on with the paragraph above when the line before it
    was cut there: its first word would not have fitted on that line (a line that ends a
    paragraph stops short of that); nor does it start a point of its own."""
    first = line.split(" ", 1)[0]
    return len(previous) + 1 + len(first) > width and not _BLOCK_START.match(line)


def _cut_mid_sentence(previous: str, line: str, width: int) -> bool:
    """In a hard-wrapped text, a line nearly as long as the width that stops mid-sentence
    ("... discuss this matter with me, then" / "I will always be ready ...") goes on below,
    even where the next word would have fitted (a copy wrapped by hand, or at another width)."""
    previous = previous.rstrip()
    return len(previous) >= 0.85 * width and not SENTENCE_END.search(previous) and previous[-1:].isalpha() \
        and not _BLOCK_START.match(line)


def _line_spaced(lines: list[tuple[int, str]]) -> bool:
    """Whether a copy sets every printed line apart by a blank line (a PDF's text, as some
    converters give it): its lines short, as a page's are, and four in five of them with a
    blank line before the next; a paragraph's lines are then known by its sentence alone."""
    filled = [i for i, (_, l) in enumerate(lines) if l.strip()]
    if len(filled) < 6 or sum(len(lines[i][1].strip()) <= 90 for i in filled) < 0.8 * len(filled):
        return False
    return sum(b - a > 1 for a, b in zip(filled, filled[1:])) >= 0.8 * (len(filled) - 1)


# a line that ends a sentence or a clause of its own: a full stop, a colon or a semicolon, a quotation's or
# bracket's close or Markdown's emphasis after it
_ENDS_A_SENTENCE = re.compile(r"[.!?:;][\"”’')\]*_]*$")


def soft_break_goes_on(previous: str, line: str) -> bool:
    """Whether a Markdown line after a soft line break goes on with the paragraph above (CommonMark:
    a line break inside a paragraph is a space), where the lines' breaks are not the paragraph's
    own: only where the line above ends in a word that cannot end a line of its own, one that needs
    words after it (a preposition, an article, a conjunction, a possessive: LAST_WORD_GOES_ON; or the
    "Comrade" before a name: "... sent to Comrade" / "Liu Shaoqi ...", "We have sent the draft to" /
    "Liu Shaoqi, ..."), in running text (a word of four letters or more in small letters); not a line
    in capitals (a heading, a marking) nor one that starts a point, a list item or an address.
    A line above that ends otherwise keeps the line below apart, as the page's own lines do: a
    closing's comma over its signature, a signature's title over the name, a copy list's or a
    transmission's lines, a heading or a bold line alone over the text (their line ends are
    the text's: the structure pass reads each such line as a part of its own)."""
    previous = previous.strip()
    return (_NEEDS_WORDS_AFTER.search(previous) is not None
            and any(w[0].islower() for w in _LONG_WORD.findall(previous))
            and not line.isupper() and not _BLOCK_START.match(line) and not _ADDRESS_ALONE.match(line))


# a note as a page lists them under the text, by its number: "1. The reference is to ..."
LISTED_NOTE = re.compile(r"^(?P<mark>\d{1,2})\.\s+(?P<text>[A-Z„“\"'‘].{10,})$")


_LONG_WORD = re.compile(r"(?<![\w’'-])[^\W\d_][\w’'-]{3,}")  # (a word of four letters or more: "the", "of", "and" are none)


# whom a message is for, alone on its line in small letters ("for Comrade Mao Zedong"): in a copy
# not cut at a width, a block of its own, not the end of the title or of a sentence above
_ADDRESS_ALONE = re.compile(r"^(?:for|to)\s+(?:Comrades?|Cdes?\.|Comr\.)\s+[A-Z][^.;:!?]{0,60}[.:!]?$")


def _continues(previous: str, line: str) -> bool:
    # (a line ending in a word's hyphen goes on, whatever case the next begins in: "Sino-" / "Soviet")
    # (a comma ends no sentence: "... designated Mr. T. V. Soong," / "newly appointed Minister ...")
    if len(previous) >= 40 and previous.endswith(",") and line[:1].islower():
        return True
    # (nor a colon, the words it leads to in small letters: "... 36 waggons to Germany:" / "they are for ...";
    # not a point lettered "a)")
    if len(previous) >= 40 and previous.endswith(":") and line[:1].islower() and not re.match(r"[a-z][.)]\s", line):
        return True
    # (nor a preposition or article, whatever case the next line begins in: "... to be held in" / "Washington, ...")
    return len(previous) >= 40 and not SENTENCE_END.search(previous) and (
        line[:1].islower() or LAST_WORD_GOES_ON.search(previous) is not None
        or TITLE_AT_END.search(previous) is not None and not _NAME_ALONE.match(line)
        or bool(re.search(r"[a-z]-$", previous)) and line[:1].isalpha())


# (or a conjunction or a possessive: "... I wish to assure you that" / "China will ...", "... I hope
# that your" / "Government will ..."; a pronoun, relative or demonstrative that needs the words after it:
# "... whose army and her" / "Allies ...", "... the treaty, which" / "Moscow ...", "... in this" / "Government's ...")
_GOES_ON_WORDS = (r"and|in|of|the|to|a|an|for|with|by|at|from|on|into|between|upon|towards|during"
                  r"|that|or|but|than|your|our|my|their|its|whose|her|his"
                  r"|this|these|those|which|whom|every|each")
LAST_WORD_GOES_ON = re.compile(rf"\s(?:{_GOES_ON_WORDS}|Comrade)$")
# (or a title the name after it goes with, where the sentence goes on after the name: "... support
# Ambassador" / "Joffe. I rely ..."; not an office's line over the signature, "... Plenipotentiary
# Ambassador" / "Dumitru Popa", nor greetings "to the Soviet Comrades" over the signer's name)
TITLE_AT_END = re.compile(r"\s(?:Comrades|Ambassador|Marshal|Generalissimo|Premier)$")
_NAME_ALONE = re.compile(r"^(?:[A-Z][\w'’\-]*\.?\s+){0,3}[A-Z][\w'’\-]*\.?$")
# (a Markdown line: only "Comrade" of the titles, a title before the name it needs: "... sent to Comrade" /
# "Liu Shaoqi"; not "the comrades"; an office's title may end a signature's line: "... the Soviet Ambassador" / "A. Panyushkin")
_NEEDS_WORDS_AFTER = re.compile(rf"\s(?:{_GOES_ON_WORDS}|Comrades?)$")


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_number(text: str) -> int:
    """An item's number in roman numerals ("XIV" -> 14)."""
    values = [_ROMAN[c] for c in text.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def clean_inline(text: str) -> str:
    """Collapse runs of spaces; keep every character of the source otherwise."""
    return _SPACE_RUN.sub(" ", text).strip()


_SPACE_RUN = re.compile(r"[ \t\u00a0]+")


# A syllable of the romanizations of Chinese and Korean (Wade-Giles, pinyin, McCune-Reischauer):
# the parts of "Pak Hon-yong", "Chou En-lai" (transforms.names finds such names by them)
SYLLABLE = re.compile(r"[bcdfghjklmnpqrstwxyz]{0,2}h?['’]?[aeiouü]{1,3}(?:ng|n|h|k|p|t|m)?")
# English words of a syllable's shape that begin a sentence ("In Pyong-yang", "So Tse-tung's")
ENGLISH = set("in on at by to of an as so no or if we he me my be do go up us it is the and for but not yet all "
              "any has had was are can may our his her its who how why now then than that this when what they them "
              "here there with from into upon also both each much such some only".split())

# the numbers spelled out, as a part's or section's number is ("Part Two")
CARDINALS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")

# the newspapers the texts were first printed in, by name ("Pravda, No. 358, December 25, 1949")
NEWSPAPERS = r"Pravda|Izvesti[iy]?a|Trud|Krasnaya\s+Zvezda|Renmin\s+Ribao|Jen-?min\s+Jih-?pao"

# The small words of a title, which a title's case leaves in lower case ("Documents of the Korean
# War", "The Chairman of the Commission for Relations with Foreign Countries")
TITLE_SMALL_WORDS = {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with", "towards", "between"}

# Words kept in lower case, and in capitals, when a title printed in capitals is set in title case.
_SMALL_WORDS = TITLE_SMALL_WORDS | {"as", "into", "or", "via"}
_ACRONYMS = {"USA", "UN", "UNO", "USSR", "CPSU", "CCP", "CPC", "PRC", "DPRK", "ROK", "KMT", "GDR", "FRG", "KPA", "PLA",
             "NATO", "SEATO", "UNESCO", "CWIHP"}
# a roman number (a volume's, a part's, a month's in a date): "II", "XIV"; not "XI" (Xi, a family name)
_ROMAN_WORD = re.compile(r"(?!XI$)(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
_LETTERS = re.compile(r"[^\W\d_]+")
_ITEM_NUMBER = re.compile(r"\W*(?:(?:No|Document|Doc|Item)\.?\s*(?:No\.?\s*)?)?(?:\d{1,4}|[IVXLC]{1,7})?\W*", re.I)


def in_capitals(title: str) -> bool:
    """A title printed in capitals: its words of two letters or more in capitals, but for an
    item's number before them ("No. 41 TELEGRAM FROM ...") or an abbreviation ("VKP(b)")."""
    words = re.findall(r"[^\W\d_]{2,}", title)
    capitals = [w for w in words if w.isupper()]
    return len(capitals) >= 2 and len(capitals) >= 0.75 * len(words)


def _folded(text: str) -> str:
    """The text in small letters, its apostrophes one: what a case-blind match of a name needs."""
    return text.lower().translate(ONE_APOSTROPHE)


_COLON_OR_DASH_BEFORE = re.compile(r"[:—–]\s*$")


# a Russian or Mongolian given name's initial of two Latin letters ("Zh." for Zhamsrangiin, "Kh." for Khorloogiin)
_TWO_LETTER_INITIALS = ("ZH", "KH", "CH", "SH", "TS", "YU", "YA", "YE", "YO")


def title_case(line: str, names: Iterable[str] = ()) -> str:
    """A title printed in capitals, as a catalogue gives it: 'DOCUMENTS OF THE SINO-SOVIET
    ALLIANCE' -> 'Documents of the Sino-Soviet Alliance'; acronyms stay ('USSR', 'CCP'; 'VKP(B)'
    is 'VKP(b)'), so do roman numbers and initials; 'THE 10TH' is 'the 10th'.  The names given
    (an authority file's forms, the text's own) keep their case where the title has them:
    'MAO TSE-TUNG' -> 'Mao Tse-tung', not 'Mao Tse-Tung'; 'APRF' (a form in capitals) 'APRF'."""
    out = list(line)
    fixed = [False] * len(line)
    # (only the names the line holds, whatever its case: an authority file has thousands of forms)
    folded = _folded(line)
    for name in sorted({n for n in names if _folded(n) in folded}, key=len, reverse=True):
        for match in re.finditer(rf"(?<![\w\-]){any_apostrophe(name)}(?![\w]|-\w)", line, re.I):
            if any(fixed[match.start():match.end()]):
                continue
            for i, (printed, known) in enumerate(zip(match.group(0), name), start=match.start()):
                lower = printed.lower()
                out[i] = lower if known.islower() and len(lower) == 1 else printed
                fixed[i] = True
    seen_word = False
    for match in _LETTERS.finditer(line):
        start, end = match.span()
        word = match.group(0)
        before = line[start - 1] if start else ""
        # (after an item's number, "No. 8 THE TELEGRAM"; a word after a colon or a dash begins the
        # title again: "Documents: The Alliance")
        first = not seen_word or bool(_ITEM_NUMBER.fullmatch(line[:start]) or _COLON_OR_DASH_BEFORE.search(line[:start]))
        seen_word = True
        if any(fixed[start:end]) or not word.isupper():
            continue
        upper = _strip_accents(word)
        if before.isdigit() or (before in APOSTROPHES and start > 1 and line[start - 2].isalpha()):
            cased = word.lower()  # an ordinal's ending, "10TH"; a word's after its apostrophe, "PEOPLE'S", "CH'I"
        elif before == "-" and _romanized_given_name(line[:start], re.match(r"\w+(?:['’]\w+)?", line[start:]).group(0)):
            cased = word.lower()  # the given name's second syllable: "MAO TSE-TUNG" is "Mao Tse-tung"
        elif upper in ("MR", "MRS", "DR", "ST") and line[end:end + 1] == ".":
            cased = word[0] + word[1:].lower()  # "MR." is "Mr.", not an acronym
        elif upper in _TWO_LETTER_INITIALS and re.match(r"\.\s?[A-Z]", line[end:end + 3]):
            cased = word[0] + word[1:].lower()  # an initial of two letters before a name: "ZH. SAMBUU" is "Zh. Sambuu"
        elif upper in _ACRONYMS or _ROMAN_WORD.fullmatch(upper) or len(word) == 1 and line[end:end + 1] == "." \
                or not re.search(r"[AEIOUY]", upper) and not re.match(rf"[{APOSTROPHES}]\w", line[end:end + 2]):
            cased = word  # ("CC", "J." an initial; not the syllable of "CH'I")
        elif not first and word.lower() in _SMALL_WORDS and before != "-":
            cased = word.lower()
        else:
            cased = word[0] + word[1:].lower()
        out[start:end] = list(cased) if len(cased) == len(word) else [cased] + [""] * (len(word) - 1)
    return party_letter("".join(out))


# a romanized Chinese or Korean name in capitals up to its given name's hyphen: "MAO TSE-", "PAK HON-"
_ROMANIZED_HEAD = re.compile(r"(?<![\w\-'’])([^\W\d_](?:[^\W\d_]|['’]){0,6})\s+([^\W\d_](?:[^\W\d_]|['’]){0,6})-$")


def _romanized_given_name(before: str, word: str) -> bool:
    """Whether word (with its apostrophe's letters: "CH'I"), after a hyphen, ends a romanized name (a surname of one syllable and a given
    name of two: "MAO TSE-TUNG", "CHOU EN-LAI", "PAK HON-YONG"), not a compound ("SINO-SOVIET",
    "THE SINO-KOREAN"): each part a syllable, the first no English word."""
    head = _ROMANIZED_HEAD.search(before)
    parts = [*head.groups(), word] if head else []
    syllable = lambda p: SYLLABLE.fullmatch(_strip_accents(p).lower())  # noqa: E731
    # ("TUNG'S": the word alone is the syllable)
    return bool(parts) and parts[0].lower() not in ENGLISH and all(map(syllable, parts[:2])) \
        and bool(syllable(word) or syllable(re.split(r"['’]", word)[0]))


# a party's letter in brackets after its initials: "VKP(B)", "VKP(b)" (part of the name, no
# identification in brackets)
PARTY_LETTER = re.compile(r"(?<=[A-Z]{2})\(([A-Za-z])\)")


def party_letter(text: str) -> str:
    """A party's letter in brackets small, as the party writes it: "VKP(B)" -> "VKP(b)"."""
    return PARTY_LETTER.sub(lambda m: f"({m.group(1).lower()})", text)


# a person's name in a citation, up to the full stop that ends it: an initial's full stop
# ("S. Radchenko", "Alexandre Y. Mansourov") does not
CITED_NAME = r"((?:[^.]|(?<=\b[A-Z])\.)+?)(?:(?<!\b[A-Z])\.(?=\s|$)|$)"
# ("Translation by X", "Trans. by X", "Obtained and translated for CWIHP by X", "English translation
# by X", "Translated and annotated by X", "Translated from the Korean and Russian by X", "Translation: X",
# "Translator: X", "trans. X")
# (its words in capitals too, as a page set in capitals copies them: "TRANSLATED BY GARY GOLDBERG.")
TRANSLATED_BY = re.compile(r"(?:(?:\b(?i:translated)(?: (?i:and) (?:[a-z]+|[A-Z]+))?|\b(?i:translations?)|\b(?i:trans)\.|\b(?i:english translation))"
                           r"(?: (?i:from) (?:(?i:the) )?[A-Z]\w+(?: (?:and|or) [A-Z]\w+)?)?(?: (?i:for|into) (?:(?i:the) )?[A-Z][\w ]*?)? (?i:by) "
                           r"|\b(?:Translation|Translator|TRANSLATION|TRANSLATOR)\s*:\s*"
                           # (the abbreviation before the name alone, as a citation's last credit: "; trans. Chen Jian.")
                           r"|(?<=[;,.] )(?:[Tt]rans|TRANS)\.\s+(?!by\b)(?=[A-Z]))" + CITED_NAME)
# "Obtained by X": who found the document in the archive for the record
OBTAINED_BY = re.compile(r"\b[Oo]btained(?: and translated)?(?: for [A-Z][\w ]*?)? by " + CITED_NAME)


def _credited(match: re.Match | None) -> str:
    """The name a credit gives, without the next credit run on with "and" ("Kathryn Weathersby
    and translated for CWIHP by ...")."""
    # (nor whom it was done for: "Danny Rozas for CWIHP")
    return re.split(r",?\s+and\s+(?=[a-z])|\s+for\s+(?:the\s+)?[A-Z]", match.group(1).strip())[0] if match else ""


def translator_in(citation: str) -> str:
    """Who a citation says translated the text: "Translated by X.", "Translated for CWIHP by
    X.", "Translated from Russian by S. Radchenko.", "Translation by X"; "" when it names none."""
    # (the record's address run on to the name, no stop between: "translation by Mark H. Doctoroff
    # http://..." ends the name)
    return _credited(TRANSLATED_BY.search(re.sub(r"\.?\s+(?:https?://|www\.)\S+", ".", citation)))


def obtained_in(citation: str) -> str:
    """Who a citation says obtained the document ("Obtained by Kathryn Weathersby"), or ""."""
    return _credited(OBTAINED_BY.search(citation))


# What is no telegram, the edition leaves out: a record of talks, as it names itself ("Memorandum
# of Conversation", "Record of a Meeting", "Minutes of the Talks").  Every reader that meets one
# builds on this phrase, adding its own kinds ("notes", "summary"), subjects ("discussion") and
# plurals ("Conversations"): convert.NOT_A_TELEGRAM, collected_works.OTHER_KIND, compilation.OTHER_ITEM.
RECORD_KINDS = ("memorandum", "record", "minutes", "transcript")
TALK_KINDS = ("conversation", "talk", "meeting")


def record_of_talks(kinds: tuple[str, ...] = (), subjects: tuple[str, ...] = (), plural: bool = False) -> str:
    """The pattern of "<kind> of (a|the) <subject>", with more kinds and subjects; "talks" is always
    either number, the others in the plural too when plural."""
    said = "|".join(s + ("s?" if plural or s == "talk" else "") for s in TALK_KINDS + subjects)
    return rf"(?:{'|'.join(RECORD_KINDS + kinds)})\s+of\s+(?:a\s+|the\s+)?(?:{said})"


# "Notes:" above the notes printed after a text: it goes with them
NOTES_HEADING = re.compile(r"^(?:(?:foot|end)?notes|notes of the (?:editor|translator)s?|editor'?s notes?)[.:]?$", re.I)


# a printed page's running head with its page number, as a scan's text keeps it between the
# lines of a paragraph: "212 SOVIET-CHINESE RELATIONS", "DOCUMENTS AND MATERIALS 213"
RUNNING_HEAD = re.compile(r"^(?:(?P<n1>\d{1,4})\s{2,}|(?P<n1s>\d{1,4})\s+(?=[A-Z]{2}))(?P<h1>[A-Z][A-Z0-9 ,.:;'’\-–]{4,80}?)\s*$"
                          r"|^(?P<h2>[A-Z][A-Z0-9 ,.:;'’\-–]{4,80}?)\s+(?P<n2>\d{1,4})\s*$")


ITEM_LABEL = re.compile(r"^(?:DOCUMENT|DOC\.|ITEM|NO\.|NUMBER|TELEGRAM|CABLE|LETTER|MESSAGE)\s+(?:NO\.\s*)?\d{1,4}\.?$")


# a line's second column: a run of three spaces or more, then text that begins where it begins
_GUTTER = re.compile(r"(?<=\S) {3,}(?=\S)")


def columns(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], int]:
    """A page printed in two columns and copied line by line ("pdftotext -layout"), each line
    the left column's beside the right column's ("The negotiations at Kaesong have been
    We have received your telegram of 7"): each run of such lines read as the page reads, the
    left column, then the right.  A run is lines whose second part begins at one column, the
    gutter, at least four of them holding both columns' words (not a table of figures, whose
    columns are numbers), the lines between holding one column only, the left one's short of
    the gutter or the right one's set in to it.  Returns the lines and the width the columns
    were cut at (their longest line; 0 where there are no columns), by which wrapped lines
    are joined (see wrap_width)."""
    starts: dict[int, int] = {}
    for _, line in lines:
        if "   " not in line:
            continue  # (the gutter's spaces; most lines have none)
        for m in _GUTTER.finditer(line):
            starts[m.end()] = starts.get(m.end(), 0) + 1
    gutter = max(starts, key=lambda g: (starts[g], -g), default=0)
    if starts.get(gutter, 0) < 4:
        return lines, 0

    def halves(line: str):
        """(left, right) of a line at the gutter, or None when the line crosses it."""
        if not line.strip():
            return "", ""
        if len(line) <= gutter - 2:
            return line, ""
        if not line[:gutter].strip():
            return "", line[gutter:]
        if line[gutter - 2:gutter] == "  " and line[gutter] != " ":
            return line[:gutter].rstrip(), line[gutter:]
        return None

    def prose(text: str) -> bool:
        return len(re.findall(r"[^\W\d_]{2,}", text)) >= 2

    out: list[tuple[int, str]] = []
    width = 0
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and halves(lines[j][1]) is not None:
            j += 1
        run = [(n, halves(line)) for n, line in lines[i:j]]
        both = [(l, r) for _, (l, r) in run if l.strip() and r.strip()]
        if len(both) >= 4 and sum(prose(l) and prose(r) for l, r in both) >= 0.75 * len(both):
            out += [(n, l) for n, (l, _) in run] + [(n, r) for n, (_, r) in run]
            width = max([width] + [len(side.rstrip()) for _, pair in run for side in pair])
        else:
            out += lines[i:j]
        if j < len(lines):
            out.append(lines[j])
        i = j + 1
    return out, width


def running_heads(lines: list[tuple[int, str]], names_the_book=None) -> list[tuple[int, str]]:
    """The page's running heads ("212 SOVIET-CHINESE RELATIONS") as page markers ("[p. 212]"),
    where one head's words recur on at least two pages with rising numbers, or are the book's
    title the text begins with, or (names_the_book, a test of a head) the author of the works
    ("554 J. V. STALIN"); a paragraph
    that the page break cut goes on across it (the blank lines a scan leaves around the
    head are dropped when the line before does not end a sentence)."""
    found, folio_apart, retyped = {}, set(), {}
    for i, (_, line) in enumerate(lines):
        m = RUNNING_HEAD.match(line.strip())
        # (not an item's number above its heading: "DOCUMENT 4", "TELEGRAM 12")
        if m and not re.search(r"[a-z]", line) and not ITEM_LABEL.match(line.strip()):
            head = " ".join((m.group("h1") or m.group("h2")).split())
            if m.group("n2") and HEAD_OWN_NUMBER.search(head):
                # "J. V. STALIN. WORKS. VOLUME 18": the volume's number, the page's the number alone
                # on the line above or under it ("544"), the head's line then dropped
                folio = _folio_beside(lines, i)
                if folio is not None:
                    folio_apart.add(i)
                    found.setdefault(line.strip(), []).append((folio, int(lines[folio][1].strip())))
                continue
            found.setdefault(head, []).append((i, int(m.group("n1") or m.group("n1s") or m.group("n2"))))
        elif names_the_book and (t := TITLE_CASE_HEAD.match(line.strip())) and _inside_a_sentence(lines, i) \
                and all(w[:1].isupper() or w.isdigit() for w in (t.group("h1") or t.group("h2")).split()) \
                and int(t.group("n1") or t.group("n2")) < 1800 and names_the_book((t.group("h1") or t.group("h2")).upper()):
            # a head in title case, as a copy retyped it ("548 J. V. Stalin. Works. Volume 18"), each word
            # capitalised, naming the works, where it stands inside a sentence (no line of the text does)
            retyped[i] = int(t.group("n1") or t.group("n2"))
    # the book's title at the top of the text names its running head: once is enough (its
    # words all there: "SINO-SOVIET FRIENDSHIP DOCUMENTS" under "SINO-SOVIET FRIENDSHIP" /
    # "Documents, Volume Two")
    top = _words([l for _, l in lines if l.strip()][:3])
    pages = {i: n for head, heads in found.items()
             if (len(heads) >= 2 or (_words([head]) <= top or names_the_book and names_the_book(head)) and heads[0][0] > 5
                 and heads[0][1] < 1800)  # (not a title's year: "... OF 13 JANUARY 1949")
             and all(a[1] < b[1] for a, b in zip(heads, heads[1:])) for i, n in heads}
    pages.update(retyped)
    dropped = {i for i in folio_apart if any(abs(i - k) <= 2 for k in pages)}
    return page_breaks(lines, pages, dropped)


TITLE_CASE_HEAD = re.compile(r"^(?:(?P<n1>\d{1,4})\s+(?P<h1>[A-Z][\w .,:;'’\-–]{4,80}?)|(?P<h2>[A-Z][\w .,:;'’\-–]{4,80}?)\s+(?P<n2>\d{1,4}))\s*$")


def _inside_a_sentence(lines: list[tuple[int, str]], i: int) -> bool:
    """Whether line i stands between two lines of one sentence: the line above not ending one,
    the line below going on in lower case."""
    above = next((l.strip() for _, l in reversed(lines[:i]) if l.strip()), "")
    below = next((l.strip() for _, l in lines[i + 1:] if l.strip()), "")
    return bool(above) and not re.search(r"[.!?:;]['’\"”]?$", above) and below[:1].islower()


# a running head's words that number the book, not the page: "VOLUME 18", "VOL. 5", "T. 18", "BOOK 2"
HEAD_OWN_NUMBER = re.compile(r"\b(?:VOLUME|VOL\.|TOME|T\.|BOOK|PART|NO\.)$")


def _folio_beside(lines: list[tuple[int, str]], i: int) -> int | None:
    """The index of a page's number alone on the line just above or under line i (blank lines
    between), or None."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j][1].strip():
            j += step
        if 0 <= j < len(lines) and re.fullmatch(r"\d{1,4}", lines[j][1].strip()):
            return j
    return None


def heads_inside_sentences(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A page's number and head in capitals (another item's title, "151" / "NOTE TO G. V.
    CHICHERIN. OCTOBER 10, 1918", or "151 NOTE TO ...") standing inside a sentence, the line
    above not ending one and the line below going on in lower case: the page break, a page
    marker ("[p. 151]") with the sentence going on across it, not an item's heading (an item
    begins with its title, never inside a sentence of the item before)."""
    filled = [i for i, (_, l) in enumerate(lines) if l.strip()]
    pages, dropped = {}, set()
    for k, i in enumerate(filled[1:-1], 1):
        line = lines[i][1].strip()
        head = RUNNING_HEAD.match(line)
        number = head.group("n1") or head.group("n1s") or head.group("n2") if head else None
        heads = [i] if head else []
        if head is None and re.fullmatch(r"\d{1,4}", line) and k + 2 < len(filled):
            # the number alone, its head on the next line ("151" / "NOTE TO ...")
            below = lines[filled[k + 1]][1].strip()
            if not re.search(r"[a-z]", below) and re.match(r"[A-Z]", below) and len(below.split()) >= 2:
                number, heads = line, [filled[k + 1]]
        if number is None:
            continue
        above = lines[filled[k - 1]][1].rstrip()
        after = next((filled[j] for j in range(k + 1, len(filled)) if filled[j] not in heads), None)
        if after is None or not re.search(r"[a-z][\-,]?$", above) or not re.match(r"[a-z]", lines[after][1].strip()):
            continue
        pages[i] = int(number)
        dropped.update(h for h in heads if h != i)
    return page_breaks(lines, pages, dropped) if pages else lines


def _words(lines: list[str]) -> set[str]:
    return {w.lower() for line in lines for w in re.findall(r"[A-Za-z][A-Za-z'’\-]*", line)}


# the start of an item's numbered heading: "1. TELEGRAM ...", "No. 2", "Document No. 3", "(1)", "IV."
ITEM_HEADING_START = re.compile(r"^(?:\(?\d{1,3}[.:)]?(?:\s|$)|No\.\s*\d|(?:Document|DOCUMENT|Doc\.)\s+(?:No\.\s*)?\d|[IVXL]{1,6}\.\s)")


# a page's number alone on its line, as a printed book's text keeps it: "— 6 —", "- 6 -", "page 88"
PAGE_NUMBER = re.compile(r"^(?:[—–-]\s*(?P<dash>\d{1,4})\s*[—–-]|(?:page|Page|PAGE)\s+(?P<word>\d{1,4}))$")


def page_numbers(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A printed page's number alone on its line ("— 6 —", "page 88", or the number alone set
    far in, "            6", centred) as a page marker ("[p. 6]"), and the running head over
    or under it, the book's title in capitals ("THE GREAT FRIENDSHIP"), dropped; a paragraph
    the page break cut goes on across it (see page_breaks)."""
    filled = [i for i, (_, l) in enumerate(lines) if l.strip()]
    top_end = filled[2] if len(filled) > 2 else len(lines)  # the title page's first lines
    # (not a numbered item's heading among them, where the title page is short: its parties'
    # names would make a signature over the page number "J. STALIN" / "— 27 —" a running head)
    top = _words([lines[i][1] for i in filled[:3] if not ITEM_HEADING_START.match(lines[i][1].strip())])
    pages, heads = {}, set()
    for k, i in enumerate(filled):
        raw = lines[i][1]
        m = PAGE_NUMBER.match(raw.strip())
        centred = raw.strip().isdigit() and len(raw.strip()) <= 4 and len(raw) - len(raw.lstrip()) >= 10
        if not (m or centred):
            continue
        pages[i] = int(m.group("dash") or m.group("word")) if m else int(raw.strip())
        for j in filled[k - 1:k] + filled[k + 1:k + 2]:
            head = lines[j][1].strip()
            if j > top_end and not re.search(r"[a-z\d]|\sTO\s", head) and len(head.split()) >= 2 and _words([head]) <= top:
                heads.add(j)
    return page_breaks(lines, pages, heads - set(pages), full=40)


def page_breaks(lines: list[tuple[int, str]], pages: dict[int, int], dropped: set[int] = frozenset(),
                full: int = 0) -> list[tuple[int, str]]:
    """The lines at pages' indexes made page markers ("[p. 212]"), those at dropped's gone;
    (full: a paragraph goes on across the page only from a line at least so long that ends in
    a word, not from a title page's line, "Edited by P. N. Fedoseyev", "... Press, 1977")."""
    if not pages:
        return lines
    out: list[tuple[int, str | None]] = [(n, None if i in dropped else l) for i, (n, l) in enumerate(lines)]
    for i, n in pages.items():
        out[i] = (out[i][0], f"[p. {n}]")
        before = next((j for j in range(i - 1, -1, -1) if out[j][1] and out[j][1].strip()), None)
        after = next((j for j in range(i + 1, len(out)) if out[j][1] and out[j][1].strip()), None)
        if before is not None and after is not None and not SENTENCE_END.search(out[before][1].rstrip()) \
                and re.search(r"[a-z]", out[before][1]) and (not full or len(out[before][1].strip()) >= full
                                                             and re.search(r"[a-z,;\-]$", out[before][1].rstrip())):
            # (not a heading in capitals above the head)
            # the paragraph goes on across the page: the marker in its line, the head and the
            # blank lines around it gone
            above = out[before][1].rstrip()
            if re.search(r"[a-z]-$", above) and out[after][1].lstrip()[:1].islower():
                # a word the page divided ("Shang-" / "hai."): whole, the page's marker inside it
                out[before] = (out[before][0], f"{above[:-1]}[p. {n}]{out[after][1].lstrip()}")
                out[after] = (out[after][0], None)
            elif out[after][1].lstrip()[:1].islower():
                # the sentence goes on in lower case ("... by" / "the 12th of February."): one line,
                # so that its end is not read as a line of its own (a dateline under the text)
                out[before] = (out[before][0], f"{above} [p. {n}] {out[after][1].lstrip()}")
                out[after] = (out[after][0], None)
            else:
                out[before] = (out[before][0], f"{above} [p. {n}]")
            for j in range(before + 1, after):
                out[j] = (out[j][0], None)
    return [(n, l) for n, l in out if l is not None]


# OCR's letters for digits in a date: a year "l950", "19l8", "l95O"; a day "l", "l2" or "2O" before
# the month ("l OCTOBER", "l2 June", "2O March") or before a roman month ("l7.III.49"), or after the
# month ("March l7, 1949"); not a word ("Il", "IO" hold no digit; "l" alone is no word, "O" no day)
_MONTH_NAMES = (r"january|february|march|april|may|june|july|august|september|october|november|december"
                r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec")
_MONTH = rf"(?i:{_MONTH_NAMES})\b"
OCR_YEAR = led(re.compile(r"(?<![\w-])(?=[1l][9l][\dlO]{2}(?![\w-]))(?=\S*[lO])[1l][9l][\dlO]{2}"))
OCR_DAY = led(re.compile(rf"(?<![\w./-])(?=[\dlO]{{1,2}}\s+{_MONTH})(?=[\dlO]?[lO])(?!O\b|OO)[\dlO]{{1,2}}"))
# a date with a roman month: "l7.III.49", "27.VIII.5O"
OCR_ROMAN_DATE = led(re.compile(r"(?<![\w./-])(?!O[./-])[\dlO]{1,2}[./-]\s?[IVX]{1,4}[./-]\s?[\dlO]{2}(?:[\dlO]{2})?(?![\w])"))
# (after the month: "March l7, 1949")
OCR_DAY_AFTER = led(re.compile(rf"(?i:\b(?:{_MONTH_NAMES})\.?\s)(?=[\dlO]?[lO])(?!O\b|OO)[\dlO]{{1,2}}(?=,|\s+[1l][9l][\dlO]{{2}}\b)"))


# what each must hold, found fast (a pattern that begins with a class of characters is scanned
# for them; those above begin with look-behinds, tried at every position of every line)
# (a year or day with no letter in it is left as it is: the cues ask for one, "1950" is no cue)
_OCR_YEAR_CUE = re.compile(r"(?:l[9l]|1l)[\dlO]{2}|19(?:[lO][\dlO]|\d[lO])")
_OCR_DAY_CUE = re.compile(rf"[lO][\dlO]?\s+(?i:{_MONTH_NAMES})\b")  # (the month a word: not "council declared")
# (an "l" or "O" in the day or the year, as the patterns below change only those: not "5.II.1950"
# nor "March 17, 1949", a date in every other line of a page)
_OCR_ROMAN_CUE = re.compile(r"[lO][\dlO]?[./-]\s?[IVX]{1,4}[./-]|\d[lO][./-]\s?[IVX]{1,4}[./-]|[IVX][./-]\s?[\dlO]{0,3}[lO]")
_OCR_DAY_AFTER_CUE = re.compile(r"\s(?:[lO][\dlO]?|\d[lO])(?:,|\s+[1l][9l])")
# (each of _OCR_ROMAN_CUE's three alternatives holds a roman letter before a separator; that cheap
# test goes first, as the cue itself may start at every digit, "l" and "O")
_ROMAN_LETTER_THEN_SEPARATOR = re.compile(r"[IVX][./-]")
_DIGITS = str.maketrans("lO", "10")


def ocr_digits(line: str) -> str:
    """The line with the letters OCR read for digits in its dates made digits again
    ("2 OCTOBER l950" -> "2 OCTOBER 1950", "l OCTOBER" -> "1 OCTOBER", "l7.III.49" -> "17.III.49",
    "27.VIII.5O" -> "27.VIII.50")."""
    if "l" not in line and "O" not in line:
        return line  # (the letters it makes digits: a line without either is as it is)
    return _ocr_digits(line)


@per_source.remember  # (a printed book's line is read for them by the score, the headings and the warnings)
def _ocr_digits(line: str) -> str:
    if _OCR_YEAR_CUE.search(line):
        line = OCR_YEAR.sub(lambda m: m.group(0).translate(_DIGITS), line)
    if _OCR_DAY_CUE.search(line):
        line = OCR_DAY.sub(lambda m: m.group(0).translate(_DIGITS), line)
    if _ROMAN_LETTER_THEN_SEPARATOR.search(line) and _OCR_ROMAN_CUE.search(line):
        line = OCR_ROMAN_DATE.sub(lambda m: re.sub(r"[\dlO]+", lambda d: d.group(0).translate(_DIGITS), m.group(0)),
                                  line)
    if _OCR_DAY_AFTER_CUE.search(line):
        line = OCR_DAY_AFTER.sub(lambda m: m.group(0)[:len(m.group(0)) - len(m.group(0).split()[-1])]
                                 + m.group(0).split()[-1].translate(_DIGITS), line)
    return line


# OCR's letters in a number of a citation: the year, volume or pages ("p. 54l", "T. l8", "l956")
OCR_NUMBER = re.compile(r"(?<![\w.])(?=[\dlO]*\d)(?=[\dlO]*[lO])[\dlO]{2,}(?![\w])")


def ocr_numbers(line: str) -> str:
    """A citation's line with OCR's letters in its numbers made digits ("p. 54l" -> "p. 541")."""
    return OCR_NUMBER.sub(lambda m: m.group(0).translate(_DIGITS), ocr_digits(line))


def ocr_warning(number: int, printed: str, repaired: str, what: str, part: str = "") -> tuple[int, str, str]:
    """The warning (line, text, code) for a line with OCR's letters for digits ("l949"), so that
    the editor corrects it: what is done with it (what: "read as" the repaired words, or "the
    date is not read"); part: where it is ("the heading")."""
    wrong = [(w.strip(".,;:()"), r.strip(".,;:()")) for w, r in zip(printed.split(), repaired.split()) if w != r]
    said = ", ".join(f"'{w}'" for w, _ in wrong) or "a number"
    done = f"read as {', '.join(repr(r) for _, r in wrong)}" if what == "read as" else what
    has = "have" if len(wrong) > 1 else "has"
    return (number, f"{part + ' has ' + said + ' with' if part else said + ' ' + has} the letter 'l' (or 'O') for a "
                    f"digit, as OCR reads a scan: {done}; correct the source", "ocr-digits")


# An edition or printing as a title page or citation states it: "Second edition", "2nd ed.",
# "Revised edition", "Second, revised and enlarged edition", "First Edition 1960", "Reprinted
# 1952", "Third printing, 1955", "First published 1950"; the year is the printing's
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th|d))"
_QUALITY = r"(?:new|revised|enlarged|expanded|corrected|augmented|updated|abridged|authori[sz]ed|english)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
EDITION = re.compile(
    rf"(?<![\w-])(?P<statement>(?:{_ORDINAL}|{_QUALITY})(?:,?\s+(?:and\s+)?{_QUALITY})*\s+(?:edition\b|ed\.|edn\.?)"
    rf"(?:,?\s+{_QUALITY}(?:\s+and\s+{_QUALITY})?\b)?"
    rf"|(?:re-?printed|reprint|re-?issued|re-?published|first\s+published|{_ORDINAL}\s+(?:printing|impression))\b)"
    rf"(?P<years>(?:[,;:]?\s+(?:in\s+)?{_YEAR}\b)*)", re.I)
# a printing without its year is a statement only on a line of its own ("Reprinted"): in a
# citation "reprinted in ..." names another book
_PRINTING = re.compile(r"re-?printed|reprint|re-?issued|re-?published|first\s+published|\S+\s+(?:printing|impression)", re.I)


# a word every edition or printing statement holds (EDITION, a pattern tried at every position of
# every line of a book's front matter, is tried only in a line with one)
_EDITION_WORD = re.compile(r"edition|ed\.|edn|print|issued|published|impression", re.I)


def edition_statements(text: str, whole: bool = False) -> list[re.Match]:
    """The edition and printing statements in text (a citation), or, whole, the line that is
    one or several of them and nothing else ("Second edition. Reprinted 1955"): [] when
    it is not."""
    if not _EDITION_WORD.search(text):
        return []
    found = [m for m in EDITION.finditer(text)
             if m.group("years") or whole or not _PRINTING.fullmatch(m.group("statement"))]
    if not whole:  # a part of the citation of its own, between its commas ("The Second Edition of ..." is a title)
        found = [m for m in found if re.search(r"(?:^|[,.;:(])\s*$", text[:m.start()])
                 and re.match(r"\s*(?:$|[,.;)])", text[m.end():])]
    if whole:
        rest = text
        for m in reversed(found):
            rest = rest[:m.start()] + rest[m.end():]
        return found if found and not rest.strip(" .,;:()") else []
    return found


def edition_text(match: re.Match) -> str:
    """An edition statement as printed, without the punctuation around it ("2nd ed." keeps its
    abbreviation's full stop)."""
    text = match.group(0).strip(" ,;:")
    return text if re.search(r"\b(?:ed|edn)\.$", text, re.I) else text.rstrip(".")


# one person's name: capitalised words and initials ("Chen Jian", "M. J. Ellis", "Michael Y. M. Kau")
ONE_PERSON = re.compile(r"^(?:[A-Z]\.\s?){0,3}[A-Z][\w'’\-]+(?:\s+(?:[A-Z]\.\s?){0,3}[A-Z][\w'’\-]+){0,3}$")
# a body that made or edited the book: "the Institute of International Relations"
INSTITUTION = re.compile(r"\b(?:Institute|Institution|Committee|Bureau|Office|Department|Ministry|Academy|Archives?|"
                         r"Center|Centre|University|Association|Society|Press|Service|Staff|Team|Group|Section)\b")


def person_names(text: str) -> list[str]:
    """The persons a line of credits names, each ("Chen Jian and Vladislav Zubok", "A, B, and
    C", "A & B"), when it is persons' names and nothing else; else []."""
    parts = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*", text.strip().rstrip(".,")) if p.strip()]
    return parts if parts and not INSTITUTION.search(text) and all(ONE_PERSON.match(p) for p in parts) else []

