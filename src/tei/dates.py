"""Dates as the sources write them, read into ISO 8601 at the precision they give.

Numeric dates are day first (Russian and European usage: 10.01.1949, 6.1.1949, 6. II. 1949,
22.IV.1948, 14/1/1949, 18-IV-1949, and with a roman month a two-digit year: 13.V.50, 18-IV-49, 19/XI-51; "13.5.50" only on a
line of its own or beside a signature or place), or year first (ISO 1949-01-14; 1949.1.15 as Chinese documents write it).  A date without a year
takes it from the telegram's own date and says so.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from .memo import per_source
from .regexes import led

MONTH_NAMES = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTH_NAMES.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTH_NAMES["sept"] = 9
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
         "XI": 11, "XII": 12}
_MONTH_WORDS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov",
                "Dec"]
# Month names as written or in capitals, never in lower case: "march 20 kilometres", "may 2".
# The stop after an abbreviation only ("Jan."): after a full name it ends the sentence ("on 1 March.").
_FULL = [m for m in _MONTH_WORDS[:12]]
_ABBR = [m for m in _MONTH_WORDS[12:]]
MONTH = ("(?:(?:" + "|".join(sorted(_FULL + [m.upper() for m in _FULL], key=len, reverse=True)) + r")\b"
         "|(?:" + "|".join(sorted(_ABBR + [m.upper() for m in _ABBR], key=len, reverse=True)) + r")\b\.?)")
# the words that make a date approximate: "c. January 1949", "mid-January", "the end of December"
ROUGHLY = r"(?:c\.|ca\.|circa|about|approximately|early|mid|late|(?:the\s+)?(?:end|beginning|middle)\s+of)"
THE = r"(?:the|The|THE)"
OF = r"(?:of|OF)"
ORD = r"(?:st|nd|rd|th|ST|ND|RD|TH)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"

# the days of a month in words, as older translations write them: "the fourteenth of January"
# (with "of" only: "second May Day" is no date)
_DAY_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
              "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
              "eighteenth", "nineteenth", "twentieth"]
DAY_WORDS = {w: i for i, w in enumerate(_DAY_WORDS, 1)}
DAY_WORDS.update({f"twenty-{w}": 20 + i for i, w in enumerate(_DAY_WORDS[:9], 1)})
DAY_WORDS.update({"thirtieth": 30, "thirty-first": 31})
DAY_WORD = "(?:" + "|".join(sorted(DAY_WORDS, key=len, reverse=True)) + ")"

# the words that may follow a year and never a count: articles, conjunctions, verbs' helpers,
# pronouns, prepositions ("for 1951 the plan", "for 1951 may be used", "for 1950 and 1951")
AFTER_A_YEAR = ("the|a|an|and|or|but|as|is|was|were|are|be|been|will|would|may|might|can|could|should|shall|must"
                "|has|have|had|not|also|already|in|on|at|to|by|from|with|into|we|you|they|it|he|she|our|your|their"
                "|its|this|that|these|those|which|who")

# Order matters: spans before single dates, longer forms before shorter.
# each with what it needs in the text: a month's name, digits with a separator, a year, an
# ordinal (a pattern that needs what the text lacks cannot match and is not tried; one that
# needs it is run only near it)
PATTERNS = [
    ("span-years", re.compile(rf"\b(?:from\s+)(?P<y1>{YEAR})\s+(?:to|till|until|through)\s+(?P<y2>{YEAR})\b", re.I), "year"),
    ("span-days", re.compile(rf"\b(?:from\s+)?(?P<d1>\d{{1,2}}){ORD}?\s*(?:[-–]|\s(?:to|till|until)\s)\s*"
                             rf"(?P<d2>\d{{1,2}}){ORD}?\s+(?:{OF}\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b"), "month"),
    ("span-days", re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d1>\d{{1,2}}){ORD}?\s*[-–]\s*(?P<d2>\d{{1,2}}){ORD}?(?!\d)"
                             rf"(?:,?\s+(?P<y>{YEAR}))?\b"), "month"),  # "January 14-16, 1949"
    # "the night of 14/15 January 1949": two days
    ("span-days", re.compile(rf"(?<![\d/.])(?P<d1>\d{{1,2}})/(?P<d2>\d{{1,2}})\s+(?:{OF}\s+)?(?P<m>{MONTH})"
                             rf"(?:,?\s+(?P<y>{YEAR}))?\b"), "month"),
    # "between 10 and 15 February 1949" (after "between" only: "on 10 and 15 February" are two days)
    ("span-days", re.compile(rf"(?<=\b[Bb]etween )(?P<d1>\d{{1,2}}){ORD}?\s+and\s+(?P<d2>\d{{1,2}}){ORD}?\s+"
                             rf"(?:{OF}\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b"), "between"),
    # two days of one month, "On 20 and 21 January", "January 20 and 21, 1951": two dates
    ("two-days", re.compile(rf"\b(?P<d1>\d{{1,2}}){ORD}?\s+and\s+(?P<d2>\d{{1,2}}){ORD}?\s+(?:{OF}\s+)?(?P<m>{MONTH})"
                            rf"(?:,?\s+(?P<y>{YEAR}))?\b"), "month"),
    ("two-days", re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d1>\d{{1,2}}){ORD}?\s+and\s+(?P<d2>\d{{1,2}}){ORD}?(?!\d)"
                            rf"(?:,?\s+(?P<y>{YEAR}))?\b"), "month"),
    ("numeric", re.compile(rf"(?<![\d-])(?P<y>{YEAR})-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])"), "sep"),  # ISO, "1949-01-14"
    # (a roman month may stand between two different separators: "19/XI-1951")
    # (nor glued to a letter: "l7.III.49" is OCR's "17", not the 7th)
    ("numeric", re.compile(rf"(?<![\w./-])(?P<d>\d{{1,2}})(?P<sep>[./-])\s?(?P<m>\d{{1,2}}(?=(?P=sep))|[IVX]{{1,4}})[./-]\s?"
                           rf"(?P<y>{YEAR})(?![\d])"), "sep"),  # "10.01.1949", "6. II. 1949", "14/1/1949", "18-IV-1949"
    # year first, as Chinese documents write it: "1949.1.15", "1949/01/15"
    ("numeric", re.compile(rf"(?<![\w./-])(?P<y>{YEAR})(?P<sep>[./])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?!\d|[./]\d)"), "sep"),
    # a roman month makes a two-digit year safe to read: "13.V.50", "18-IV-49", "20/IV/49", and
    # with two separators "19/XI-51" (the century from the telegram's date, else 19)
    ("numeric-short", re.compile(r"(?<![\w./-])(?P<d>\d{1,2})[./-]\s?(?P<m>[IVX]{1,4})[./-]\s?(?P<yy>\d\d)"
                                 r"(?![\d])(?![./-]\d)"), "sep"),
    # a day and a roman month without the year: "completed by 20.V.", "on 19/XII.", "on 4-5.IV."
    ("span-days", re.compile(r"(?<![\w./-])(?P<d1>\d{1,2})[-–](?P<d2>\d{1,2})[./]\s?(?P<m>[IVX]{1,4})\.(?!\s?\d)"), "sep"),
    ("day-month", re.compile(r"(?<![\w./-])(?P<d>\d{1,2})[./]\s?(?P<m>[IVX]{1,4})\.(?!\s?\d)"), "sep"),
    # or without the stop after a word that speaks of a day: "until 20.II to conclude" (not "point 20.II")
    ("day-month", re.compile(r"(?:(?<=\b[Uu]ntil )|(?<=\b[Tt]ill )|(?<=\b[Bb]y )|(?<=\b[Oo]n )|(?<=\b[Ff]rom )|(?<=\b[Bb]efore )"
                             r"|(?<=\b[Aa]fter )|(?<=\b[Ss]ince ))(?P<d>\d{1,2})[./]\s?(?P<m>[IVX]{1,4})(?=[\s,;:)]|$)"), "sep"),
    # the year first, as some translations keep it: "1950, April 3", "fixed for 1950 April 20"
    ("month-day", re.compile(rf"\b(?P<y>{YEAR}),?\s+(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:{ORD})?(?!\d|,?\s+{YEAR})\b"), "month"),
    # a two-digit year after a month's name, "25 January 49" (read only near the telegram's own year)
    ("day-month", re.compile(rf"\b(?:{THE}\s+)?(?P<d>\d{{1,2}}){ORD}?\s+(?:{OF}\s+)?(?P<m>{MONTH}),?\s+(?P<yy>\d\d)(?!\d|[.,:/\-]\d)"
                             rf"(?!\s*(?:%|per\b|[a-z]))"), "month"),
    ("day-month", re.compile(rf"\b(?:{THE}\s+)?(?P<d>\d{{1,2}}){ORD}?\s+(?:{OF}\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b"), "month"),
    ("day-month", re.compile(rf"\b(?:{THE}\s+)?(?P<dw>{DAY_WORD})\s+{OF}\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b",
                             re.I), "spelled"),  # "the fourteenth of January, 1949"
    ("month-day", re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:{ORD})?(?!\d)(?:,?\s+(?P<y>{YEAR}))?\b"), "month"),
    ("month-year", re.compile(rf"\b(?P<m>{MONTH}),?\s+(?P<y>{YEAR})\b"), "month"),
    # A bare year only after a preposition that makes it one ("in 1947"), never "43 persons".
    ("year", re.compile(rf"\b(?:[Ii]n|of|[Ss]ince|until|by|[Ff]rom)\s(?P<date>(?P<y>{YEAR}))\b(?![-–]\d)"), "year"),
    # after "for" a year only where no count's noun follows it, as the telegrams use it ("the
    # credit for 1951 may be used in 1950", "the trade agreement for 1950."; not "for 1951 roubles",
    # "for 1950 trucks"): at the sentence's end or its pause, or before a word no number counts
    ("year", re.compile(rf"\b[Ff]or\s(?P<date>(?P<y>{YEAR}))(?![-–]\d|[.,]\d)"
                        rf"(?=\s*(?:$|[.,;:!?)\]]|\s(?:{AFTER_A_YEAR})\b))"), "year"),
    # a day of the telegram's month: "your telegram of the 24th received", "on the 30th." (only
    # after a word that speaks of a day, "of", "on", "by": "The 1st, 2nd and 5th Corps" is no
    # date, and where the sentence goes on as a date's would: "of the 4th Field Army" is none)
    # (after "telegram of", whatever follows: "After their telegram of the 12th the Political Bureau ...")
    ("day-only", re.compile(rf"\b(?:telegram|cable|letter|message)s?\sof\s(?P<date>the\s+(?P<d>[1-9]|[12]\d|3[01]){ORD}"
                            r"(?:\s+(?P<inst>inst|ult)(?:\.|(?:ant|imo)?\b)"  # ("of the 28th inst.")
                            r"|(?![\w-])(?!(?:,|\s+and|\s+or)\s*\d)(?!\s+[A-Z])))"), "the-day"),  # (not "of the 3rd Corps")
    ("day-only", re.compile(rf"(?:(?<=\b(?:of|[Oo]n|[Bb]y|to) )|(?<=\b(?:[Ff]rom|till) )|(?<=\b(?:[Aa]fter|[Uu]ntil|[Ss]ince) )"
                            rf"|(?<=\b[Bb]efore ))the\s+(?P<d>[1-9]|[12]\d|3[01]){ORD}"
                            # "the 11th inst." (of this month) or "ult." (of the last): the word is the date's
                            r"(?:\s+(?P<inst>inst|ult)(?:\.|(?:ant|imo)?\b)|(?![\w-])(?!(?:,|\s+and|\s+or)\s*\d)"
                            r"(?=\s*(?:$|[.,;:!?)])|\s(?:received|in|at|from|to|until|till|we|I|he|she|they|it|there|is"
                            r"|was|were|has|had|have|will|would|shall|should|and(?!\s+\d))\b))"), "the-day"),
    # or the day that ends a dateline or a sentence after a comma: "Peking, the 14th", "today, the 2nd."
    ("day-only", re.compile(rf"(?:^|(?<=, ))[Tt]he\s+(?P<d>[1-9]|[12]\d|3[01]){ORD}(?![\w-])(?=\s*(?:$|[.;]))"), "the-day"),
]
# (each led by a look-ahead for the characters its dates begin with: "\b" and look-behinds at a
# pattern's head are tried at every position of the text, a class is skipped to)
PATTERNS = [(kind, led(pattern), needs) for kind, pattern, needs in PATTERNS]


# a time right after a day's date: "14 May 1950, 03:35", "3 January, 11 p.m.", "10.1.49, 23.30",
# "3 October 1950, at 01:30" (minutes in two digits, or the hour with a.m./p.m.); "24:00", the end
# of the day (see at_time); after a dash as FRUS prints it, "January 14, 1950—6 p.m."
HOUR = r"(?P<h>[01]?\d|2[0-3]|24(?=[:.]00))"
TIME_AFTER = re.compile(rf"(?:,?\s+|\s*[—–]\s*)(?:at\s+)?(?:{HOUR}[:.](?P<min>[0-5]\d)(?!\d|[.:]\d)(?:\s*(?:hours|hrs)\b)?"
                        r"(?:\s*(?P<ap1>[ap])\.\s?m\.?)?|(?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>[ap])\.\s?m\.?)", re.I)
DIGIT = re.compile(r"\d")
SPELLED_DAY = led(re.compile(rf"\b{DAY_WORD}\s+{OF}\s+{MONTH}", re.I))
_SPELLED_ENDS = ("th of", "st of", "nd of", "rd of", "TH OF", "ST OF", "ND OF", "RD OF")  # a cheap test before it
# (MONTH's matches, its names each an alternative of their own: the engine then looks for their
# first letters before it tries them, where MONTH's nested groups are tried at every position)
MONTH_WORD = re.compile("|".join([rf"{m}\b" for m in sorted(_FULL + [m.upper() for m in _FULL], key=len, reverse=True)]
                                 + [rf"{m}\b\.?" for m in sorted(_ABBR + [m.upper() for m in _ABBR], key=len, reverse=True)]))
SEPARATED = re.compile(r"\d\s?[./-]")
ORDINAL = re.compile(rf"\d{ORD}")
YEAR_WORD = re.compile(YEAR)
# how far a date reaches from its month's name or its separator: "from the 14th to the 16th of
# January, 1949" (the patterns' look-behinds see past a window's start; a window's end is as far
# again beyond what a date can reach, so their look-aheads read the same text)
REACH = 80
WIDE_SPACE = re.compile(r"\s{3}")  # (REACH counts on words a space or two apart)


def _near(cue: re.Pattern, text: str) -> tuple[tuple[int, int], ...]:
    """The windows of the text (start, end) within REACH of the cue's matches, merged."""
    if len(text) <= 2 * REACH or WIDE_SPACE.search(text):
        # (any cue's window is the whole text; and where words stand far apart, a date may
        # reach further than REACH: "14th" and "January" 40 spaces apart)
        return ((0, len(text)),) if cue.search(text) else ()
    windows: list[list[int]] = []
    for m in cue.finditer(text):
        start, end = max(0, m.start() - REACH), min(len(text), m.end() + REACH)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return tuple((a, b) for a, b in windows)


@dataclass(frozen=True)
class DateValue:
    when: str = ""
    from_: str = ""
    to: str = ""
    inferred: bool = False  # the year was supplied from the telegram's date
    # a part of the month "when" gives ("late December 1950"): the first and last day it may be
    not_before: str = ""
    not_after: str = ""
    day: str = ""  # the day the text gives where its time, 24:00, is the next day's 00:00:00 (at_time)

    def attributes(self) -> dict[str, str]:
        if self.not_before:  # (TEI: not with @when)
            attrs = {"notBefore": self.not_before, "notAfter": self.not_after}
        elif self.when:
            attrs = {"when": self.when}
        else:
            attrs = {"from": self.from_, "to": self.to}
        if self.inferred:
            attrs["evidence"] = "internal"
        return attrs

    @property
    def start(self) -> str:
        return self.when or self.from_

    @property
    def order(self) -> str:
        """Where a telegram so dated stands among others (order_key)."""
        return order_key(self.when, self.from_, self.not_before, self.not_after)


def order_key(when: str = "", from_: str = "", not_before: str = "", not_after: str = "") -> str:
    """A key that orders telegrams by date, as strings: a date less precise than a day stands
    after the days it may be (their last day, then "~"): "late December 1950" (21-31 December)
    after the 31st, "mid-January 1951" after the 20th, "December 1950" after all of December
    and its parts, "1950" after the whole year.  A span stands at its first day; undated, last."""
    if not_after:
        return not_after[:10] + "~"
    if when:
        return when[:10] if len(when) >= 10 else when + "-~"
    return from_[:10] or "9999"


# a part of a month, as sources date a telegram they cannot date to the day: "early", "the
# beginning of" (1-10), "mid-", "the middle of" (11-20), "late", "the end of" (21 to the last day)
PART_OF_MONTH = re.compile(rf"(?i:\b(?P<part>early|beginning\s+of|mid|middle\s+of|late|end\s+of))[-\s]+(?:{THE}\s+)?"
                           rf"(?P<m>{MONTH}),?\s+(?P<y>{YEAR})\b")
PARTS = {"early": (1, 10), "beginning": (1, 10), "mid": (11, 20), "middle": (11, 20), "late": (21, 31), "end": (21, 31)}
PART_NAMES = {(1, 10): "early", (11, 20): "mid-", (21, 31): "late"}


def part_of_month(text: str, value: DateValue) -> DateValue:
    """A date of a month given as part of it ("c. end of December 1950", "mid-January 1951"):
    the value with the days it may be (not_before, not_after); else the value."""
    m = PART_OF_MONTH.search(text or "")
    if m is None or len(value.when) != 7 or value.when != f"{m.group('y')}-{_month(m.group('m')):02d}":
        return value
    first, last = PARTS[m.group("part").split()[0].lower()]
    year, month = int(value.when[:4]), int(value.when[5:])
    last = min(last, calendar.monthrange(year, month)[1])
    return replace(value, not_before=f"{value.when}-{first:02d}", not_after=f"{value.when}-{last:02d}")


def display_part(value: DateValue) -> str:
    """"late December 1950", "mid-January 1951", "early March 1949": a part of a month as the
    edition writes it ("" for any other date)."""
    if not value.not_before:
        return ""
    first, last = int(value.not_before[8:10]), int(value.not_after[8:10])
    part = PART_NAMES.get((first, 31 if first == 21 else last), "")
    name = display(value.when)
    if not part and (first, last) not in PARTS.values():  # days the source names: "7–9 March 1951"
        return f"{first}–{last} {name}"
    return f"{part}{name}" if part.endswith("-") else f"{part} {name}" if part else name


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    value: DateValue


def _month(token: str) -> int | None:
    token = token.rstrip(".")
    if token.upper() in ROMAN:
        return ROMAN[token.upper()]
    if token.isdigit():
        number = int(token)
        return number if 1 <= number <= 12 else None
    return MONTH_NAMES.get(token.lower())


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _infer_year(month: int, day: int, context: str, forward: bool = False) -> int | None:
    """The year of a date written without one, from the telegram's own date.

    A date more than two months after the telegram's is taken as last year's (a cable of
    January that mentions 30 December).  Where the text looks ahead (forward: "by 1 May",
    "not later than 5 February") the window turns round: a date more than two months before
    the telegram's is next year's (a cable of November: "by 1 February"), and only one more
    than nine months after it is last year's.
    """
    if not context:
        return None
    if len(context) < 7:  # the telegram dated to the year only: that year
        return int(context[:4])
    year, ref_month = int(context[:4]), int(context[5:7])
    ahead = month - ref_month
    if ahead > (9 if forward else 2):
        year -= 1
    elif forward and ahead < -2:
        year += 1
    return year


# words that make a date without its year one to come: "supply arms by 1 May", "until
# 15 March", "not later than 5 February", "no longer than to 1 December", "in the period from
# 1 to 15 May", "they will leave on 3 March", "the stocks will last to 1 December", "from 20 May on"
FORWARD_BEFORE = led(re.compile(r"(?:\b(?:[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|(?:[Nn]ot|[Nn]o) (?:later|longer) than(?: (?:to|until|till))?"
                                r"|[Ii]n the period(?: from)?|[Bb]eginning|[Ss]tarting(?: from)?)"
                                r"|\b(?:will|shall)\s+(?:[\w’'-]+\s+){0,3}?(?:on|in|at|by|to))\s+(?:the\s+)?$"))
FROM_ON = (re.compile(r"\b[Ff]rom\s+(?:the\s+)?$"), re.compile(r"\s+(?:on|onwards?)\b"))


def _forward(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is one to come, as the words before it (or
    "from ... on" around it) say."""
    before = text[max(0, start - 60):start]
    return bool(FORWARD_BEFORE.search(before) or (FROM_ON[0].search(before) and FROM_ON[1].match(text, end)))


def find_dates(text: str, context: str = "", routing: bool = False) -> list[Found]:
    """Every date in the text, non-overlapping, leftmost first.  routing: the text is a cable's
    routing line ("sent 22.1.50 23.10, received 23.1.50 4.35"), where "22.1.50" is a date
    wherever it stands."""
    return list(_find_dates(text, context, routing))


@per_source.remember
def _find_dates(text: str, context: str, routing: bool) -> tuple[Found, ...]:
    if not DIGIT.search(text) and not (any(k in text for k in _SPELLED_ENDS) and SPELLED_DAY.search(text)):
        return ()  # every date form but "the fourteenth of January" has a digit: most text runs end here
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    # where in the text each need is met: a pattern that needs a month's name or a separated
    # number is run only near one (a long paragraph's dates are a few words of it)
    near = {"month": _near(MONTH_WORD, text), "sep": _near(SEPARATED, text), "year": _near(YEAR_WORD, text)}
    near["between"] = near["spelled"] = near["month"]
    near["the-day"] = _near(ORDINAL, text)
    lacks = {need: not windows for need, windows in near.items()}
    lacks["between"] = lacks["month"] or "etween" not in text
    lacks["spelled"] = lacks["month"] or not any(k in text for k in _SPELLED_ENDS)
    lacks["the-day"] = lacks["the-day"] or len(context) < 10 or ("the " not in text and "The " not in text)
    for kind, pattern, needs in PATTERNS:
        if needs and lacks[needs]:
            continue
        windows = near[needs] if needs else ((0, len(text)),)
        for match in (m for start, end in windows for m in pattern.finditer(text, start, end)):
            start, end = match.span("date") if "date" in pattern.groupindex else match.span()
            if any(start < e and end > s for s, e in taken):
                continue
            if kind == "month-day" and _number_before_a_date(match, context):
                continue  # (the day and month alone are read below: "your 1813 July 21")
            if kind == "two-days":
                for f in _two_days(match, context):
                    taken.append((f.start, f.end))
                    found.append(f)
                continue
            value = _value(kind, match, context)
            if value is None:
                continue
            timed = _with_time(text, end, value)
            if timed is not None:
                end, value = timed
            taken.append((start, end))
            found.append(Found(start, end, value))
    if routing:
        for m in SLASHED_SHORT.finditer(text):
            short = _slashed(text, m, context)
            if short is not None and not any(short.start < e and short.end > s for s, e in taken):
                taken.append((short.start, short.end))
                found.append(short)
        for m in SHORT_NUMERIC.finditer(text):
            short = _short_numeric(text, m, context)
            if short is not None and not any(short.start < e and short.end > s for s, e in taken):
                taken.append((short.start, short.end))
                found.append(short)
        for m in DAY_MONTH_AT.finditer(text):
            short = _day_month_at(text, m, context)
            if short is not None and not any(short.start < e and short.end > s for s, e in taken):
                taken.append((short.start, short.end))
                found.append(short)
    if not found:
        found = _line_date(text, context)
    found.sort(key=lambda f: f.start)
    found = [_time_before(text, f, found[i - 1].end if i else 0) for i, f in enumerate(found)]
    return tuple(_spans(text, found))


def _number_before_a_date(match: re.Match, context: str) -> bool:
    """A year-first date ("1950 April 20") whose year is neither the telegram's nor the year
    before it: a cable's number before the date it was sent, as FRUS cites one ("your 1813
    July 21"), the day and month alone the date."""
    if "y" not in match.re.groupindex or match.start("y") != match.start() or match.group("y") is None \
            or "m" not in match.re.groupindex or len(context) < 4 or not context[:4].isdigit():
        return False
    return not 0 <= int(context[:4]) - int(match.group("y")) <= 1


# a time written before a day's date: "4 a.m., January 2nd", "23.30, 10 January 1950"
TIME_BEFORE = led(re.compile(rf"(?:^|(?<=\s))(?:at\s+)?(?:{HOUR}[:.](?P<min>[0-5]\d)(?:\s*(?:hours|hrs))?"
                             r"(?:\s*(?P<ap1>[ap])\.\s?m\.)?|(?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>[ap])\.\s?m\.),?\s+"
                             r"(?:on\s+(?:the\s+)?)?$", re.I))  # ("At 03.40 hours on April 3rd 1950")


def _time_before(text: str, f: Found, after: int) -> Found:
    """The date with the time written just before it (not reaching back past after)."""
    if len(f.value.when) != 10:
        return f
    m = TIME_BEFORE.search(text, max(after, f.start - 24), f.start)  # (a time is short: look just before)
    if m is None:
        return f
    hour, minute = int(m.group("h") or m.group("h2")), int(m.group("min") or 0)
    half = (m.group("ap1") or m.group("ap2") or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return f
        hour = hour % 12 + (12 if half == "p" else 0)
    return Found(m.start(), f.end, at_time(f.value, hour, minute))


# "13.5.50": day, month and a two-digit year in digits; a date only where it stands alone on
# its line or beside a signature or place ("13.5.50 ROSHCHIN", "Moscow, 13.5.50"), never in
# running text, where "2.5.10" may be anything
SHORT_NUMERIC = led(re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<yy>\d\d)(?!\d)(?!\.\d)"))
# "Sent by wire on 10/14/50 at 03:15 a.m.": a cable form's routing line in translation, month first
# as the translator's American forms write it (day first where the first number cannot be a month)
SLASHED_SHORT = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<yy>\d\d)(?![\d/])")


def _slashed(text: str, match: re.Match, context: str) -> Found | None:
    a, b = match.group("a"), match.group("b")
    month, day = (b, a) if int(a) > 12 else (a, b)
    value = _value("numeric-short", match, context, {"d": day, "m": month, "yy": match.group("yy")})
    if value is None:
        return None
    end, value = _with_time(text, match.end(), value) or (match.end(), value)
    return Found(match.start(), end, value)


BESIDE = re.compile(r"^[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3}$")


def _line_date(text: str, context: str) -> list[Found]:
    match = SHORT_NUMERIC.search(text)
    if match is None:
        return []
    time = TIME_AFTER.match(text, match.end())  # "10.1.49, 23.30": the time is part of it
    before, after = text[:match.start()].strip(" ,"), text[time.end() if time else match.end():].strip(" .,")
    if not all(not side or BESIDE.match(side) for side in (before, after)):
        return []
    short = _short_numeric(text, match, context)
    return [short] if short is not None else []


# "Received 31.8 17:27", "Received 17:27 31.8": a routing line's day and month in digits without
# the year, beside its time (without one "31.8" may be any number); the year the telegram's
DAY_MONTH_AT = led(re.compile(r"(?<![\d./:])(?P<d>\d{1,2})\.(?P<m>\d{1,2})(?![\d./:])"))
TIME_THEN = re.compile(r"(?:^|\s)\d{1,2}[:.]\d\d\s+$")


def _day_month_at(text: str, match: re.Match, context: str) -> Found | None:
    value = _value("day-month", match, context)
    if value is None:
        return None
    timed = _with_time(text, match.end(), value)
    if timed is not None:
        return Found(match.start(), timed[0], timed[1])
    if TIME_THEN.search(text[:match.start()]) and not text[match.end():].strip(" .,;"):
        return Found(match.start(), match.end(), value)  # (_time_before joins the time to it)
    return None


def _short_numeric(text: str, match: re.Match, context: str) -> Found | None:
    """A short numeric date ("10.1.50") with the time written after it, if any."""
    value = _value("numeric-short", match, context)
    if value is None:
        return None
    end, value = _with_time(text, match.end(), value) or (match.end(), value)
    return Found(match.start(), end, value)


def _year_of_span(a: DateValue, b: DateValue) -> DateValue | None:
    """The first date of a span given the year printed with the second ("January 30 to
    February 7, 1949": 1949-01-30; "December 30 to January 5, 1950": 1949-12-30), where the
    first lacks its own; else None."""
    if not (a.inferred and not b.inferred and len(a.when) >= 10 and len(b.when) >= 10):
        return None
    year, month, day = int(b.when[:4]), int(a.when[5:7]), int(a.when[8:10])
    if month > int(b.when[5:7]):
        year -= 1
    if not _valid(year, month, day):
        return None
    return DateValue(when=f"{year:04d}{a.when[4:]}")


SPAN_JOIN = re.compile(r"^\s*(?:to|till|until|through|[-–—])\s*$", re.I)
SPAN_FROM = re.compile(r"\b(?:from|between)\s+$", re.I)


def _spans(text: str, found: list[Found]) -> list[Found]:
    """"from 22.IV.1948 to 3. V. 1949": two dates joined into one span.  The year printed once
    at the end ("January 30 to February 7, 1949") is the first date's too (not supplied), and
    joins them without a "from"."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        joined = b is not None and SPAN_JOIN.match(text[a.end:b.start])
        shared = _year_of_span(a.value, b.value) if joined else None
        if shared:
            a = replace(a, value=shared)
        if (joined and a.value.when and b.value.when and (shared or SPAN_FROM.search(text[:a.start]))
                and a.value.when < b.value.when):
            out.append(Found(a.start, b.end, DateValue(from_=a.value.when, to=b.value.when,
                                                       inferred=a.value.inferred or b.value.inferred)))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _value(kind: str, m: re.Match, context: str, g: dict | None = None) -> DateValue | None:
    """The date a match gives (g: its groups, where the caller reads them otherwise)."""
    g = g or m.groupdict()
    if kind == "span-years":
        return DateValue(from_=g["y1"], to=g["y2"]) if g["y1"] < g["y2"] else None
    if kind == "year":
        return DateValue(when=g["y"])
    if kind == "day-only":
        return _day_of_month(int(g["d"]), m.string[:m.start("date") if "date" in m.re.groupindex else m.start()], context,
                             g.get("inst"))
    month = _month(g["m"])
    if month is None:
        return None
    inferred = False
    if g.get("yy") and kind != "numeric-short" and not (context[:4].isdigit() and abs(int(context[2:4]) - int(g["yy"])) <= 10):
        return None  # "25 January 49": a year only near the telegram's own
    if g.get("yy"):
        year = int((context[:2] if context[:4].isdigit() else "19") + g["yy"])
        if context[:4].isdigit() and year > int(context[:4]) + 10:  # a telegram of 2001 citing 13.V.50
            year -= 100
    elif g.get("y"):
        year = int(g["y"])
    elif kind == "month-year":
        return None
    else:
        year = _infer_year(month, _day(g), context, _forward(m.string, m.start(), m.end()))
        if year is None:
            return None
        inferred = True
    if kind == "month-year":
        return DateValue(when=f"{year:04d}-{month:02d}")
    if kind == "span-days":
        d1, d2 = int(g["d1"]), int(g["d2"])
        if not (d1 < d2 and _valid(year, month, d1) and _valid(year, month, d2)):
            return None
        return DateValue(from_=f"{year:04d}-{month:02d}-{d1:02d}", to=f"{year:04d}-{month:02d}-{d2:02d}",
                         inferred=inferred)
    day = _day(g)
    if not _valid(year, month, day):
        return None
    return DateValue(when=f"{year:04d}-{month:02d}-{day:02d}", inferred=inferred)


def _day_of_month(day: int, before: str, context: str, said: str | None = None, past: bool = False) -> DateValue | None:
    """"the 24th" in a telegram of 26 June 1949: 24 June.  A day after the telegram's is of
    the month before where the text looks back ("your telegram of the 28th", in a telegram of
    2 July; past: the verb it goes with is in the past), else of the same month ("they will
    leave on the 30th"); "the 28th inst." is of the telegram's month, "the 28th ult." of the
    month before, as they say (said: "inst", "ult")."""
    year, month, today = int(context[:4]), int(context[5:7]), int(context[8:10])
    if said == "ult" or said is None and day > today and (past or PAST_REFERENCE.search(before)):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    if not _valid(year, month, day):
        return None
    return DateValue(when=f"{year:04d}-{month:02d}-{day:02d}", inferred=True)


# A day before a capitalised word: "On the 27th Kim Il Sung arrived" is a date, "On the 4th Field
# Army" is none, and the patterns above, which cannot tell them apart, take neither.  It is a date
# where the words are a person's name (the caller, who knows the persons, says: person(at)), or
# the subject of a clause, a verb after them ("On the 14th Kao Kang left Mukden"); never where
# they name what an ordinal numbers (a unit, a body's meeting, a line: "the 4th Field Army crossed
# the river", "the 1st Corps", "the 38th Parallel").
DAY_BEFORE_NAME = led(re.compile(rf"(?:(?<=\b[Oo]n )|(?<=\b[Bb]y )|(?<=\b(?:[Ff]rom|till) )|(?<=\b(?:[Aa]fter|[Uu]ntil|[Ss]ince) )"
                                 rf"|(?<=\b[Bb]efore ))the\s+(?P<d>[1-9]|[12]\d|3[01]){ORD}(?=\s+(?P<name>[A-Z]))"))
# a verb in the past: the day it tells of is past ("On the 27th Kim Il Sung asked me", written on 3 July: 27 June)
_PAST = (r"[a-z]+ed|was|were|had|did|left|met|sent|went|came|told|gave|made|took|said|saw|began|spoke|wrote|flew|held"
         r"|became|brought|fell|got|kept|led|lost|ran|stood|won|set\s+out")
PAST_VERB = re.compile(_PAST)
# the name's words (capitalised, with "of", "the", "and" between them) and the verb after them
NAME_THEN_VERB = re.compile(r"(?P<words>(?:[A-Z][\w'’\-]*\.?\s+)(?:(?:[A-Z][\w'’\-]*\.?|of|the|and)\s+){0,5}?)"
                            rf"(?P<verb>{_PAST}|is|are|has|have|will|would|shall|should|can|could)\b")
ORDINAL_NOUNS = {"army", "armies", "corps", "division", "divisions", "regiment", "brigade", "battalion", "company",
                 "platoon", "squadron", "wing", "fleet", "flotilla", "front", "group", "column", "detachment", "unit",
                 "parallel", "line", "route", "zone", "sector", "district", "region", "field", "cavalry", "infantry",
                 "marine", "guards", "rifle", "tank", "mechanised", "mechanized", "artillery", "air", "volunteer",
                 "congress", "plenum", "session", "conference", "assembly", "meeting", "round", "international",
                 "department", "directorate", "administration", "bureau", "section", "plan", "anniversary"}


def days_before_names(text: str, context: str, person) -> list[Found]:
    """The days of the telegram's month before a name (DAY_BEFORE_NAME) that are dates:
    person(at) tells whether a person's name begins at text[at:]."""
    if len(context) < 10 or "the " not in text or not ORDINAL.search(text):
        return []
    found = []
    for m in DAY_BEFORE_NAME.finditer(text):
        clause = NAME_THEN_VERB.match(text, m.start("name"))
        if not person(m.start("name")) and not (clause and not ORDINAL_NOUNS & set(re.findall(r"[a-z]+", clause.group("words").lower()))):
            continue
        value = _day_of_month(int(m.group("d")), text[:m.start()], context,
                              past=bool(clause and PAST_VERB.fullmatch(clause.group("verb"))))
        if value is not None:
            found.append(Found(m.start(), m.end(), value))
    return found


PAST_REFERENCE = re.compile(r"\b(?:telegrams?|cables?|letters?|messages?|notes?|conversations?|talks?|reports?)\s+"
                            r"(?:No\.\s*\d+\s+)?of\s+$", re.I)


def _two_days(m: re.Match, context: str) -> list[Found]:
    """"20 and 21 January": a date for each day, the first its figure alone ("20"), the
    second with the month and year they share ("21 January"); "January 20 and 21": "January
    20" and "21".  Both or none."""
    g = m.groupdict()
    first = _value("day-month", m, context, {**g, "d": g["d1"]})
    second = _value("day-month", m, context, {**g, "d": g["d2"]})
    if first is None or second is None or not first.start < second.start:
        return []
    end_first = m.end("d1") + len(re.match(f"{ORD}?", m.string[m.end("d1"):]).group(0))  # "20th"
    return [Found(m.start(), end_first, first), Found(m.start("d2"), m.end(), second)]


def _day(g: dict) -> int:
    """The day a match gives, in figures or in words ("fourteenth")."""
    if g.get("dw"):
        return DAY_WORDS[g["dw"].lower()]
    return int(g.get("d") or g.get("d1"))


def _with_time(text: str, end: int, value: DateValue) -> tuple[int, DateValue] | None:
    """A day's date with the time written after it: (the end of both, the date with its time
    to the second, "1949-01-03T23:00:00"), or None."""
    if len(value.when) != 10:
        return None
    m = TIME_AFTER.match(text, end)
    if m is None:
        return None
    hour, minute = int(m.group("h") or m.group("h2")), int(m.group("min") or 0)
    half = (m.group("ap1") or m.group("ap2") or "").lower()
    if half and not 1 <= hour <= 12:
        return None
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return m.end(), at_time(value, hour, minute)


def at_time(value: DateValue, hour: int, minute: int) -> DateValue:
    """The day's date at that time, to the second.  24:00, the end of the day ("27 January 1951,
    24:00 hours"), is the next day's 00:00:00: ISO 8601 writes 1951-01-27T24:00 too, and XML
    Schema 1.0 reads it as that same instant, but its canonical form is the next day's and the
    validators of TEI's @when (jing with tei_all) take no hour 24.  The telegram stays dated to the
    day the text gives (day, for day_of): the 27th, not the 28th."""
    if hour == 24:
        y, m, d = (int(x) for x in value.when.split("-"))
        y, m, d = (y, m, d + 1) if d < calendar.monthrange(y, m)[1] else (y + m // 12, m % 12 + 1, 1)
        return replace(value, when=f"{y:04d}-{m:02d}-{d:02d}T00:00:00", day=value.when)
    return replace(value, when=f"{value.when}T{hour:02d}:{minute:02d}:00")


def day_of(value: DateValue | None) -> DateValue | None:
    """The date without its time: a telegram is dated to the day in its header, its sorting and its id."""
    if value is None or "T" not in value.when:
        return value
    return replace(value, when=value.day or value.when[:10], day="")


# a record dated to some days of a month ("March 7-9, 1951", "14–16 January 1949"): the
# telegram was sent on one of them, which the record does not say
DAY_RANGE = re.compile(rf"^(?:(?P<d1>\d{{1,2}})\s*[-–]\s*(?P<d2>\d{{1,2}})\s+(?P<m1>{MONTH})"
                       rf"|(?P<m2>{MONTH})\s+(?P<d3>\d{{1,2}})\s*[-–]\s*(?P<d4>\d{{1,2}})),?\s+(?P<y>{YEAR})$")


def day_range(text: str) -> DateValue | None:
    """The days of one month a record's date names, "March 7-9, 1951": the month, with the
    first and last day it may be (not_before, not_after)."""
    m = DAY_RANGE.match(text.strip())
    if m is None:
        return None
    first, last = (int(m.group("d1") or m.group("d3")), int(m.group("d2") or m.group("d4")))
    year, month = int(m.group("y")), _month(m.group("m1") or m.group("m2"))
    if not month or not first < last or not _valid(year, month, last):
        return None
    return DateValue(when=f"{year}-{month:02d}", not_before=f"{year}-{month:02d}-{first:02d}",
                     not_after=f"{year}-{month:02d}-{last:02d}")


def record_date(text: str) -> DateValue | None:
    """The date a record gives itself: a date as parse_date reads it, or a year alone ("1949",
    "c. 1949": a record's date line is a date, whatever word stands before the year), or a day
    with a two-digit year ("22 Jan 51", "22.I.51", "22/I-51", which running text reads only
    near the telegram's own year)."""
    year = re.fullmatch(r"(?:(?:c\.|ca\.|circa)\s*)?(1[89]\d\d)", text.strip())
    if year:
        return DateValue(when=year.group(1))
    value = day_range(text) or parse_date(text)
    short = re.search(r"(?<!\d)(\d\d)\W*$", text)  # a two-digit year last
    if value is None and short:  # "22 Jan 51", "22/I-51": the field holds a date, its year is of the 1900s
        found = find_dates(text, context="19" + short.group(1))
        value = found[0].value if found and not found[0].value.inferred else None
    return value


def parse_date(text: str, context: str = "") -> DateValue | None:
    """The first date in a piece of text (a dateline, a heading, a record's date)."""
    found = find_dates(text, context)
    return found[0].value if found else None


# the months a season names, as journals date their issues by them (northern seasons; winter
# runs into the next year)
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}
_ISSUE_WORD = r"[A-Za-z]+\.?"
ISSUE_DATE = re.compile(rf"^(?:(?P<d0>\d{{1,2}})\s+)?(?:(?P<w1>{_ISSUE_WORD})(?:\s*[-–/]\s*(?P<w2>{_ISSUE_WORD}))?\s+)?(?:(?P<d>\d{{1,2}})\s+)?"
                        rf"(?P<y1>{YEAR})(?:\s*[-–/]\s*(?:(?P<w3>{_ISSUE_WORD})\s+)?(?P<y2>{YEAR}|\d\d))?$")


def issue_date(text: str) -> DateValue | None:
    """The date of a journal's issue as it prints it, at its precision: "1996", "March 1996",
    "12 March 1996"; a season, the months it may be (not_before, not_after: "Spring 1996": 1996-03
    to 1996-05, "Spring-Summer 1996", "Winter 1995/1996" or "Winter 1995/96": 1995-12 to 1996-02,
    "Fall 2007/Winter 2008": 2007-09 to 2008-02), or years ("1995/1996"); the year alone where the
    months are not sure ("Winter 1996": which winter?); None where it is no such date."""
    m = ISSUE_DATE.match(" ".join(text.split()))
    if m is None:
        return None
    y1 = int(m.group("y1"))
    y2 = m.group("y2")
    y2 = (int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)) if y2 else y1
    words = [w.rstrip(".").lower() for w in (m.group("w1"), m.group("w2"), m.group("w3")) if w]

    def months(word: str) -> tuple[int, int] | None:
        if word in SEASONS:
            return SEASONS[word]
        month = MONTH_NAMES.get(word)
        return (month, month) if month else None

    spans = [months(w) for w in words]
    day = m.group("d0") or m.group("d")
    if y2 < y1 or None in spans or day and (len(words) != 1 or words[0] not in MONTH_NAMES or y2 != y1):
        return None
    if not words:
        return DateValue(when=str(y1)) if y1 == y2 else DateValue(not_before=str(y1), not_after=str(y2))
    if day:
        return DateValue(when=f"{y1}-{spans[0][0]:02d}-{int(day):02d}")
    first, last = spans[0], spans[-1]
    # (winter begins in December of the year before the next: "Winter 1995/1996"; alone, "Winter
    # 1996", it may be either's)
    if words[0] == "winter" and y2 == y1:
        return DateValue(when=str(y1))
    start = f"{y1}-{first[0]:02d}"
    end = f"{y2 + 1 if words[-1] == 'winter' and y2 == y1 and len(words) > 1 else y2}-{last[1]:02d}"
    return DateValue(when=start) if start == end else DateValue(not_before=start, not_after=end)


def month_span(first: str, last: str) -> str:
    """The months from first to last (ISO dates or months), as the stylesheets' f:month-span
    gives them: "January 1949", "January–February 1949", "December 1949 – January 1950"."""
    def month(iso: str) -> str:
        return display(iso[:7]) if re.match(r"^\d{4}-\d\d", iso or "") else ""
    a = month(first)
    b = month(last) or a
    if not a or a == b:
        return a
    return f"{a.split(' ')[0]}–{b}" if first[:4] == last[:4] else f"{a} – {b}"


def display(iso: str) -> str:
    """'1949-01-10' -> '10 January 1949', at the precision given."""
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{int(parts[2][:2])} {calendar.month_name[int(parts[1])]} {parts[0]}"
    if len(parts) == 2:
        return f"{calendar.month_name[int(parts[1])]} {parts[0]}"
    return iso
