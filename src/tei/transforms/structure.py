"""The body's structure: head, opener, paragraphs, lists, quoted replies, closer, notes.

Recognised from the shape of the blocks, never from their wording in a particular source:
salutations ("Comrade X,"), address lines ("To X"), a cable's markings (TOP SECRET, its number,
when it was sent and received), numbered points ("1. ", "First."),
bullets, a colon-ended paragraph that announces a reply followed by the reply itself, and
the closing lines (date, signature, closing formula) read from the end.
"""

from __future__ import annotations

import itertools
import re

from ..dates import find_dates
from ..sources.base import ANNOTATION_LABELS, NOTES_HEADING, PAGE_LINE
from ..sources.model import Block
from . import E, Document, T, Transform
from .names import initialled

GAP_ONLY = re.compile(r"^\[\s*(?:\.{3,}|…)\s*\]$")
# a page marker alone on its line, "[p. 213]" (sources.base.PAGE_LINE): a page break between
# paragraphs (the brackets pass numbers the page markers)
SALUTE = re.compile(r"^(?:Comrades?|Cde\.?|Dear|Respected|Esteemed|My dear|Mr\.?|Mrs\.?)\s[^.]{0,80}?[,:!]?$")
# "To Comrade Kovalev.", or with where it goes first: "Pyongyang. To Comrade Shtykov.",
# or as a cable's form gives it, "To: Moscow, General Staff",
# "Moscow, Kremlin, to Comrade Filippov.", or as the cable's heading: "Telegram to Ambassador
# Wang Jiaxiang, Moscow"
ADDRESS = re.compile(r"^(?:[A-Z][\w\-’']+(?: [A-Z][\w\-’']+)?[.,]\s+){0,2}(?:To:?|TO:?|(?<=,\s)to(?=\s+(?:Comrades?|Cde\.?|Ambassador|Chairman|Marshal|Mr\.?)\s)"
                     r"|(?:Ciphered\s+)?(?:Telegram|Cable|Radiogram)\s+to(?=\s+[A-Z]))\s+[^.;]{1,80}?[:.]?$")
# "Personally convey to Comrade Kim Ir Sen.", "Please transmit to Comrade Vyshinsky.", "For
# transmission to Comrade Filippov.": whom the addressee hands it to, a name only
CONVEY_ADDRESS = re.compile(r"^(?:(?:Please\s+|Kindly\s+)?(?:[Pp]ersonally\s+)?(?:[Cc]onvey|[Tt]ransmit|[Dd]eliver|[Hh]and)\s+(?:personally\s+)?to"
                            r"|(?:For|FOR)\s+(?:(?:immediate|urgent|personal)\s+)?(?:transmission|transmittal|delivery"
                            r"|TRANSMISSION|DELIVERY)\s+(?:to|TO))\s+"
                            r"(?:Comrades?\s+|Cde\.?\s+)?(?P<name>[A-Z][^.;:]{1,60}?)\.?$")
# "To the Central Committee of the Mongolian People's Revolutionary Party, Comrade Tsedenbal:": a
# body and a person, names only (capitalised words, "of", "the", "and"), however long; where it
# goes before it too ("Peking. To the Chairman of the Central People's Government ..., Comrade Mao Tse-tung.")
NAMES_ADDRESS = re.compile(r"^(?:[A-Z][\w\-’']+(?: [A-Z][\w\-’']+)?[.,]\s+)?(?:To|TO)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:,?\s+(?:of|the|and|[A-Z][\w'’\-.]*))*\s*[:.]?$")
# "For Mao Zedong.", "FOR COMRADE TEREBIN": the addressee, a name only
FOR_ADDRESS = re.compile(r"^(?:For|FOR)\s+(?P<name>[^.;:]{1,60}?)[:.]?$")
# "T. Stalin.", "Com. Kovalev.": the Russian dative address ("Tov. Stalinu") without its "To"
COMRADE_ADDRESS = re.compile(r"^(?:[Tt]|Tov|tov|Com|Comr|Cde)\.\s+(?P<name>[A-Z][^.;:!,]{1,60}?)\.$")
# "Beijing, Soviet Ambassador.", "Pyongyang, Shtykov": where and to whom a cable goes, in capitalised words
PLACE_ADDRESS = re.compile(r"^[A-Z][\w\-’']+(?: [A-Z][\w\-’']+)?[,.]\s+(?:(?:to|the|of)\s+)*[A-Z][\w\-’'.]*"
                           r"(?:\s+(?:(?:to|the|of|for)\s+)*[A-Z][\w\-’'.]*){0,4}[.:]?$")
# The markings a cable carries above its text (the words of Soviet and Chinese cables in
# translation): secrecy and handling, priority, the copy; its number; where and when it was
# sent and received.  Each a short line of its own.
MARKING = re.compile(r"^(?:(?:(?:top|strictly|most)\s+)?(?:secret|confidential)(?:\s+and\s+(?:personal|urgent))?"
                     r"|(?:top\s+|highest\s+|extremely\s+|most\s+)?(?:priority|urgent|immediate)(?:\s+priority)?"
                     r"|personal(?:ly)?(?:\s+(?:to|for)\s+[A-Z][\w .\-]{0,40})?|special folder|for your eyes only"
                     r"|(?:making\s+copies|copying)\s+(?:is\s+)?(?:prohibited|forbidden)"
                     r"|copy\s+(?:no\.?\s*)?\d+(?:\s+of\s+\d+)?"
                     r"|(?:ciphered|cipher|coded|encoded|encrypted)\s+(?:telegram|cable|message|radiogram))[.:!]?$", re.I)
# (a registry's letters after the number: "No. 405889/sh")
NUMBER_LINE = re.compile(r"^(?:[A-Za-z]+\s+){0,3}(?:No|NO|Nr|NR)\.?\s*\d[\d/\-]*(?:/[A-Za-z]{1,4})?"
                         r"(?:\s*(?:,|and|AND)\s*\d[\d/\-]*)*$")
TRANSMISSION = re.compile(r"^(?:from\s+[A-Z][\w\- ]{1,40}[.,]?\s+)?(?:dispatched|sent|received|transmitted|"
                          r"delivered|deciphered|incoming|outgoing|(?:typed|copied|printed|ciphered|encoded|checked)\s+by)\b", re.I)
# a routing line that says where the cable came from before its number or time: "From Pyongyang
# Incoming No. 3318", "From Beijing, received 3.55 13.5.1950"
FROM_ROUTING = re.compile(r"^(?i:from)\s+[A-Z][\w\-’']+(?:[ -][A-Z][\w\-’']+)?[.,]?\s+(?i:dispatched|sent|received|"
                          r"transmitted|delivered|deciphered|incoming|outgoing)\b")
# who else receives a copy: "Copies: Stalin, Molotov, Malenkov", "Copy to: Gromyko", "Distribution: ..."
# "Transmitted through Krasovsky", "Sent via Comrade Shtykov": whose hands the cable passed through
# (or, without the verb, after where it was sent from: "Pyongyang, via Razuvaev", "Via Comrade Shtykov")
TRANSMITTED_THROUGH = re.compile(r"^(?:(?:transmitted|sent|passed|relayed|forwarded|delivered)\s+(?:through|via|by)"
                                 r"|(?:[A-Z][\w\-’']+,\s+)?(?:via|through))\s+"
                                 r"(?:(?:Comrade|Cde\.|Ambassador|General|Marshal)\s+)?(?P<name>(?:[A-Z]\.\s?){0,3}"
                                 r"[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?)\.?$", re.I)
DISTRIBUTION = re.compile(r"^(?:copies|copy|distribution|distributed|sent|cc)(?:\s+to)?\s*:\s*[A-Z].{0,150}$"
                          # without the colon, a list of names: "Sent to Stalin, Molotov, Malenkov."
                          r"|^(?:copies|copy|distributed|sent)\s+to\s+(?:Comrades?\s+)?(?:[A-Z][\w.’'\- ]{1,30},\s*)+"
                          r"(?:and\s+)?[A-Z][\w.’'\- ]{1,30}\.?$", re.I)
# "Enclosure: the list of the cases, 4 pages.", "Encl.: 2", "Attachments: ...": what the document
# says is sent with it, under its closing lines (the editor's "[Attachment: ...]" is an ANNOTATION)
ENCLOSURE = re.compile(r"^(?:enclosures?|encl\.|attachments?|appendix|appendices)(?:\s+(?:no\.\s*)?\d+)?\s*[:.\-–]\s*\S.{0,200}$", re.I)
DIGITS = re.compile(r"\d")
# 1. 1) (1), and lettered points (a) a) (the letter after "(" or before ")" only: "a." may be a word)
NUMBERED = re.compile(r"^(?:(?P<n>\d{1,2})[.)]|\((?P<pn>\d{1,2}|[a-z])\)|(?P<ln>[a-z])\))\s+(?P<text>\S.*)$", re.S)
# "[Handwritten: ...]", "[Marginal note by Stalin: ...]", "[Stamp: ...]": the source editor's
# description of what is written or stamped on the document, a paragraph of its own
ANNOTATION = re.compile(rf"^\[(?P<label>(?:{'|'.join(ANNOTATION_LABELS)})"
                        r"\b[^:\[\]]{0,60}?)(?:\s*:\s*(?P<text>[^\[\]]+?))?\s*\]\.?$", re.I | re.S)
# "Central Committee:", "Comrades Mao and Zhou!": whom the letter addresses, without "Comrade" or "Dear"
ADDRESSEE = re.compile(r"^[A-Z][\w'’\-]*(?:\s+(?:and|of|the|[A-Z][\w'’\-.]*)){0,8}[:,!]$")
# a time after a dateline's date: "3 January, 11 p.m.", "10.1.49, 23.30", with the clock it is
# read by ("10.00 hours Beijing time"), or the time of day in words ("3 April 1950, night")
# (the date's own reading may have taken the hour: " Beijing time" is then what is left)
# (after a dash too, as FRUS prints it: "January 14, 1950—6 p.m.")
TIME_AFTER = re.compile(r"^(?:,|[—–-])?\s*(?:(?:at\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.\s?m\.?|hours|hrs\.?|h\.?)?\s*)?"
                        r"(?:(?:by\s+)?(?-i:[A-Z][a-z]+)\s+time|(?:at\s+|in\s+the\s+)?(?:night|evening|morning|afternoon"
                        r"|midnight|noon))?\.?$", re.I)
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth"]
# "I. On 14 July ...", "II. We discussed ...": points numbered in roman (not initials, "I. V. Stalin")
ROMAN_POINT = re.compile(r"^(?P<n>[IVX]{1,4})\.\s+(?![A-Z]\.)(?P<text>\S.*)$", re.S)
ORDINAL = re.compile(r"^(?P<word>%s)[.:,]\s+\S" % "|".join(ORDINALS), re.I)
# the mark a point's style is kept in while the body is built (see _nest_points); never written out
STYLE = "_point-style"


def numbered_point(text: str, roman: bool = False):
    """(number, style, text after the number) of a numbered point, else None: "1. " ("1", "1."),
    "2) " ("2", "1)"), "(b) " ("b", "(a)"), "c) " ("c", "a)"), "II. " ("II", "I.") where the text
    numbers its points in roman, "Second, " ("2", "first")."""
    m = NUMBERED.match(text)
    if m and m.group("n"):
        return m.group("n"), "1" + text[len(m.group("n"))], m.group("text")
    if m:
        n = m.group("pn") or m.group("ln")
        style = ("(%s)" if m.group("pn") else "%s)") % ("1" if n.isdigit() else "a")
        return n, style, m.group("text")
    m = ROMAN_POINT.match(text) if roman else None
    if m:
        return m.group("n"), "I.", m.group("text")
    m = ORDINAL.match(text)
    if m:
        return str(ORDINALS.index(m.group("word").lower()) + 1), "first", text
    return None
TABLE_ROW = re.compile(r"^\|.*\|$")
SEPARATOR = re.compile(r"^(?:[-*_·•~—–]\s*){3,}$")
BULLET = re.compile(r"^[•·▪●◦\-–*]\s+(?P<text>\S.*)$", re.S)
OPEN_QUOTES = "\"“„«‘"
CLOSE_QUOTES = "\"”“»’"
# The formula a telegram ends with, waiting for the answer or greeting: "Waiting for an answer.",
# "Awaiting your reply.", "We await your instructions", "Greetings.", "With communist greetings,",
# "Regards" (a closing line of its own, even where no signature follows: a collected works' text
# that ends with it before the edition's notes)
ENDING_FORMULA = re.compile(r"^(?:(?:(?:I|we)\s+(?:am|are)\s+|I\s+|we\s+)?(?:awaiting|waiting\s+for|await|expecting"
                            r"|looking\s+forward\s+to)\s+(?:your|an?|the)\s+(?:(?:early|speedy|prompt|urgent|quick)\s+)?"
                            r"(?:answer|reply|response|decision|instructions|news)"
                            r"|(?:with\s+)?(?:(?:my|our|best|warm|warmest|fraternal|comradely|communist|cordial|heartfelt"
                            r"|kind|kindest|sincere|bolshevik)\s+){0,2}(?:greetings|regards|salutes?))[.!,]?$", re.I)
# "Awaiting your reply,", "With deep respect,"; or a greeting alone before the signature: "Greetings.",
# "Regards!"; or, without a stop, the letter's "Your devoted", "Yours sincerely", "Respectfully yours"
CLOSING_FORMULA = re.compile(r"^[A-Z][^.]{2,60},$|^(?:(?:[A-Z]\w*\s+){0,3}(?:greetings|regards|salutes?)|Salute)[.!]$"
                             r"|^(?:yours?|respectfully|sincerely|faithfully)(?:\s+[a-z]+){0,2}$"
                             rf"|{ENDING_FORMULA.pattern}", re.I)
REPLY_ANNOUNCED = re.compile(r"\b(answer|reply|replying|respond|responding|response)\b", re.I)
FOLLOWING = re.compile(r"\b(following|like this|this way|as follows|in this manner|tentatively)\b", re.I)
POSTSCRIPT = re.compile(r"^(?:P\.\s?S\.|PS[.:]|Postscript:)\s*\S", re.I)
HEAD_LINE = re.compile(r"^\(.{5,200}\)$")
HEAD_WORD = re.compile(r"^(?:[A-Z][\w'’\-]*\.?|(?:[A-Z]\.)+[A-Z]?\.?|to|from|for|and|of|the|\(\d+\)|\d+)$")


def cable_line(text: str) -> str | None:
    """The kind of a line a cable carries above (or after) its text: "classification" (TOP
    SECRET, Making copies prohibited, Top priority, Copy No. 1), "number" (CIPHERED TELEGRAM
    No. 25512, Special No. 8444), "transmission" (From Beijing, dispatched 3.40, received 3.55
    13.5.1950), "distribution" (Copies: Stalin, Molotov), "enclosure" (Enclosure: the list of
    the cases, 4 pages), or None."""
    text = text.strip()
    if DISTRIBUTION.match(text):
        return "distribution"
    if ENCLOSURE.match(text):
        return "enclosure"
    if len(text) > 90:
        return None
    words = text.rstrip(".:").split()
    if MARKING.match(text) and len(words) <= 6:
        return "classification"
    parts = re.split(r"(?<=[.!])(?<!No\.)\s+(?=[A-Z])", text)  # "Top Secret. Priority.": markings on one line
    if len(parts) > 1 and len(words) <= 8 and all(MARKING.match(p) for p in parts):
        return "classification"
    if FROM_ROUTING.match(text) and DIGITS.search(text):
        return "transmission"  # "From Pyongyang   Incoming No. 3318": where from, with the number it came in under
    if NUMBER_LINE.match(text.rstrip(".:")):
        return "number"
    if TRANSMISSION.match(text) and DIGITS.search(text) and len(words) <= 14 or TRANSMITTED_THROUGH.match(text):
        return "transmission"
    return None


# "Beijing, to Soviet Ambassador Roshchin for transmission to Mao Zedong.": to whom, for whom
RELAY_ADDRESS = re.compile(r"^(?:[A-Z][\w\-’']+,\s+)?(?:To|TO|to)\s+[^.;]{1,80}?\s+(?:for|FOR)\s+(?:transmission|delivery"
                           r"|TRANSMISSION|DELIVERY)\s+(?:to|TO)\s+[^;]{1,80}?[.:]?$")


def is_address(text: str) -> bool:
    """An address line: "To Terebin", "For Mao Zedong.", "Beijing, Soviet Ambassador."."""
    if RELAY_ADDRESS.match(re.sub(r"\b([A-Z])\.", r"\1", text)) and len(text) < 180:
        return True
    if NAMES_ADDRESS.match(text) and len(text) < 180:
        return True
    if len(text) >= 90:
        return False
    # initials too: "To Comrade Stalin I.V.", "To Cde. Kovalev."
    if ADDRESS.match(re.sub(r"\b([A-Z])\.|\b(Cde|Com|Comr|Tov|tov|t)\.", lambda m: m.group(1) or m.group(2), text)):
        return True
    named = CONVEY_ADDRESS.match(text) or FOR_ADDRESS.match(text) or COMRADE_ADDRESS.match(text)
    if named:
        return is_signature(named.group("name"))
    return bool(PLACE_ADDRESS.match(text)) and len(text.split()) <= 6


def is_heading(text: str) -> bool:
    """A descriptive line before the letter: "(Answers to ...)" or "I.V. STALIN to A.I. MIKOYAN (0830)"."""
    if HEAD_LINE.match(text):
        return True
    words = text.split()
    return (2 < len(words) <= 14 and " to " in f" {text.lower()} " and not text.endswith((".", ":", ","))
            and all(HEAD_WORD.match(w) for w in words))
# (letters with diacritics too: "Gomułka", "RÁKOSI", "Gerő")
NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž](?:[^\W\d_]|['‘’\-])*\.?|[A-Z]\.(?:[A-Z]\.)*|\[.*\]|[A-Z][a-z]+-[a-z]+)$")


# the words a salutation has besides names and titles: "Dear comrades,", "My dear Comrade Chairman!",
# "Comrades Mao and Zhou!", "Comrade Chairman of the Central Committee,"
SALUTE_WORD = re.compile(r"^(?:and|of|the|dear|my|comrades?|sir|madam)$")


def is_salutation(text: str) -> bool:
    """"Comrade Stalin!", "Dear Comrade Filippov [Stalin],": whom the letter greets, names and
    titles only; not a sentence that begins with them ("Comrades Gao Gang and Kim Il Sung asked
    me to transmit to Comrade Filippov the following:")."""
    if not SALUTE.match(text):
        return False
    words = re.sub(r"\[[^\]]*\]", "", text).strip().rstrip(",:!").replace(",", " ").split()
    return all(NAME_WORD.match(w) or SALUTE_WORD.match(w) for w in words)


# a salutation the first paragraph runs on from, on the same line: "Comrade Mao Zedong! The Soviet
# government ...", "Dear Comrade Stalin, I have received ...", "To Comrade Kovalev. Your telegram ...";
# only these clear forms ("Comrade X," may begin a sentence), the name capitalised words, initials
# or a bracketed identification, and a sentence after it
RUN_IN_SALUTE = re.compile(r"^(?P<salute>(?:(?:My\s+)?Dear\s+(?:Comrades?|Cde\.)\s+(?P<dear>(?:[A-Z]\.\s?){0,3}[A-Z][^,!:;.]{0,60}?(?:\s\[[^\]]{1,40}\])?)[,!]"
                           r"|(?:Comrades?|Cde\.)\s+(?P<comrade>(?:[A-Z]\.\s?){0,3}[A-Z][^,!:;.]{0,60}?(?:\s\[[^\]]{1,40}\])?)!"
                           r"|To\s+(?:Comrades?|Cde\.)\s+(?P<to>(?:[A-Z]\.\s?){0,3}[A-Z][^,!:;.]{0,40}?)\.))"
                           r"\s+(?P<rest>[A-Z\"“].{20,})$", re.S)


def run_in_salutation(text: str) -> tuple[str, str] | None:
    """(salutation, the paragraph after it) where the first paragraph begins with a salutation
    set on its line ("Comrade Mao Zedong! The Soviet government has received ..."), else None."""
    m = RUN_IN_SALUTE.match(text)
    if not m:
        return None
    name = re.sub(r"\[[^\]]*\]", "", m.group("dear") or m.group("comrade") or m.group("to")).split()
    if not name or not all(NAME_WORD.match(w) or w in ("and", "of", "the") for w in name) or not name[-1][:1].isupper():
        return None
    return m.group("salute"), m.group("rest")


def strip_quotes(text: str) -> str:
    return text.strip().strip(OPEN_QUOTES + CLOSE_QUOTES).strip()


def is_signature(text: str) -> bool:
    """A name alone on its line: capitalised words, initials, a bracketed identification (or a
    name in parentheses after it: "Andreev (Mikoyan)", "W. Gomułka (Wiesław)")."""
    text = re.sub(r"\[[^\]]*\]|(?<=\w)\s*\((?:[A-Z][\w'’\-]*\.?\s?){1,3}\)$", "", strip_quotes(text)).strip()
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 50 or text.endswith((",", ":", ";")):
        return False
    if text.endswith(".") and not re.search(r"\b[A-Z]\.$", text):
        return False
    return all(NAME_WORD.match(w) for w in words)


def split_date(text: str):
    """(before, date text, after) when the line holds exactly one date, else None.  A date
    without its year counts ("3 January, 11 p.m."): the year is supplied later, by the date
    pass, from the telegram's date (here only the shape of the line matters)."""
    found = find_dates(text, context="1900-06-15")  # (a day of the month too: "Peking, the 14th")
    if len(found) != 1:
        return None
    f = found[0]
    return text[:f.start], text[f.start:f.end], text[f.end:]


# when the cable was received, in parentheses after the date of sending: "3 March 1952 (received 4 March)"
# a cable's markings run into its dateline on one line, as FRUS prints them: "SECRET  NIACT  MOSCOW,
# January 14, 1950—6 p.m." (classification, precedence; then the place, date and time)
_DATELINE_MARK = (r"(?:TOP\s+)?SECRET|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED|NIACT|PRIORITY|URGENT|(?:OPERATIONAL\s+)?IMMEDIATE"
                  r"|FLASH|NODIS|EXDIS|LIMDIS|PERSONAL")
MARKED_DATELINE = re.compile(rf"^(?P<marks>(?:(?:{_DATELINE_MARK})\s+)+)(?P<dateline>[A-Z].*)$")
# the editor's note of when the cable was received, in brackets on its own line: "[Received January 15—3:12 a.m.]"
RECEIVED_LINE = re.compile(r"^\[(?:Received|Deciphered)\b[^\[\]]{3,60}\]\.?$")
RECEIVED_AFTER = re.compile(r"\s*\((?:received|deciphered)\s+[^()]{3,40}\)\.?$", re.I)


def _dateline(text: str, block: Block) -> list:
    """A dateline; the note of receipt after its date, "3 March 1952 (received 4 March)", a
    routing line of its own beside it (a dateline holds one date, the sending's)."""
    received = RECEIVED_AFTER.search(text)
    if received is None:
        return [_at(E("dateline", text), block)]
    dateline = _at(E("dateline", text[:received.start()]), block)
    dateline.tail = text[received.start():received.start() + len(received.group(0)) - len(received.group(0).lstrip())] or " "
    return [dateline, _at(E("seg", received.group(0).strip(), type="transmission"), block)]


def is_dateline(text: str) -> bool:
    parts = split_date(RECEIVED_AFTER.sub("", strip_quotes(text)))
    if not parts:
        return False
    before, _, after = parts
    # A place may stand before the date ("Moscow, 10 January 1949"), a time after it, or the
    # place after it ("18 July 1949, Moscow", "8 January 1951, 18:00, at Kunsan-ni").
    # (or the label of a cable's form: "Date: 3 March 1952")
    place_ok = not before.strip() or re.match(r"^[A-Z][\w\- ]{1,30},\s*$|^Date(?:d)?:\s*$", before)
    return bool(place_ok) and (not after.strip(" .,") or bool(TIME_AFTER.match(after.strip()))
                               or bool(PLACE_AFTER.match(after.strip())))


# the place after a dateline's date, a time between them: ", Moscow", ", 18:00, at Kunsan-ni*"
PLACE_AFTER = re.compile(r"^,\s*(?:(?:at\s+)?\d{1,2}[.:]\d\d(?:\s*(?:hours|hrs))?,?\s*)?(?:at\s+|in\s+)?"
                         r"[A-Z][\w'’]+(?:[ -][A-Z]?[\w'’]+)?\.?(?:[*¹²³]|\[(?:\*{1,3}|\d{1,2})\])?$")


class BodyStructure(Transform):
    """Builds the <div type="telegram"> from the reader's blocks."""

    def apply(self, doc: Document) -> None:
        raw = doc.raw
        div = E("div", type="telegram")
        doc.div = div
        blocks = list(raw.blocks)
        if raw.heading:
            head = E("head", raw.heading)
            head.sourceline = raw.title_line
            div.append(head)
            if blocks and blocks[0].kind == "anchor":  # a note on the heading (see the compilation reader): in the head
                _attach_note(doc, div, blocks.pop(0))
        if raw.part:  # "Cable No. 2" of a record holding several
            head = E("head", raw.part)
            head.sourceline = raw.line - 1
            div.append(head)

        blocks = _take_endnotes(doc, blocks)
        leading, blocks = _take_while(blocks, lambda b: _between(b.text))
        trailing = []
        while blocks and _between(blocks[-1].text):
            trailing.insert(0, blocks.pop())
        above = 0
        for block in leading:
            el = _gap_or_annotation(block)
            if el.tag == T + "pb" and block.line < raw.title_line:  # the page began above the heading
                div.insert(above, el)
                above += 1
            else:
                div.append(el)

        blocks = self._unquote_message(blocks, div)

        # Lines before the letter proper: descriptive heads, address lines, salutations.
        opener = E("opener")
        while blocks:
            block = blocks[0]
            text = block.text
            # (a Markdown copy may set the markings as a block quotation: "> TOP SECRET")
            line = cable_line(text) if block.kind in ("text", "quote") else None
            if line is None and block.kind == "text" and _from_place(doc, text, blocks[1:2]):
                line = "transmission"  # "From Peking" on its line, over "Dispatched 17.XI.52 at 21.40": where it was sent from
            marked = MARKED_DATELINE.match(text) if block.kind == "text" and line is None else None
            if marked and not is_dateline(marked.group("dateline")):
                marked = None
            if line:
                opener.append(_at(E("seg", text, type=line), block))
            elif marked and opener.find(T + "dateline") is None:
                for mark in re.finditer(_DATELINE_MARK, marked.group("marks")):
                    opener.append(_at(E("seg", mark.group(0), type="classification"), block))
                opener.extend(_dateline(marked.group("dateline"), block))
            elif block.kind == "text" and RECEIVED_LINE.match(text) and len(opener):
                # (the brackets pass makes its words the editor's supplied words)
                opener.append(_at(E("seg", text, type="transmission"), block))
            elif block.kind == "text" and (is_address(text) or _destination(doc, text, blocks[1:3])) \
                    or block.kind == "quote" and is_address(text):  # ("> Beijing, to Comrade Kuznetsov")
                opener.append(_at(E("seg", text, type="address"), block))
            elif (block.kind == "text" and is_dateline(text) and opener.find(T + "dateline") is None
                  and (opener.find(T + "salute") is None and len(blocks) > 2
                       or any(is_salutation(b.text) or ADDRESSEE.match(b.text) for b in blocks[1:3] if b.kind == "text"))):
                # "Moscow, 20th April, 1949." above the salutation, or a date alone at the head of the
                # text ("January 8, 1950" under the title)
                opener.extend(_dateline(text, block))
            elif block.kind == "text" and (is_salutation(text) or ADDRESSEE.match(text)) and len(blocks) > 1:
                opener.append(_at(E("salute", text), block))
            elif block.kind == "text" and opener.find(T + "salute") is None and (run_in := run_in_salutation(text)):
                # the salutation the first paragraph runs on from: read as a line of its own (a
                # salute, or an address, "To Comrade X."), the rest the first paragraph
                tag, kind = ("seg", "address") if is_address(run_in[0]) else ("salute", None)
                opener.append(_at(E(tag, run_in[0], type=kind), block))
                blocks[0] = Block(run_in[1], block.line)
                continue
            elif block.kind == "text" and not len(opener) and is_heading(text) and len(blocks) > 2:
                div.append(_at(E("head", text, type="sub" if text.startswith("(") else None), block))
            elif block.kind == "text" and len(opener) and ANNOTATION.match(text) and _opener_line_follows(doc, blocks[1:]):
                # "[handwritten: ...]" between the address lines: where it stands, in the opener
                # (it does not end it: the lines under it are the opener's too)
                opener.append(_annotation(block))
            else:
                break
            blocks.pop(0)
        if len(opener):
            div.append(opener)

        # each letter the cable quotes without quotation marks, after the paragraph that
        # announces it: a quote of its own; the cable's closing lines (or its postscript) are
        # read after the last
        letters = []  # (the blocks above it, the letter's, whether it is a reply)
        earlier = ""  # (the text above the letters: who wrote them, "the telegrams of Peng Dehuai")
        while (letter := _unmarked_letter(doc, blocks, earlier)) is not None:
            start, end, reply = letter
            letters.append((blocks[:start], blocks[start:end], reply))
            earlier += " ".join(b.text for b in blocks[:start]) + " "
            blocks = blocks[end:]

        # "P.S. ..." after the signature: a postscript (kept as paragraphs when no closer precedes it)
        ps_at = next((i for i in range(max(0, len(blocks) - 3), len(blocks))
                      if blocks[i].kind == "text" and POSTSCRIPT.match(blocks[i].text)), None)
        postscript = blocks[ps_at:] if ps_at is not None else []
        closer_blocks = self._closer_blocks(doc, blocks[:ps_at] if postscript else blocks, ending=True)
        if postscript and closer_blocks:
            blocks = blocks[:ps_at]
            # "Copies to: Molotov, ..." under the postscript: the cable's distribution, not the
            # postscript's words; in the closer with the cable's other lines (there is one closer)
            under = []
            while len(postscript) > 1 and postscript[-1].kind == "text" and \
                    cable_line(postscript[-1].text) in ("distribution", "transmission", "number", "enclosure"):
                under.insert(0, postscript.pop())
        else:
            if postscript:  # "P.S. ..." above the signature: a paragraph, the closing lines under it
                closer_blocks = self._closer_blocks(doc, blocks, ending=True)
            postscript, under = [], []
        blocks = blocks[: len(blocks) - len(closer_blocks)]
        closer_blocks = closer_blocks + under

        for above, quoted, reply in letters:
            self._paragraphs(doc, above, div)
            quote = _at(E("quote", type="reply" if reply else None), quoted[0])
            self._paragraphs(doc, quoted, quote)
            div.append(quote)
            self._letter_in_quote(doc, quote)
        self._paragraphs(doc, blocks, div)
        _quoted_paragraphs(div)
        _quoted_block(div)
        for quote in div.iterfind(f"{T}quote[@rend='quoted']"):
            self._letter_in_quote(doc, quote)
        if closer_blocks:
            closer = self._closer(doc, closer_blocks)
            div.append(closer)
        if postscript:
            ps = E("postscript")
            self._paragraphs(doc, postscript, ps)
            div.append(ps)
        for container in [div, *div.iter(T + "quote", T + "body", T + "postscript")]:
            _nest_points(container)
        for p in div.iter(T + "p"):
            p.attrib.pop(STYLE, None)
        for block in trailing:
            div.append(_gap_or_annotation(block))
        body = E("body", div)
        doc.root.append(E("text", body))
        doc.root[-1].set("{http://www.w3.org/XML/1998/namespace}lang", "en")

    @staticmethod
    def _unquote_message(blocks: list[Block], div) -> list[Block]:
        """A cable that transmits a message in quotation marks: keep the marks as @rend."""
        texts = [b for b in blocks if b.kind == "text"]
        if len(texts) < 2:
            return blocks
        first, last = texts[0], texts[-1]
        if first.text[:1] in OPEN_QUOTES and last.text[-1:] in CLOSE_QUOTES:
            inner = " ".join(b.text for b in texts)[1:-1]
            if sum(inner.count(q) for q in "\"") % 2 == 0:
                first.text = first.text[1:].lstrip()
                last.text = last.text[:-1].rstrip()
                div.set("rend", "quoted")
        return blocks

    @staticmethod
    def _closer_blocks(doc: Document, blocks: list[Block], ending: bool = False) -> list[Block]:
        """The closing lines, read from the end: dates, signatures, anchors, a formula.  ending:
        the telegram's own, which may end with its formula alone ("Waiting for an answer.")."""
        taken = 0
        seen_closing = False
        if ending and (last := next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].kind != "anchor"), None)) \
                is not None and last > 0 and blocks[last].kind == "text" and ENDING_FORMULA.match(blocks[last].text):
            return blocks[last:]  # (no signature, no date under it: the closer is the formula)
        for i in range(len(blocks) - 1, -1, -1):
            block = blocks[i]
            text = block.text
            if block.kind == "text" and text.rstrip()[-1:] in CLOSE_QUOTES and text.lstrip()[:1] not in OPEN_QUOTES \
                    and _opens_quote(text.rstrip()[::-1]):
                break  # the end of a message quoted above ('MAO ZEDONG"'): the message's, not the closer's
            if block.kind == "anchor" and taken == 0:
                pass
            elif block.kind == "text" and (is_dateline(text) or _signs(doc, text) or _date_and_name(text)):
                seen_closing = True
            elif block.kind == "text" and _office_under(doc, blocks, i):
                seen_closing = True  # "Minister of Foreign Affairs of ..." under the signature
            elif block.kind == "text" and seen_closing and ANNOTATION.match(text) and i > 0 and _signs(doc, blocks[i - 1].text):
                pass  # "KIM IL SUNG" / "[signature]" / "Chairman of ...": the editor's note of the signature
            elif block.kind == "text" and not seen_closing and cable_line(text) == "transmission":
                pass  # "Transmitted 14 May 1950, 03:35 Moscow time." after the signature
            elif block.kind == "text" and not seen_closing and taken and ANNOTATION.match(text):
                pass  # "[Handwritten: ...]" between the date and the lines of sending and receipt under it
            elif block.kind == "text" and cable_line(text) in ("number", "distribution", "enclosure"):
                pass  # the cable's number among the closing lines: "KOVALEV / No. 32 / 24.12.49"; "Copy to: ..."
            elif block.kind == "text" and seen_closing and CLOSING_FORMULA.match(text):
                taken += 1
                break
            else:
                break
            taken += 1
        closing = blocks[len(blocks) - taken:] if taken else []
        # A closer must hold a date or a signature, not only an anchor or a transmission note.
        if not seen_closing:
            return []
        return closing

    @staticmethod
    def _closer(doc: Document, blocks: list[Block]):
        closer = E("closer")
        for block in blocks:
            text = block.text
            if block.kind == "anchor":
                _attach_note(doc, closer, block)
                continue
            if ANNOTATION.match(text):  # "[signature]" under the name: in the signature, where it stands
                if len(closer) and closer[-1].tag == T + "signed" and not len(closer[-1]):
                    closer[-1].text = (closer[-1].text or "").rstrip() + " "
                    closer[-1].append(_annotation(block))
                else:
                    closer.append(_annotation(block))
                continue
            if not is_dateline(text) and cable_line(text) in ("transmission", "number", "distribution", "enclosure"):
                closer.append(_at(E("seg", text, type=cable_line(text)), block))
            elif ENDING_FORMULA.match(text) or CLOSING_FORMULA.match(text) and not is_signature(text):  # ("Regards")
                closer.append(_at(E("salute", text), block))
            elif len(closer) and closer[-1].tag == T + "signed" and office_line(text) and not is_dateline(text):
                closer[-1].append(E("lb"))  # the signer's office on the line under the name
                closer[-1][-1].tail = text
            elif is_dateline(text):
                closer.extend(_dateline(text, block))
            elif (len(closer) and closer[-1].tag == T + "dateline" and len(closer[-1]) == 0 and _known_place(doc, text)
                  and not _known_person(doc, text)):
                closer[-1].append(E("lb"))  # "10 April 1950" / "Pyongyang": the dateline's place, on its line
                closer[-1][-1].tail = text.strip()
            elif _signs(doc, text):
                # two signers on one line, set apart by a run of spaces: "LIU SHAOQI      GAO GANG"
                names = re.split(r"\s{3,}|\t+", text.strip())
                for name in names if len(names) > 1 and all(is_signature(n) for n in names) else [text]:
                    closer.append(_at(E("signed", name), block))
            elif _known_place(doc, _date_and_name(text)[2]) and not _date_and_name(text)[0].strip():
                closer.append(_at(E("dateline", text), block))  # "9/XI/49 Peking": the place after the date
            else:
                before, date, after = _date_and_name(text)
                if before.strip():
                    closer.append(_at(E("signed", before.strip()), block))
                    closer[-1].tail = " "
                closer.append(_at(E("dateline", date), block))
                if after.strip():
                    closer[-1].tail = " "
                    closer.append(_at(E("signed", after.strip()), block))
        return closer

    @staticmethod
    def _letter_in_quote(doc: Document, quote) -> None:
        """A letter quoted whole in a covering cable, with its own address, salutation and
        signature ("To the Chairman ..." / "Dear Comrade Stalin!" / ... / "With deep respect," /
        "KIM IL SUNG" / "[signature]" / "Chairman of ..." / "8 July 1950"): a floatingText of
        type "letter" inside the quote, its opener and closer as the telegram's are read."""
        children = list(quote)
        if any(c.tag not in (T + "p", T + "note") or len(c) and c.tag == T + "p" for c in children):
            return  # (only plain paragraphs and the editor's annotations, as _quoted_paragraphs makes them)
        blocks = [Block(c.text or "", c.sourceline or 0) if c.tag == T + "p" else
                  Block("[" + "".join(c.itertext()) + "]", c.sourceline or 0) for c in children]
        opening = 0
        while opening < min(2, len(blocks) - 1) and (is_address(blocks[opening].text) or is_salutation(blocks[opening].text)
                                                     or ADDRESSEE.match(blocks[opening].text)):
            opening += 1
        # the letter's salutation its first paragraph runs on from ("Dear Comrade Stalin! On behalf
        # of ..."): a line of its own, as at the head of a telegram
        run_in = None if any(is_salutation(b.text) or ADDRESSEE.match(b.text) for b in blocks[:opening]) \
            or opening >= len(blocks) else run_in_salutation(blocks[opening].text)
        closing = BodyStructure._closer_blocks(doc, blocks[opening:])
        if not closing or len(closing) >= len(blocks) - opening:
            return  # a letter has its signature and date, and text above them
        body = E("body")
        if opening or run_in:
            opener = E("opener")
            for block in blocks[:opening] + ([Block(run_in[0], blocks[opening].line)] if run_in else []):
                tag, kind = ("seg", "address") if is_address(block.text) else ("salute", None)
                opener.append(_at(E(tag, block.text, type=kind), block))
            body.append(opener)
            if run_in:
                children[opening].text = run_in[1]
        for child in children[opening:len(children) - len(closing)]:
            body.append(child)
        body.append(BodyStructure._closer(doc, closing))
        for child in children:
            if child.getparent() is quote:
                quote.remove(child)
        quote.append(E("floatingText", body, type="letter"))

    def _paragraphs(self, doc: Document, blocks: list[Block], div) -> None:
        current_list = current_table = None
        pending_reply = False
        # roman points where the text has at least "I." and "II." (a lone "I. ..." may be an initial)
        romans = {m.group("n") for b in blocks if b.kind == "text" for m in [ROMAN_POINT.match(b.text)] if m}
        roman = {"I", "II"} <= romans
        figures = _figure_rows(blocks)
        for i, block in enumerate(blocks):
            text = block.text
            if i in figures:  # a table of figures set in columns: "Rifles            80,000"
                if current_table is None:
                    current_table = E("table")
                    div.append(current_table)
                cells, heading = figures[i]
                current_table.append(_at(E("row", *[E("cell", c) for c in cells], role="label" if heading else None), block))
                current_list, pending_reply = None, False
                continue
            if block.kind == "anchor" and SEPARATOR.match(text) and text not in doc.raw.footnotes:
                div.append(_at(E("milestone", unit="section"), block))  # "***" that marks no note: a break
                continue
            if block.kind == "anchor":
                _attach_note(doc, div, block)
                continue
            if block.kind == "quote":  # a block quotation of the source (Markdown's "> ")
                last = div[-1] if len(div) else None
                if last is None or last.tag != T + "quote" or last.get("rend") != "block":
                    last = E("quote", type="reply" if pending_reply else None, rend="block")
                    div.append(last)
                point = numbered_point(text)  # "> a) to agree to ...": the quotation's points keep their number
                last.append(_at(E("p", point[2] if point else text, n=point and point[0]), block))
                if point:
                    last[-1].set(STYLE, point[1])
                current_list, pending_reply = None, False
                continue
            if _between(text):
                div.append(_gap_or_annotation(block))
                current_list = None
                continue
            if SEPARATOR.match(text):  # "- - - -", "* * *": a break between parts of the text
                div.append(_at(E("milestone", unit="section"), block))
                current_list = current_table = None
                continue
            if TABLE_ROW.match(text):  # a Markdown table: "| Rails | 40,000 tons | Harbin |"
                if current_table is None:
                    current_table = E("table")
                    div.append(current_table)
                cells = [c.strip() for c in text.strip().strip("|").split("|")]
                if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):  # the rule under the heading row
                    if len(current_table):
                        current_table[-1].set("role", "label")
                    continue
                current_table.append(_at(E("row", *[E("cell", c) for c in cells]), block))
                current_list, pending_reply = None, False
                continue
            current_table = None
            bullet = BULLET.match(text)
            if bullet:
                if current_list is None:
                    current_list = E("list", rend="bulleted")
                    div.append(current_list)
                current_list.append(_at(E("item", bullet.group("text")), block))
                pending_reply = False
                continue
            current_list = None
            n = style = None
            point = numbered_point(text, roman)
            if point:
                n, style, text = point
            if pending_reply and not n and text[-1:] in CLOSE_QUOTES + ".":
                # The reply a colon-ended paragraph announced: a quotation.
                quoted = text.lstrip(OPEN_QUOTES)
                if quoted[-1:] in "”“\"»" and quoted.count(quoted[-1]) % 2 == 1 or quoted[-1:] in "“":
                    quoted = quoted[:-1]
                div.append(E("quote", _at(E("p", quoted), block), type="reply"))
                pending_reply = False
                continue
            p = _at(E("p", text, n=n), block)
            if style:
                p.set(STYLE, style)
            div.append(p)
            last_sentence = re.split(r"(?<=[.!?])\s+", text)[-1]
            pending_reply = bool(text.endswith(":") and REPLY_ANNOUNCED.search(last_sentence)
                                 and FOLLOWING.search(last_sentence))


COLUMNS = re.compile(r"\s{2,}|\t")
FIGURE = re.compile(r"^[-–+]?(?:\d[\d,.\s]*\d|\d)\s*(?:%|per\s?cent)?$")


def _figure_rows(blocks: list[Block]) -> dict[int, tuple[list[str], bool]]:
    """The lines of a table of figures set in columns, a run of two rows at least, each split
    at runs of spaces into as many cells as the others, a figure in each row but the first
    (a heading row: "Item      Quantity"): {block index: (cells, heading)}."""
    rows = {}
    run: list[int] = []
    for i in range(len(blocks) + 1):
        cells = COLUMNS.split(blocks[i].text.strip()) if i < len(blocks) and blocks[i].kind == "text" \
            and len(blocks[i].text) < 150 else []
        if len(cells) >= 2 and (not run or len(cells) == len(COLUMNS.split(blocks[run[0]].text.strip()))):
            run.append(i)
            continue
        figured = [any(FIGURE.match(c) for c in COLUMNS.split(blocks[j].text.strip())) for j in run]
        if len(run) >= 2 and all(figured[1:]) and (figured[0] or len(run) >= 3):
            for j, has_figure in zip(run, figured):
                rows[j] = (COLUMNS.split(blocks[j].text.strip()), not has_figure)
        run = [i] if len(cells) >= 2 else []
    return rows


# "[1] Ivan Kovalev, Stalin's representative in China.": a note printed after the text, its
# mark "[1]" in the text (the archive's translations number their notes so)
ENDNOTE = re.compile(r"^\[(?P<n>\d{1,3})\]\s*(?P<text>\S.*)$", re.S)


def _take_endnotes(doc: Document, blocks: list[Block]) -> list[Block]:
    """The notes printed after the text, each with its mark in the text before them: taken
    out of the blocks into the footnotes, where the brackets pass finds them by their mark."""
    i = len(blocks)
    while i > 0 and blocks[i - 1].kind == "text" and ENDNOTE.match(blocks[i - 1].text):
        i -= 1
    notes = [ENDNOTE.match(b.text) for b in blocks[i:]]
    text = "\n".join(b.text for b in blocks[:i])
    if not notes:
        return _take_star_note(doc, blocks)
    if not all(f"[{m.group('n')}]" in text for m in notes):
        return blocks
    for block, m in zip(blocks[i:], notes):
        doc.raw.footnotes.setdefault(f"[{m.group('n')}]", Block(m.group("text").strip(), block.line))
    if i > 0 and NOTES_HEADING.match(blocks[i - 1].text):  # "Notes:" above them goes with them
        i -= 1
    return blocks[:i]


# "* CPV headquarters was then at Kunsan-ni." under the text, its mark glued to a word above ("Kunsan-ni*")
STAR_NOTE = re.compile(r"^(?P<n>\*{1,3})\s*(?P<text>[A-Z\[(\"“].{10,})$", re.S)


def _take_star_note(doc: Document, blocks: list[Block]) -> list[Block]:
    """A note marked "*" after the text (it was read as a bulleted item): the mark glued to a
    word above it becomes the bracketed mark the brackets pass turns into the note."""
    if not blocks or blocks[-1].kind != "text":
        return blocks
    note = STAR_NOTE.match(blocks[-1].text)
    if note is None:
        return blocks
    mark = note.group("n")
    glued = re.compile(r"(?<=[\w.,;:!?)\]'’\"”])" + re.escape(mark) + r"(?![*\w])")
    for block in reversed(blocks[:-1]):
        found = list(glued.finditer(block.text)) if block.kind == "text" else []
        if found:
            m = found[-1]
            block.text = f"{block.text[:m.start()]}[{mark}]{block.text[m.end():]}"
            doc.raw.footnotes.setdefault(f"[{mark}]", Block(note.group("text").strip(), blocks[-1].line))
            return blocks[:-1]
    return blocks


# where each style of numbering begins
FIRST_POINT = {"1.": "1", "1)": "1", "(1)": "1", "a)": "a", "(a)": "a", "I.": "I", "first": "1"}


def _nest_points(container) -> None:
    """Points under a point ("II. We came to the conclusion:" / "a) to reject ..." / "b) ..." /
    "III. ..."): a run of points in which points of another style begin again under a point (a
    letter under a number, an arabic number under a roman one, "1)" under "1.") is a list, each
    point an item keeping its number, and the points under one a list inside its item.  A run
    without points under points stays paragraphs with @n."""
    children = list(container)
    i = 0
    while i < len(children):
        if children[i].tag != T + "p" or children[i].get(STYLE) is None:
            i += 1
            continue
        levels = [children[i].get(STYLE)]  # the styles of the levels open, the run's own first
        tree = []  # (element, depth); a page break or omission between points: depth None
        j = i
        while j < len(children):
            el = children[j]
            style = el.get(STYLE) if el.tag == T + "p" else None
            if el.tag in (T + "pb", T + "gap") and j + 1 < len(children) and children[j + 1].get(STYLE):
                tree.append((el, None))
                j += 1
                continue
            if style is None:
                break
            if style in levels:
                del levels[levels.index(style) + 1:]
            elif el.get("n") == FIRST_POINT[style]:
                levels.append(style)  # points of another style begin: under the point above
            else:
                break
            tree.append((el, len(levels) - 1))
            j += 1
        while tree and tree[-1][1] is None:
            tree.pop()
        if any(depth for _, depth in tree) and _sublists_of_two(tree):
            _points_list(container, tree)
        i += max(len(tree), 1)


def _sublists_of_two(tree) -> bool:
    """Every run of points under a point has two at least ("a)" and "b)"): a lone "a) ..."
    after "Fourth. ..." is no list under it."""
    depths = [d for _, d in tree if d is not None]
    counts = [0]  # the points of each level open, the run's own first
    for depth in depths:
        if depth >= len(counts):
            counts.append(0)
        while depth < len(counts) - 1:
            if counts.pop() < 2:
                return False
        counts[depth] += 1
    return all(c >= 2 for c in counts[1:])


def _points_list(container, tree) -> None:
    lists = [E("list", rend="numbered")]
    lists[0].sourceline = tree[0][0].sourceline
    container.insert(container.index(tree[0][0]), lists[0])
    for el, depth in tree:
        container.remove(el)
        if depth is None:  # (a page break between points: at the end of the item above)
            lists[-1][-1].append(el)
            continue
        del lists[depth + 1:]
        if depth == len(lists):
            lists.append(E("list", rend="numbered"))
            lists[-2][-1].append(lists[-1])
        item = E("item", n=el.get("n"))
        item.sourceline = el.sourceline
        item.text = el.text
        for child in el:
            item.append(child)
        lists[-1].append(item)


def _quoted_paragraphs(div) -> None:
    """A message quoted over several paragraphs ("Comrade Stalin! ... / ... the treaty."): a
    quote of those paragraphs, the marks that open and close it kept as rend="quoted" (as a
    quotation within one paragraph is a q, by the quotations pass)."""
    children = list(div)
    i = 0
    while i < len(children):
        first = children[i]
        text = first.text or ""
        if first.tag != T + "p" or len(first) or text[:1] not in OPEN_QUOTES or not _opens_quote(text):
            i += 1
            continue
        end = None
        for j in range(i + 1, min(i + 40, len(children))):
            el = children[j]
            if el.tag in (T + "note", T + "gap", T + "pb", T + "milestone"):
                continue  # "[signature]", "[...]" within the message
            if el.tag != T + "p" or len(el) or (el.text or "")[:1] in OPEN_QUOTES:
                break
            if (el.text or "").rstrip()[-1:] in CLOSE_QUOTES and _opens_quote((el.text or "")[::-1]):
                end = j
                break
        if end is None:
            i += 1
            continue
        quote = E("quote", rend="quoted")
        quote.sourceline = first.sourceline
        div.insert(div.index(first), quote)
        for el in children[i:end + 1]:
            quote.append(el)
        first.text = text[1:].lstrip()
        point = numbered_point(first.text)  # '"1. I received ...': the message's first point
        if point and first.get("n") is None and point[1] != "first":
            first.set("n", point[0])
            first.set(STYLE, point[1])
            first.text = point[2]
        last = children[end]
        last.text = last.text.rstrip()[:-1].rstrip()
        i = end + 1


def _quoted_block(div) -> None:
    """A block quotation (Markdown's "> ") printed in quotation marks from its first paragraph
    to its last ('> "Comrade Mao Zedong! ...' ... '> G. Malenkov, ..."'): the marks are the
    quote's rendering, rend="quoted", as for a quotation over several paragraphs."""
    for quote in div.iterfind(f"{T}quote[@rend='block']"):
        paras = [p for p in quote if p.tag == T + "p"]
        if not paras or any(len(p) for p in paras):
            continue
        first, last = paras[0].text or "", (paras[-1].text or "").rstrip()
        if first[:1] not in OPEN_QUOTES or last[-1:] not in CLOSE_QUOTES:
            continue
        if not _opens_quote(first) or len(paras) > 1 and not _opens_quote(last[::-1]):
            continue  # (the marks of one quotation: not '"Yes," he said. ... "No."')
        if len(paras) == 1:
            paras[0].text = first[1:].strip()[:-1].rstrip()
        else:
            paras[0].text, paras[-1].text = first[1:].lstrip(), last[:-1].rstrip()
        quote.set("rend", "quoted")


def _opens_quote(text: str) -> bool:
    """The text opens a quotation it does not close: a straight double quote an odd number of
    times, or more opening than closing curly or angle quotes."""
    if '"' in text:
        return text.count('"') % 2 == 1
    return text.count("“") + text.count("«") > text.count("”") + text.count("»") or \
        text.count("”") + text.count("»") > text.count("“") + text.count("«")


# what a paragraph that announces a message names: "the following letter:", "the text of his reply:"
MESSAGE_WORD = re.compile(r"\b(?:letter|message|telegram|cable|text|reply|answer|appeal|statement|greetings)s?\b", re.I)


def _unmarked_letter(doc: Document, blocks: list[Block], earlier: str = ""):
    """A letter quoted without quotation marks: a paragraph that announces it ("Please transmit
    to Comrade Stalin the following letter:", "The second, of 13 October:"), then the letter
    with its own address lines and salutation ("Dear Comrade Stalin!"), its text, and its
    closing lines, to the end of the cable or up to the sender's own closing lines or text.
    (start, end, whether it is a reply) of the letter's blocks, or None."""
    for i, block in enumerate(blocks[:-3]):
        text = block.text.rstrip()
        if block.kind != "text" or not text.endswith(":"):
            continue
        last = re.split(r"(?<=[.!?])\s+", text)[-1]
        named = FOLLOWING.search(last) or MESSAGE_WORD.search(last)  # "the following letter:"
        j = i + 1
        while j < min(i + 3, len(blocks)) and blocks[j].kind == "text" and is_address(blocks[j].text):
            j += 1
        # (a salutation, names and titles only, where the paragraph does not say what follows; or
        # one the letter's first paragraph runs on from, "Dear Comrade Stalin! On behalf of ...")
        run_in = blocks[j].kind == "text" and named and run_in_salutation(blocks[j].text) is not None
        if blocks[j].kind != "text" or not (is_salutation(blocks[j].text) or named and ADDRESSEE.match(blocks[j].text)
                                            or run_in):
            continue
        # (a paragraph of text at least; the text above says who wrote it, "the telegram of Liu Shaoqi")
        end = _letter_end(doc, blocks, j + (1 if run_in else 2), earlier + " ".join(b.text for b in blocks[:i + 1]))
        if end is None or any(b.kind != "text" and b.kind != "anchor" or TABLE_ROW.match(b.text) for b in blocks[j:end]):
            continue
        return i + 1, end, bool(REPLY_ANNOUNCED.search(last))
    return None


def _letter_end(doc: Document, blocks: list[Block], start: int, announced: str) -> int | None:
    """Where a letter quoted without quotation marks ends: after its closing lines (a formula,
    its signatures with the signer's office, the editor's "[signature]", its date and place),
    before a signature under them (the sender's of the cable: "KIM IL SUNG" / "8 July 1950" /
    "SHTYKOV"; names directly under each other sign together, "KIM IL SUNG" / "PAK HON-YONG",
    unless the text above names the letter's signer and not the other: "the telegrams of
    Peng Dehuai" ... "PENG DEHUAI" / "KUZNETSOV") or the cable's text going on."""
    k = next((k for k in range(start, len(blocks)) if blocks[k].kind == "text" and (
        _signs(doc, blocks[k].text) or _date_and_name(blocks[k].text))), None)
    if k is None:
        return None
    words = set(re.findall(r"\w{3,}", announced.lower()))
    named = lambda text: bool(set(re.findall(r"\w{3,}", text.lower())) & words)
    signatures_only, first = True, blocks[k].text
    while k + 1 < len(blocks) and blocks[k + 1].kind in ("text", "anchor"):
        text = blocks[k + 1].text
        if blocks[k + 1].kind == "anchor" or ANNOTATION.match(text) or _office_under(doc, blocks, k + 1) \
                or is_dateline(text) or _known_place(doc, text) and is_dateline(blocks[k].text):
            signatures_only = False
        elif not (signatures_only and _signs(doc, text) and (named(text) or not named(first))):
            break  # the cable's sender signing, or its text going on
        k += 1
    return k + 1


def own_closer(div):
    """The telegram's own closing lines: its closer; or, where it ends with a letter it quotes
    and has no closer of its own, the letter's, which sign and date the cable too."""
    closer = div.find(T + "closer")
    if closer is not None and (closer.find(T + "signed") is not None or closer.find(T + "dateline") is not None):
        return closer
    # (a closer of the formula alone, "Waiting for an answer.", under the letter signs nothing)
    blocks = [c for c in div if c.tag not in (T + "pb", T + "gap", T + "note", T + "milestone", T + "closer")]
    if blocks and blocks[-1].tag == T + "quote":
        return blocks[-1].find(f"{T}floatingText/{T}body/{T}closer")
    return closer


def _take_while(blocks, predicate):
    i = 0
    while i < len(blocks) and predicate(blocks[i]):
        i += 1
    return blocks[:i], blocks[i:]


def _at(el, block: Block):
    el.sourceline = block.line
    return el


def _gap(block: Block):
    return _at(E("gap", reason="omitted-in-source", resp="#source-editor"), block)


# "SOVIET AMBASSADOR", "To the Soviet Ambassador": the office a cable goes to, on a line of its own
OFFICE_LINE = re.compile(r"^(?:to\s+(?:the\s+)?)?(?:[A-Z][\w\-]+\s+){0,2}(?:ambassador|consul(?:-general)?|envoy|"
                         r"representative|military\s+adviser|chief\s+military\s+adviser|embassy|mission)[.:]?$", re.I)


def _destination(doc: Document, text: str, following: list[Block], depth: int = 0) -> bool:
    """"Nanking." alone above the address line or salutation: where the cable goes, a place
    the authority file knows; or the office it goes to, "PYONGYANG" / "SOVIET AMBASSADOR" /
    "To Comrade Shtykov." (a place and an office, each on its own line, the name under them or not)."""
    nxt = following[0].text if following and following[0].kind == "text" else ""
    if OFFICE_LINE.match(text.strip()):
        return True  # (the office alone says whom the cable goes to: "BEIJING" / "SOVIET AMBASSADOR" / "Visit ...")
    leads_on = bool(is_address(nxt) or is_salutation(nxt) or OFFICE_LINE.match(nxt.strip())) or (
        depth == 0 and _destination(doc, nxt, following[1:2], depth + 1))
    if not leads_on:
        return False
    if not re.fullmatch(r"[A-Z][\w\-’']+(?:[ -][A-Z][\w\-’']+)?[.:]?", text.strip()):
        return False
    found = doc.authority.mentions(text.strip().rstrip(".:"))
    if depth == 0 and not found and OFFICE_LINE.match(nxt.strip()):
        return True  # "Belgrade" / "Soviet Ambassador" / "To Comrades Tito ...": the place, known or not, above the office
    return len(found) == 1 and found[0].kind == "place"


def _between(text: str) -> bool:
    """An omission, an annotation or a page break: stands between paragraphs, before or after the letter."""
    return bool(GAP_ONLY.match(text) or ANNOTATION.match(text) or PAGE_LINE.match(text))


def _opener_line_follows(doc: Document, blocks: list[Block]) -> bool:
    """Whether, after the editor's annotations, the next block is a line of an opener (an
    address, a cable's marking or routing, a salutation) with the text still to come."""
    rest = list(itertools.dropwhile(lambda b: b.kind == "text" and ANNOTATION.match(b.text), blocks))
    if len(rest) < 2 or rest[0].kind != "text":
        return False
    text = rest[0].text
    return bool(cable_line(text) or is_address(text) or _destination(doc, text, rest[1:3])
                or is_salutation(text) or ADDRESSEE.match(text))


def _annotation(block: Block):
    """[Handwritten: "Agreed. I. St."] -> <note type="annotation"><label>Handwritten</label>:
    "Agreed. I. St."</note>: the editor's words kept, the brackets its rendering."""
    m = ANNOTATION.match(block.text)
    label = E("label", " ".join(m.group("label").split()))
    if m.group("text"):  # "[Signature]" alone: the label only
        label.tail = ": " + " ".join(m.group("text").split())
    return _at(E("note", label, type="annotation", resp="#source-editor"), block)


def _gap_or_annotation(block: Block):
    page = PAGE_LINE.match(block.text)
    if page:
        return _at(E("pb", n=page.group("n"), type="marker"), block)
    return _gap(block) if GAP_ONLY.match(block.text) else _annotation(block)


# "Mao Tse-tung, Chairman of the Central Committee of the CCP": a signature with the signer's office;
# no sentence in it, a full stop only after an initial letter ("Minister of Foreign Affairs of the U.S.S.R.")
OFFICE = re.compile(r"^(?:(?:Vice|Deputy|First)[\s-])?(?:Chairman|Secretary|General Secretary|Minister|Ambassador|Commander"
                    r"|Commander-in-Chief|President|Premier|Head|Chief|Member|Representative|Consul|Envoy|Marshal"
                    r"|Plenipotentiary)\b(?:[^.;:!?]|(?<=\b[A-Z])\.){0,100}$")


# "Colonel General", "Marshal of the Soviet Union", "General of the Army": a military rank alone,
# on the line under the signer's name as an office is
RANK_LINE = re.compile(r"^(?:(?:Colonel|Lieutenant|Major|Army|Rear|Vice|Chief|Fleet)[\s-])?(?:General|Admiral|Colonel|Marshal"
                       r"|Major|Lieutenant|Captain|Commissar)(?:\s+of\s+(?:the\s+)?(?:Soviet\s+Union|Army|Aviation|Artillery"
                       r"|Armou?red\s+(?:Troops|Forces)|Tank\s+Troops|Engineer(?:ing)?\s+Troops|Signal\s+Troops|Fleet))?$", re.I)


def office_line(text: str) -> bool:
    """The signer's office or rank on a line of its own: "Minister of Foreign Affairs of the
    USSR", "Colonel General"."""
    text = text.strip().rstrip(".")
    return bool(OFFICE.match(text) or RANK_LINE.match(text))


# "Marshal of the Soviet Union A. Vasilevsky", "General of the Army S. Shtemenko": a rank or
# office before the name
RANK_BEFORE = re.compile(r"^(?:(?:Colonel|Lieutenant|Major|Army)[\s-])?(?:Marshal|General|Admiral|Colonel|Commander|"
                         r"Ambassador|Minister|Chairman|Premier|Secretary)(?:\s+(?:of|the|[A-Z][\w\-]*))*?\s+"
                         r"(?P<name>(?:[A-Z]\.\s?){1,3}[A-Z][\w\-’']+)$")


def _signs(doc: Document, text: str) -> bool:
    """A signature: a name alone on its line, or with a full stop, "Filippov.", when the
    authority file knows the person (else "Agreed." would sign a telegram), followed by
    the signer's office ("Mao Tse-tung, Chairman of the ..."), after the signer's rank
    ("Marshal of the Soviet Union A. Vasilevsky"), or several names, one of them known
    ("Mao Zedong, Zhou Enlai")."""
    if is_signature(text):
        return True
    name, comma, office = text.strip().partition(",")
    if comma and OFFICE.match(office.strip().rstrip(".")) and is_signature(name):
        return True
    if RANK_BEFORE.match(text.strip()):
        return True
    names = [n for n in re.split(r"\s*,\s*|\s+and\s+", text.strip().rstrip(".")) if n]
    if len(names) > 1 and all(is_signature(n) for n in names) and any(_known_person(doc, n) for n in names):
        return True
    name = text.strip()[:-1] if text.strip().endswith(".") else ""
    return bool(name) and is_signature(name) and _known_person(doc, name) or _known_body(doc, text)


def _known_body(doc: Document, text: str) -> bool:
    """A body signs as a person does, its name alone on its line: "CC VKP(b)", "THE CENTRAL
    COMMITTEE OF THE COMMUNIST PARTY OF CHINA" (the whole line a name of the file's, not a
    sentence that begins with one; is_signature does not read "VKP(b)" or "of the")."""
    name = re.sub(r"^the\s+", "", strip_quotes(text).rstrip("."), flags=re.I)
    if not name or len(name.split()) > 14 or re.search(r"[,;:!?]", name):
        return False
    entity = doc.authority.lookup(name)
    return entity is not None and entity.kind == "org"


def _office_under(doc: Document, blocks: list[Block], i: int) -> bool:
    """blocks[i] is the signer's office on a line of its own under the signature: "Chou
    En-lai" / "Minister of Foreign Affairs of the Central People's Government"."""
    text = blocks[i].text.strip().rstrip(".")
    j = i - 1
    while j > 0 and blocks[j].kind == "text" and ANNOTATION.match(blocks[j].text):
        j -= 1  # "KIM IL SUNG" / "[signature]" / "Chairman of the Cabinet of Ministers"
    # (the name may share its line with the date: "12.V.50 T. SHTYKOV" / "Ambassador of the USSR")
    return (j >= 0 and blocks[j].kind == "text" and office_line(text) and len(text) <= 120
            and (_signs(doc, blocks[j].text) or _date_and_name(blocks[j].text) is not None))


FROM_PLACE = re.compile(r"^(?:From|FROM)\s+(?P<place>[A-Z][\w\-’']+(?:[ -][A-Z][\w\-’']+)?)[.:]?$")


def _from_place(doc: Document, text: str, after: list[Block]) -> bool:
    """"From Peking" alone on its line above a cable's text: where it was sent from, a routing
    line of its own, when the place is known or a line of sending or receipt follows it."""
    m = FROM_PLACE.match(text.strip())
    return bool(m) and (_known_place(doc, m.group("place"))
                        or any(b.kind == "text" and cable_line(b.text) == "transmission" for b in after))


def _known_place(doc: Document, name: str) -> bool:
    entity = doc.authority.lookup(name.strip(" .,")) if name.strip(" .,") else None
    return entity is not None and entity.kind == "place"


def _known_person(doc: Document, name: str) -> bool:
    name = re.sub(r"\s*\[[^\]]*\]", "", name).strip()
    # (with initials the authority file does not list: "G. Malenkov, N. Khrushchev, N. Bulganin")
    entity = doc.authority.lookup(name) or initialled(doc.authority, name)
    return entity is not None and entity.kind == "person"


def _date_and_name(text: str):
    """A closing line with both a date and a name, in either order: 6.1.1949 Filippov [Stalin]."""
    parts = split_date(strip_quotes(text))
    if not parts:
        return None
    before, date, after = parts
    if before.strip() and after.strip():
        return None
    name = (before or after).strip()
    return parts if name and is_signature(name) else None


def _attach_note(doc: Document, container, block: Block) -> None:
    """A footnote anchor: the note goes at the end of what precedes it (the head, for a
    compilation's note on an item's heading)."""
    note_block = doc.raw.footnotes.get(block.text)
    if note_block is None:
        doc.warn(block.line, f"footnote mark '{block.text}' has no footnote text in the source; "
                 "it is kept as text", "footnote")
        target = container[-1] if len(container) else container
        target.append(E("seg", block.text, type="footnote-mark"))
        return
    note = E("note", note_block.text, place="foot", n=block.text, type="source")
    note.sourceline = note_block.line
    target = container
    while len(target) and target[-1].tag.split("}")[-1] in ("p", "signed", "closer", "dateline", "item", "list",
                                                            "quote", "salute", "head"):
        target = target[-1]
    target.append(note)
