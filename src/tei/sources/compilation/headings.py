"""Where a compilation's items begin: their headings, numbered or not, in the forms the
books print them; what is no telegram among them; headings the reader cannot read, named
with their lines for the editor."""

from __future__ import annotations

import re

from ..base import (NOTES_HEADING, PAGE_LINE, clean_inline, ocr_digits, ocr_warning, record_of_talks,
                    roman_number, wrapped)
from ...dates import ROUGHLY
from ...dates.words import MONTH
from ...messages import SourceError
from ...vocab import (CABLE_KIND, CABLE_KIND_TITLE, CABLE_KIND_UPPER, MARKED_FROM, RECEIVED_VERB_TITLE, SECRECY_MARKING,
                      SENT_VERB_TITLE)
from ..model import RawTelegram
from .notes import HEADING_MARK_PATTERN, RULE, _footnote

# "1. THE TELEGRAM FROM J. V. STALIN TO MAO TSE-TUNG DATED THE 10TH OF JANUARY, 1949", or a
# heading in capitals naming the parties: "7. MAO TSE-TUNG TO J. V. STALIN, 16 JANUARY 1949",
# or in title case: "1. Telegram from J. V. Stalin to Mao Tse-tung, 10 January 1949" (not
# ending like a sentence); the number may follow "No." ("No. 1. TELEGRAM FROM ...") or be
# roman ("III. MAO TSE-TUNG TO ...").
# the start of a heading in capitals: "THE TELEGRAM", "CONTINUATION AND THE END OF THE PRECEDING TELEGRAM"
_IN_CAPITALS = r"(?:THE\s+)?(?:[A-Z][A-Z\-]+\s+){0,8}?(?:" + CABLE_KIND_UPPER + r"|LETTER|MESSAGE|NOTE|REPLY)"


# a party named in a heading: capitalised words and initials, an identification in brackets,
# "and", "of", "the" ("Filippov [Stalin]", "Kim Il Sung and Pak Hon-yong", "the CC of the CCP")
_PARTY = r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|\[[^\]]{1,40}\]|\([^)]{1,40}\)|and|of|the))*"


# (or the month alone, approximate too: "January 1949", "mid-January 1949", "end of December 1950";
# or in the editor's brackets, supplied: "[December 1950]")
_DATE_AT_END = (rf",?\s+(?:\[(?=[^\[\]]+\]$))?(?:(?:{ROUGHLY}[-\s]\s*){{0,2}}"
                r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?|[A-Z][a-z]+\.?)\s+1[89]\d\d"
                # (in figures, "1949-02-01"; the year in two figures after a month's name, "2 Feb 49")
                rf"|1[89]\d\d-[01]\d-[0-3]\d|\d{{1,2}}\s+{MONTH}\s+[4-6]\d)\]?")


_DATE_IN_BRACKETS = r"(?:\d{1,2}\s+[A-Za-z]+\.?|[A-Za-z]+\.?\s+\d{1,2},?)\s+1[89]\d\d"


# a party named in capitals: "MAO TSE-TUNG", "J. V. STALIN", "FILIPPOV (STALIN)", "KIM IL SUNG AND PAK HON-YONG"
_CAPS_PARTY = r"[A-Z][A-Z.'’\-]*(?:\s+(?:[A-Z][A-Z.'’\-]*|\([A-Z][^a-z()]{1,40}\)|\[[A-Z][^a-z\]]{1,40}\])){0,6}"


# the parties alone, in capitals: "STALIN TO MAO TSE-TUNG"; not a title naming the kind
# ("TELEGRAM TO MAO TSE-TUNG", "ANOTHER TELEGRAM FROM ...", "REPLY TO ..."), a cable's marking ("PERSONAL TO ...") or an
# address ("... TO COMRADE STALIN")
_NOT_A_PARTY = (r"(?:(?:THE|ANOTHER|A\s+FURTHER|FIRST|SECOND|THIRD|FOURTH)\s+)?(?:" + CABLE_KIND_UPPER + r"S?|LETTERS?|MESSAGES?|NOTES?|REPLY|ANSWER|RESPONSE|GREETINGS?"
                r"|CIPHERED|CODED|SECRET|TOP|STRICTLY|PERSONAL(?:LY)?|URGENT|PRIORITY|IMMEDIATE|COPY|FROM|CONVEY|TRANSMIT)\b")


_CAPS_PARTIES = rf"(?!{_NOT_A_PARTY}){_CAPS_PARTY}\sTO\s(?!COMRADES?\b|THE\s+(?:COMRADES?|ADDRESS)\b){_CAPS_PARTY}"
# (after an item's number the addressee may be called comrade, "No. 31" / "SHTYKOV TO COMRADE
# VYSHINSKY": a number heads an item, where a line alone could be a cable's address)
_NUMBERED_CAPS_PARTIES = (rf"(?!{_NOT_A_PARTY}){_CAPS_PARTY}\sTO\s(?:COMRADES?\s(?=[A-Z]))?"
                          rf"(?!COMRADES?\b|THE\s+(?:COMRADES?|ADDRESS)\b){_CAPS_PARTY}")


# a party in title case without a date after it: capitalised words and initials only, "and"
# between two ("J. V. Stalin", "N. S. Khrushchev and N. A. Bulganin")
_TITLE_PARTY = r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|and)){0,6}"


# the marking alone on its line, as MARKED_FROM (tei.vocab) begins: "Personal and Most Secret", "Top Secret"
MARKING_ALONE = re.compile(rf"^{SECRECY_MARKING}$")


# an office as a party, its holder's name in brackets after it: "Ambassador in the Soviet Union
# (Kirk)", "Secretary of State", "Chargé in China (Clark)", "Consul General at Mukden (Ward)"
_OFFICE = (r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|in|at|of|the|for|and))*?(?:\s+\([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\))?")


# the kind and the date alone, the parties named by the address line and the signature:
# "Telegram of 26 January 1949"
_KIND_OF_DATE = (r"(?:(?:Ciphered|Coded|Secret)\s+)?(?:" + CABLE_KIND_TITLE + r"|Letter|Message)\s+of\s+(?:the\s+)?"
                 + _DATE_IN_BRACKETS)


# a note's mark after the heading, "W. CHURCHILL TO J. V. STALIN*" (the reader puts its note in the head)
_NOTE_MARK = rf"(?:{HEADING_MARK_PATTERN})?"


# an item's number before its heading: "1. ", "No. 1. ", "Document No. 1: ", "III. ", "(1) ",
# "1 / ", "No. 3 -- " (a dash, or two hyphens, between the number and the heading), "TELEGRAM No. 2 " (the book's number of the item, not the telegram's own), a letter
# in brackets ("(a) ", as a section of the Documents on International Affairs letters its items)
_DOCUMENT_WORD = r"(?:Document|DOCUMENT|Doc\.|DOC\.)"
_NUMBER = (r"^(?:No\.\s*(?=\d{1,3}\.?\s)|" + _DOCUMENT_WORD + r"\s+(?:No\.\s*)?(?=\d{1,3}[.:]?\s)"
           r"|(?:TELEGRAM|Telegram|CABLE|Cable|LETTER|Letter|MESSAGE|Message)\s+No\.\s*(?=\d{1,3}\.?\s)"
           r"|\((?=\d{1,3}\)\s|[a-z]\)\s)|(?=\d{1,3}\.\s|\d{1,3}\s/\s|\d{1,3}\s+(?:--|[—–])\s|[IVXL]{1,6}\.\s))"
           r"(?P<num>\d{1,3}|[IVXL]{1,6}|(?<=\()[a-z])(?:[.:)]|\s/|\s+(?:--|[—–]))?\s+")


# the parties in capitals after "FROM", their offices before their names: "FROM THE CHAIRMAN OF
# THE COUNCIL OF MINISTERS OF THE MPR KH. CHOIBALSAN TO THE CHAIRMAN OF ... J. V. STALIN"
_FROM_CAPS_PARTIES = r"FROM\s+(?:THE\s+)?[A-Z][^a-z]{2,160}?\sTO\s(?:THE\s+)?[A-Z][^a-z]{2,160}"


_ADDRESS_CAPS = r"TO\s+(?:THE\s+)?[A-Z][^a-z\d]{2,120}?[^a-z\d.:;,\s]"


HEADING = re.compile(
    _NUMBER + r"(?P<head>"
    rf"(?:{_IN_CAPITALS}S?\b[^a-z]*"
    r"|[A-Z][^a-z]{3,}\sTO\s[^a-z]{3,}\b(?:1[89]\d\d)[^a-z]*"
    # the parties in capitals, the kind and date after them: "MAO TSE-TUNG TO J. V. STALIN
    # (Telegram, 12 January 1949)", "... TO J. V. STALIN, 12 January 1949"
    # (the date in brackets to the month, approximate too: "(Letter, c. mid-October 1950)")
    rf"|[A-Z][^a-z]{{3,}}\sTO\s[^a-z]{{3,}}?(?:{_DATE_AT_END}|,?\s+\((?:[A-Z][a-z]+(?:\s+[a-z]+)*,?\s+)?"
    rf"(?:{ROUGHLY}[-\s]\s*){{0,2}}(?:{_DATE_IN_BRACKETS}|[A-Z][a-z]+\s+1[89]\d\d)\))"
    # (the sender's office after his name: "from Mr. Chou En-lai, Minister for Foreign Affairs of
    # the Central People's Government, to Mr. Vyshinsky")
    r"|(?:The\s+)?(?:(?:Ciphered|Coded|Secret)\s+)?(?:" + CABLE_KIND_TITLE + r"|Letter|Message|Reply)s?,?\s+(?:from\s+)?"
    r"[A-Z][^\n]{0,130}?\sto\s[A-Z][^\n]{0,80}[^.;:,\s]"
    r"|(?:Ciphered|Coded|Secret)\s+(?:" + CABLE_KIND + r"|message)s?,?\s+(?:from\s+)?"
    r"[A-Z][^\n]{0,80}?\sto\s[A-Z][^\n]{0,80}[^.;:,\s]"
    # a message's marking before the parties, as the wartime correspondence heads its items:
    # "Personal and Secret from Premier J. V. Stalin to the Prime Minister, Mr W. Churchill",
    # "Personal and Top Secret from the President to Marshal Stalin"
    rf"|{MARKED_FROM}\s+(?:the\s+)?[A-Z][^\n]{{0,130}}?\sto\s(?:the\s+)?[A-Z][^\n]{{0,100}}[^.;:,\s]"
    # without the kind, the parties and the date: "From Stalin to Mao Zedong, 10 January 1949"
    rf"|(?:From\s+)?{_PARTY}\sto\s{_PARTY}{_DATE_AT_END}"
    # the parties in capitals alone (dated by the closer), or the kind and date alone:
    # "1. STALIN TO MAO TSE-TUNG", "1. Telegram of 26 January 1949"
    rf"|{_NUMBERED_CAPS_PARTIES}|{_FROM_CAPS_PARTIES}|{_KIND_OF_DATE}"
    # the parties alone in title case, each in capitalised words: "1. J. V. Stalin to Ho Chi Minh"
    rf"|(?:From\s+)?{_TITLE_PARTY}\sto\s{_TITLE_PARTY}"
    # offices, the holder's name in brackets, as FRUS heads its documents: "112. The Ambassador
    # in the Soviet Union (Kirk) to the Secretary of State"
    rf"|The\s+{_OFFICE}\sto\s(?:the\s+)?{_OFFICE}"
    # the addressee alone in capitals under the number, as Lenin's Collected Works head his letters:
    # "138. TO THE FINNISH COMRADES", "12. TO G. V. CHICHERIN" (the signature names the sender)
    rf"|{_ADDRESS_CAPS})){_NOTE_MARK}$"
)


# an item that is no telegram or letter, printed among them: "3. FROM THE DIARY OF GEORGI
# DIMITROV", "5. RECORD OF CONVERSATION BETWEEN J. V. STALIN AND ...", "Memorandum of Talks ...",
# "Excerpt from the Diary of ..." (the edition holds telegrams: it ends the item before, and is
# left out)
_RECORD_OF_TALKS = record_of_talks(kinds=('notes?', 'summary'), subjects=('discussion',), plural=True)


OTHER_ITEM = re.compile(_NUMBER + r"(?P<head>(?i:(?:(?:(?:excerpts?|extracts?|entry)\s+)?from\s+(?:the\s+)?diary|diary\s+entry"
                        rf"|{_RECORD_OF_TALKS}"
                        r"|memorandum)\b).*)$")


RECORD_OF_TALKS = re.compile(_RECORD_OF_TALKS, re.I)


def _no_telegram(line: str) -> bool:
    """An item's heading that is no telegram's: one of the other kinds, unless it reads as a
    telegram's too ("MEMORANDUM FROM MOLOTOV TO STALIN"); a record of talks never does, though a
    heading in capitals may begin with a word of a telegram's kind ("NOTES OF THE DISCUSSIONS IN
    THE POLITBURO": "NOTE" is a diplomatic note's)."""
    other = OTHER_ITEM.match(line)
    return bool(other) and (not HEADING.match(line) or bool(RECORD_OF_TALKS.match(other.group("head"))))


# The same two without a number, where a book heads its items so: only on a line of its own
# after a blank line, two of them at least, in a text not printed in capitals (see _headings)
UNNUMBERED = re.compile(rf"^(?P<head>{_CAPS_PARTIES}(?:{_DATE_AT_END}|,?\s+\d{{1,2}}\s+[A-Z]+\s+1[89]\d\d)?|{_KIND_OF_DATE}"
                        # (the date first, the kind and parties after it, as Degras's Soviet Documents on
                        # Foreign Policy heads its items: "22 August 1950  Telegram from Stalin to Kim Il Sung on ...")
                        rf"|{_DATE_IN_BRACKETS}\s+(?:{CABLE_KIND_TITLE}|Letter|Message|Reply)s?\s+(?:from\s+)?"
                        r"[A-Z][^\n]{0,80}?\sto\s[A-Z][^\n]*[^.;:,\s]"
                        # (in title case, dated: "J. V. Stalin to Ho Chi Minh, 2 September 1952")
                        rf"|(?:From\s+)?{_TITLE_PARTY}\sto\s{_TITLE_PARTY}{_DATE_AT_END}){_NOTE_MARK}$")


_DATELESS = re.compile(rf"^(?:{_NUMBERED_CAPS_PARTIES}|{_FROM_CAPS_PARTIES}|{_ADDRESS_CAPS})$")


def _headings(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Where the items begin and their numbers: the numbered headings; or, where there are
    none, headings without a number ("STALIN TO MAO TSE-TUNG", "Telegram of 26 January
    1949", number ""), each on a line of its own after a blank line, two at least.  In a text
    printed in capitals (a cable's), a numbered point naming two parties ("1. WE AGREE TO
    YOUR PROPOSAL") is not a heading: there the parties alone without a date do not head."""
    prose = _in_prose(lines)
    found = []
    for i, (_, line) in enumerate(lines):
        match = HEADING.match(line.strip())
        if match and (prose or not _DATELESS.match(match.group("head"))):
            found.append((i, match.group("num")))
    if found:  # (an item that is no telegram among them: it ends the one before)
        other = [(i, m.group("num")) for i, (_, line) in enumerate(lines) for m in [OTHER_ITEM.match(line.strip())]
                 if m and _no_telegram(line.strip()) and _is_other_item(line.strip())]
        return sorted(found + other)
    if not prose:
        return found
    found = [(i, "") for i, (_, line) in enumerate(lines)
             if (UNNUMBERED.match(line.strip()) or _sent_on_under(lines, i)) and len(line.strip()) <= 120
             and (i == 0 or not lines[i - 1][1].strip())]
    return found if len(found) >= 2 else []


# the parties alone in title case, "J. V. Stalin to W. Churchill": a heading where the date it was
# sent stands under it (_join_numbers puts it there: "Sent on January 8, 1942" / "J. V. Stalin to ...")
_TITLE_PARTIES = re.compile(rf"^(?:From\s+)?{_TITLE_PARTY}\sto\s{_TITLE_PARTY}$")


def _sent_on_under(lines: list[tuple[int, str]], i: int) -> bool:
    """Whether lines[i] is the parties alone with the date it was sent or received under it."""
    if not (_TITLE_PARTIES.match(lines[i][1].strip()) or _DATELESS.match(lines[i][1].strip())):
        return False
    below = next((l.strip() for _, l in lines[i + 1:i + 3] if l.strip()), "")
    return bool(SENT_ON.match(below))


# a line that may head an item in a form the reader does not know ("Item 1 -- Stalin's telegram
# to Mao Tse-tung of 12 March 1949"): on a line of its own after a blank line, it names two
# parties ("X ... to Y") with the kind of message or a year, and is no paragraph's sentence
_CANDIDATE_PARTIES = re.compile(r"[A-Za-z][^\n]*?\s(?:to|TO)\s+(?:(?:the|THE|Comrade|COMRADE)\s+)?[A-Z]")


_CANDIDATE_KIND = re.compile(r"\b(?:" + CABLE_KIND + r"|letter|message|reply|answer)s?\b", re.I)


# the parties alone on a line of their own, no kind, number or date beside them: "Ho Chi Minh to
# Sec of State" (a page of one item so headed is not read: see parties_alone)
_PARTIES_ALONE = re.compile(rf"^(?:From\s+)?{_PARTY}\sto\s{_PARTY}$")


def parties_alone(lines: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The one line (number, text) after a blank line that names two parties alone and nothing
    else ("X to Y", short), in a text no reader reads: what the page heads its item with."""
    found = [(n, line.strip()) for i, (n, line) in enumerate(lines)
             if (i == 0 or not lines[i - 1][1].strip()) and len(line.strip()) <= 80
             and _PARTIES_ALONE.match(line.strip())]
    return found[0] if len(found) == 1 else None


def heading_candidates(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines (number, text) that look like items' headings the reader does not read, so
    that a message can name them."""
    return [(number, clean_inline(line.strip())) for i, (number, line) in enumerate(lines)
            if not (i > 0 and lines[i - 1][1].strip()) and _looks_like_heading(line.strip())]


def _looks_like_heading(text: str) -> bool:
    """A line (after a blank line) that names two parties ("X ... to Y") with the kind of message
    or a year, in no form the reader reads; no paragraph's sentence."""
    # (not a citation quoting a title, an editor's bracket, a line of the contents with its dots)
    if not 10 <= len(text) <= 160 or text[:1].islower() or text[:1] in "\"“[#" or "...." in text.replace(" ", "") \
            or text.endswith((",", ";", ":")) or text.endswith(".") and len(text.split()) > 12:
        return False
    return bool(_CANDIDATE_PARTIES.search(text) and (_CANDIDATE_KIND.search(text) or re.search(r"\b1[89]\d\d\b", text))
                and not HEADING.match(text) and not UNNUMBERED.match(text))


def _names_an_item(text: str, parties: bool = True) -> bool:
    """A heading's words: the kind of message, a year, or (parties) the parties, "X to Y", "X -- Y"."""
    return bool(_CANDIDATE_KIND.search(text) or re.search(r"\b1[89]\d\d\b", text) or parties and (
        _CANDIDATE_PARTIES.search(text) or re.search(r"[A-Za-z]\s+(?:--|[—–-])\s+[A-Z]", text)))


def _number_value(number: str) -> int:
    """An item's number as a value ("4" -> 4, "IV" -> 4, "d" -> 4; 0 for none)."""
    if len(number) == 1 and number.islower():  # a letter: "(a)"
        return ord(number) - ord("a") + 1
    return int(number) if number.isdigit() else roman_number(number) if number else 0


def _unread_items(lines: list[tuple[int, str]], starts: list[int], numbers: dict[int, str]):
    """Items whose heading is in no form the reader reads, run on in the item before: a line
    after a blank line, under the item's closing lines (a signature, a dateline), that heads the
    next item.  Where it begins with the number the headings' sequence lacks there ("4." in
    item 3, the next heading read "5.", or none), in the same numerals, and reads as a heading
    (short, no sentence), it is one: (its index, its number) in the first list.  Where it is
    unnumbered but names the parties and the kind or year ("Reply of X to Y's telegram of 2
    March 1950"), or is in capitals naming the kind, as the headings read are, it is only
    suspected: (its line number, text) in the second."""
    from ...transforms.structure.lines import cable_line, is_dateline, is_signature  # (here: the transforms import the readers)

    def closing(text: str) -> bool:  # (or a line under them: "Enclosure: ...", "Copies: ...", the cable's number)
        return is_dateline(text) or is_signature(text) or cable_line(text) in ("enclosure", "distribution", "number",
                                                                                "transmission")

    splits, suspects = [], []
    bounds = list(zip(starts, starts[1:] + [len(lines)]))
    for k, (start, end) in enumerate(bounds):
        value = _number_value(numbers[start])
        roman = not numbers[start].isdigit()
        following = _number_value(numbers[bounds[k + 1][0]]) if k + 1 < len(bounds) else 0
        above = ""  # the last line of text above, page markers and numbers aside
        for i in range(start + 1, end):
            text = lines[i][1].strip()
            if not text or PAGE_LINE.match(text) or re.fullmatch(r"[\d\s—–-]+", text):
                continue
            if NOTES_HEADING.match(text) or RULE.match(text):
                break  # (the notes under the text: their lines name telegrams too)
            fresh = not lines[i - 1][1].strip()
            # (whether the line above closes the item, a search for dates, is asked last: few
            # lines read as a heading)
            if fresh and above and any(lines[j][1].strip() for j in range(i + 1, end)):
                number = re.match(_NUMBER, text)
                num = number.group("num") if number else ""
                rest = text[number.end():] if number else text
                missing = value + 1 if value and (not following or following > value + 1) else 0
                if missing and num and _number_value(num) == missing and num.isdigit() != roman \
                        and 3 <= len(rest) <= 160 and rest[:1].isupper() and _names_an_item(rest) \
                        and not (rest.endswith((".", ",", ";", ":")) and len(rest.split()) > 12):
                    if closing(above):
                        splits.append((i, num))
                        value = missing
                elif (_looks_like_heading(text) or not re.search(r"[a-z]", text) and len(text.split()) >= 3
                        and len(text) <= 160 and _names_an_item(text, parties=False)) \
                        and cable_line(text) is None and not _footnote(text) and not closing(text) and closing(above):
                    suspects.append((lines[i][0], clean_inline(text)))
            above = text
    return splits, suspects


def unread_headings(source: str, lines: list[tuple[int, str]]) -> SourceError | None:
    """The error for a compilation whose items' headings are in no form the reader knows: it
    names the lines that look like headings, where they are and what to write; None where no
    line looks like one."""
    found = heading_candidates(lines)
    if not found:
        return None
    named = "; ".join(f"{source}:{n}: '{t[:100]}'" for n, t in found[:8]) + ("; ..." if len(found) > 8 else "")
    return SourceError(source, f"no telegram found: the text reads as a compilation, but no item heading is in a "
                       f"form the converter reads; {'these lines look' if len(found) > 1 else 'this line looks'} "
                       f"like headings: {named}. Write each as '1. Telegram from X to Y, 10 January 1949' (the item's "
                       "number, the parties and the date on one line after a blank line), or 'No. 1' on a line "
                       "of its own over 'TELEGRAM FROM X TO Y'", found[0][0], code="unread-headings")


def _as_title(heading: str) -> str:
    """The item's title: its heading, the book's number of it "TELEGRAM No. 2" as "2." (the
    telegram's own number is not the book's); a document's number the book heads it with,
    "DOCUMENT No. 12", "Document 3:", left out (the item's number, not its title's words)."""
    heading = re.sub(r"^(?:Document|DOCUMENT|Doc\.|DOC\.)\s+(?:No\.\s*)?\d{1,3}[.:]?\s+(?=[A-Z])", "", heading)
    # (the dashes a heading sets its parts apart with, "No. 3 -- TELEGRAM ... -- 2 OCTOBER 1950": a title's stop and comma)
    heading = re.sub(r"^((?:No\.\s*)?\d{1,3})\s+(?:--|[—–])\s+", r"\1. ", heading)
    heading = re.sub(r"\s+(?:--|[—–])\s+(?=\d{1,2}\s+[A-Za-z]+\s+1[89]\d\d$)", ", ", heading)
    return re.sub(r"^(?:TELEGRAM|Telegram|CABLE|Cable|LETTER|Letter|MESSAGE|Message)\s+No\.\s*(\d{1,3})\.?\s+", r"\1. ", heading)


def _ocr_headings(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], dict[int, str]]:
    """The lines that head an item once OCR's letters for digits are digits again ("2.
    TELEGRAM FROM J. V. STALIN TO KIM IL SUNG, l OCTOBER l950"), so repaired (else the item
    would run on in the one before, or its date would not be read); the repaired lines'
    numbers and lines as printed."""
    out, repaired = [], {}
    for number, line in lines:
        fixed = ocr_digits(line)
        if fixed != line and any(HEADING.match(h) or UNNUMBERED.match(h) for h in (fixed.strip(), f"1. {fixed.strip()}")):
            out.append((number, fixed))
            repaired[number] = line
        else:
            out.append((number, line))
    return out, repaired


def _ocr_warnings(records: list[RawTelegram], lines: list[tuple[int, str]], repaired: dict[int, str]) -> None:
    """Each heading read with OCR's letters made digits, and each date in the text with them
    ("of 8 January l948": not read as a date), said to the telegram it is in, by its line."""
    for number, line in lines:
        fixed = ocr_digits(line)
        if number not in repaired and fixed == line:
            continue
        owner = next((r for r in reversed(records) if r.line <= number), records[0])
        printed = repaired.get(number, line)  # (as the source prints it)
        owner.warnings.append(ocr_warning(number, printed, ocr_digits(printed), "read as", "the heading")
                              if number in repaired else ocr_warning(number, printed, ocr_digits(printed),
                                                                     "the date is not read"))


def _is_other_item(line: str) -> bool:
    """A numbered line naming a diary, a record or memorandum is an item's heading when it reads
    as one: short, in capitals or not ending as a sentence does ("2. Memorandum of the Soviet
    Government will be handed over." is a point of a telegram)."""
    return len(line) <= 150 and (not re.search(r"[a-z]", line) or not line.endswith((".", ";", ",")))


_LOWER = re.compile(r"[a-z]")


def _in_prose(lines: list[tuple[int, str]]) -> bool:
    """Most of the text's longer lines are in lower case (not a cable printed in capitals)."""
    long = [l for _, l in lines if len(l.strip()) >= 30]
    return sum(1 for l in long if _LOWER.search(l)) > len(long) / 2


def _in_sequence(numbers: list[str]) -> bool:
    """True when the items are numbered one after the other (1, 2, III, ...)."""
    if not all(numbers):  # headings without numbers
        return False
    values = [_number_value(n) for n in numbers]
    return all(b == a + 1 for a, b in zip(values, values[1:]))


def _in_title_case(line: str) -> bool:
    """A heading of the title-case kind ("1. Telegram from X to Y ...")."""
    match = HEADING.match(line.strip()) or UNNUMBERED.match(line.strip())
    return bool(match) and re.search(r"[a-z]", match.group("head")) is not None and \
        not re.match(_IN_CAPITALS, match.group("head"))


# an item's number on a line of its own, its heading on the next: "No. 5" / "TELEGRAM FROM ..."
NUMBER_ALONE = re.compile(r"^(?:No\.\s*|(?:Document|DOCUMENT|Doc\.|DOC\.)\s+(?:No\.\s*)?"
                          r"|(?P<kind>TELEGRAM|Telegram|CABLE|Cable|LETTER|Letter|MESSAGE|Message)\s+No\.\s*)?"
                          r"(?P<num>\d{1,3})\.?$|^(?P<roman>[IVXL]{1,6})\.$"
                          r"|^\((?P<pnum>\d{1,3})\)$")  # "(1)", "TELEGRAM No. 2"


# a date alone between the number and the heading: "Document No. 1" / "14 January 1950" / "TELEGRAM FROM ..."
# (without "on" too, the hour after the date: "Received 11 March 1950, 0330 hrs")
SENT_ON = re.compile(rf"^(?:{SENT_VERB_TITLE}|{RECEIVED_VERB_TITLE})(?:\s+on)?\s+(?:\d{{1,2}}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{{1,2}},?)"
                     r"\s+1[89]\d\d(?:,?\s+(?:at\s+)?\d{1,2}[.:]?\d\d(?:\s*(?:hrs|hours|a\.m\.|p\.m\.))?)?\.?$")
FROM_PLACE = re.compile(r"^From\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\.?$")  # where it came from, a place's name
MESSAGE_FROM = re.compile(r"^(?:Message|Telegram|Cable)\s+from\s+[A-Z].{3,150}\sto\s")
DATE_ALONE = re.compile(r"^(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+1[89]\d\d\.?$")


def items_without_parties(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The items numbered alone on their lines with the date each was sent or received under the
    number and the text under that, no heading naming the parties ("No. 28" / "Received on January
    5, 1942" / "I am much concerned ..."; a web copy that lost the heading's line): (line number,
    "No. 28 / Received on ...") of each."""
    found = []
    filled = [(k, n, l.strip()) for k, (n, l) in enumerate(lines) if l.strip()]
    for (k, number, line), (_, _, below), (_, _, text) in zip(filled, filled[1:], filled[2:]):
        if NUMBER_ALONE.match(line) and SENT_ON.match(below) and len(text) > 80 and re.search(r"[a-z]", text) \
                and not HEADING.match(text):
            found.append((number, f"{line} / {below}"))
    return found


# a document's kind alone on its line, in capitals, over the rest of its title
KIND_ALONE = re.compile(r"^(?:" + CABLE_KIND_UPPER + r"|LETTER|MESSAGE|TELEPHONE\s+MESSAGE)$")


def _title_line(line: str) -> bool:
    """line goes on with a title in capitals: in capitals itself, no figures, no stop ending it."""
    line = line.strip()
    return bool(line) and line.isupper() and not re.search(r"\d|[.:;!]$", line) and len(line) < 100


# a cable's number, too long for an item's ("No. 301"), as it stands under the signature
NUMBER_UNDER_SIGNATURE = re.compile(r"^No\.\s*\d{3,}$")


def _bracketed_number(line: str) -> str:
    """An item's number in brackets before its heading, "[12] CIPHERED TELEGRAM FROM ...", as
    "12. ": the book's number, not a word the editor supplied."""
    bracketed = re.match(r"^\s*\[(\d{1,3})\]\s+(?=[A-Z])", line) if line.lstrip().startswith("[") else None
    if bracketed and HEADING.match(f"{bracketed.group(1)}. {line[bracketed.end():].strip()}"):
        return f"{bracketed.group(1)}. {line[bracketed.end():].strip()}"
    return line


# where a heading's first line leaves off: a comma, or the sender named with no "TO" yet
_CONTINUED_AFTER = re.compile(r",$|^(?:\d{1,3}\.\s+)?(?:(?!\sTO\s).)*\bFROM\s(?:(?!\sTO\s).)*$")


def _heading_goes_on(lines: list[tuple[int, str]], i: int) -> bool:
    """Whether a heading in capitals goes on on the next line, as a book prints a long one over
    two: its first line ending with a comma or naming the sender alone ("TELEGRAM FROM G.
    DIMITROV, CHAIRMAN OF ...," / "TO V. M. MOLOTOV, ..."), or the next line indented under it
    ("12. TELEGRAM OF ... TO A. Y. VYSHINSKY" / "    ON THE RETURN OF ..., 2 AUGUST 1950")."""
    line, following = lines[i][1], lines[i + 1][1]
    first, second = line.strip(), following.strip()
    # (in capitals but for the item's number: "No. 9. TELEGRAM OF ...")
    if not first or not second or re.search(r"[a-z]", re.sub(r"^(?:No|Doc)\.\s*|^Document\s+", "", first) + second) \
            or len(first) > 160:
        return False
    if i > 0 and lines[i - 1][1].strip() and not NUMBER_ALONE.match(lines[i - 1][1].strip()):
        return False  # (a heading opens its block)
    if HEADING.match(second) or NUMBER_ALONE.match(second):
        return False
    indented = len(following) - len(following.lstrip()) > len(line) - len(line.lstrip())
    if not (indented or _CONTINUED_AFTER.search(first) and re.match(r"TO\s", second)):
        return False
    joined = f"{first} {second}"
    return bool(HEADING.match(joined) or HEADING.match(f"1. {joined}"))


_NUMBERED_START = re.compile(r"^(?:" + _DOCUMENT_WORD + r"|No\.)\s*\d{1,3}[:.]\s+\S")
_ADDRESSEE_AND_DATE = re.compile(r"^to\s+[A-Z].{2,120}\b1[89]\d\d\.?$")


def _join_numbers(lines: list[tuple[int, str]], wrap: int = 0) -> list[tuple[int, str]]:
    """An item number alone on its line and the heading under it read as one heading line
    ("No. 5." + "TELEGRAM FROM MAO TSE-TUNG TO J. V. STALIN"), the heading's line left blank;
    so too a heading in capitals cut over two lines ("... FROM J. V. STALIN" + "TO MAO
    TSE-TUNG DATED THE 11TH OF JANUARY, 1949") in a text cut at a fixed width (wrap)."""
    out = [(number, _bracketed_number(line)) for number, line in lines]
    for i in range(len(out) - 1):
        if _heading_goes_on(out, i):
            out[i] = (out[i][0], f"{out[i][1].rstrip()} {out[i + 1][1].strip()}")
            out[i + 1] = (out[i + 1][0], "")
    for i, (number, line) in enumerate(out[:-1]):
        # the kind alone on its line over the rest of the title in capitals ("TELEGRAM" / "TO THE
        # PRESIDIUM OF THE MOSCOW SOVIET" / "OF WORKERS' AND SOLDIERS' DEPUTIES", Lenin's works as a
        # PDF's text): one heading line, the lines under it left blank
        if not KIND_ALONE.match(line.strip()):
            continue
        rest = [k for k in range(i + 1, min(i + 8, len(out))) if out[k][1].strip()]
        if not rest or not re.match(r"^TO\s", out[rest[0]][1].strip()):
            continue
        joined = [k for n, k in enumerate(rest) if all(_title_line(out[m][1]) for m in rest[:n + 1])]
        out[i] = (number, " ".join([line.strip(), *(" ".join(out[k][1].split()) for k in joined)]))
        for k in joined:
            out[k] = (out[k][0], "")
    for i, (number, line) in enumerate(out[:-1]):
        following = out[i + 1][1].strip()
        if (wrap and HEADING.match(line.strip()) and line.strip().isupper() and following
                and not re.search(r"[a-z]", following) and wrapped(line.rstrip(), following, wrap)
                and not HEADING.match(following) and not NUMBER_ALONE.match(following)):
            out[i] = (number, f"{line.strip()} {following}")
            out[i + 1] = (out[i + 1][0], "")
    for i, (number, line) in enumerate(out[:-1]):
        # a numbered heading the page broke before its addressee ("Document 26: Telegram, Mao Zedong" /
        # "to Liu Shaoqi, 12 February 1950", a bulletin's column): one heading line
        if not _NUMBERED_START.match(line.strip()):
            continue
        j = next((k for k in range(i + 1, min(i + 3, len(out))) if out[k][1].strip()), None)
        if j is not None and not HEADING.match(line.strip()) \
                and _ADDRESSEE_AND_DATE.match(out[j][1].strip()) and HEADING.match(f"{line.strip()} {out[j][1].strip()}"):
            out[i] = (number, f"{line.strip()} {out[j][1].strip()}")
            out[j] = (out[j][0], "")
    for i, (number, line) in enumerate(out[:-1]):
        # the date it was sent above the parties alone, no number: "Sent on January 8, 1942" / "J.
        # V. Stalin to W. Churchill" (a page of a volume's telegrams): the heading first
        if SENT_ON.match(line.strip()) and (i == 0 or not out[i - 1][1].strip()):
            j = next((k for k in range(i + 1, min(i + 3, len(out))) if out[k][1].strip()), None)
            if j is not None and (_TITLE_PARTIES.match(out[j][1].strip()) or _DATELESS.match(out[j][1].strip())):
                out[i], out[j] = (number, out[j][1]), (out[j][0], line)
    for i, (number, line) in enumerate(out[:-1]):
        alone = NUMBER_ALONE.match(line.strip())
        if alone is None:
            continue
        if i > 0 and out[i - 1][1].strip() and NUMBER_UNDER_SIGNATURE.match(line.strip()):
            continue  # "SHTYKOV" / "No. 301" / "10 May 1950": the cable's number among its closing lines, no item's
        j = next((k for k in range(i + 1, min(i + 3, len(out))) if out[k][1].strip()), None)
        if j is None:
            continue
        date = None
        # (the date it was sent or received between the number and the heading, as the volumes of
        # wartime correspondence print it: "No. 98" / "Sent on January 5, 1943" / "Personal and Secret
        # Message from ..."): the heading joined to the number, the line kept under it, the item's
        routed = None
        if SENT_ON.match(out[j][1].strip()):
            routed = j
            j = next((k for k in range(j + 1, min(j + 3, len(out))) if out[k][1].strip()), None)
            if j is not None and FROM_PLACE.match(out[j][1].strip()):  # "From Pyongyang" under it: the routing's too
                j = next((k for k in range(j + 1, min(j + 3, len(out))) if out[k][1].strip()), None)
            if j is None:
                continue
        # the marking on a line of its own over the parties, "Personal and Most Secret" / "Message from Mr
        # Winston Churchill to Marshal Stalin": one heading line
        if MARKING_ALONE.match(out[j][1].strip()):
            m = next((k for k in range(j + 1, min(j + 3, len(out))) if out[k][1].strip()), None)
            if m is not None and MESSAGE_FROM.match(out[m][1].strip()):
                out[m] = (out[m][0], f"{out[j][1].strip()} {out[m][1].strip()}")
                out[j] = (out[j][0], "")
                j = m
        if routed is None and DATE_ALONE.match(out[j][1].strip()):  # the date above the heading: after it
            date = j
            j = next((k for k in range(j + 1, min(j + 3, len(out))) if out[k][1].strip()), None)
            if j is None:
                continue
            dated = f"{out[j][1].strip()}, {out[date][1].strip().rstrip('.')}"
            if not HEADING.match(f"1. {dated}"):
                continue
            out[j] = (out[j][0], dated)
            out[date] = (out[date][0], "")
        joined = f"{line.strip()} {out[j][1].strip()}"
        if not re.match(r"No|Doc|TELEGRAM|CABLE|LETTER|MESSAGE", line.strip(), re.I):  # "5", "V." or "(5)" alone: read as "5. TELEGRAM ..."
            joined = f"{alone.group('num') or alone.group('pnum') or alone.group('roman')}. {out[j][1].strip()}"
        heading = HEADING.match(joined) or OTHER_ITEM.match(joined)
        # the parties under the number, the kind and date under them: "14" / "MAO TSE-TUNG TO
        # J. V. STALIN" / "(Telegram, 12 January 1949)" (or the date alone): the three lines
        # one heading (the parties alone would leave the item undated; a heading naming the
        # kind keeps the date under it as the telegram's dateline)
        k = next((k for k in range(j + 1, min(j + 3, len(out))) if out[k][1].strip()), None)
        after = out[k][1].strip() if k is not None else ""
        if after and not re.search(r"[a-z]", out[j][1]) and re.search(r"\b1[89]\d\d\)?$", after) and len(after) < 60 \
                and (not heading or _DATELESS.match(heading.group("head"))):
            dated = f"{joined}{' ' if after.startswith('(') else ', '}{after}"
            if HEADING.match(dated):
                out[i] = (number, dated)
                out[j] = (out[j][0], "")
                out[k] = (out[k][0], "")
                continue
        # (a number set far in above the parties alone, "          23" / "STALIN TO MAO
        # TSE-TUNG", is the page's: an item's would have the kind and date under the parties)
        if heading and not (_DATELESS.match(heading.group("head")) and len(line) - len(line.lstrip()) >= 10):
            out[i] = (number, joined)
            out[j] = (out[j][0], "")
            if routed is not None:  # ("Sent on ..." under the heading: the line the heading's was, blank, first)
                out[routed:j + 1] = [(out[j][0], "")] + out[routed:j] if j > routed + 1 and \
                    FROM_PLACE.match(out[j - 1][1].strip()) else [(out[j][0], ""), *out[routed + 1:j], out[routed]]
    return out
