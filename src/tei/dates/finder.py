"""Every date in a text run (find_dates): the patterns of forms.py tried only near what they
need (a month's name, a separated number, a year, an ordinal), the longest first, none over
another; a day before a name ("On the 27th Kim Il Sung asked"), a time before or after a date,
a span of two dates, a short numeric date only where it stands alone on its line."""

from __future__ import annotations

import re
from dataclasses import replace

from ..memo import per_source
from ..regexes import led
from .forms import _day_of_month, _PAST, _valid, _value, _with_time, DECIMAL_BY, HOUR, MILITARY_HOUR, PATTERNS, TIME_AFTER
from .values import at_time, DateValue, Found
from .words import _ABBR, _FULL, DAY_WORD, MONTH, OF, ORD, YEAR


DIGIT = re.compile(r"\d")
SPELLED_DAY = led(re.compile(rf"\b{DAY_WORD}\s+{OF}\s+{MONTH}", re.I))
_SPELLED_ENDS = ("th of", "st of", "nd of", "rd of", "TH OF", "ST OF", "ND OF", "RD OF")  # a cheap test before it
# (MONTH's matches, its names each an alternative of their own: the engine then looks for their
# first letters before it tries them, where MONTH's nested groups are tried at every position)
MONTH_WORD = re.compile("|".join([rf"{m}\b" for m in sorted(_FULL + [m.upper() for m in _FULL], key=len, reverse=True)]
                                 + [rf"{m}\b\.?" for m in sorted(_ABBR + [m.upper() for m in _ABBR], key=len, reverse=True)]))
# (a digit, its separator and the day's, month's or year's digit or roman month after it: every
# pattern that needs a separated number holds one, "14.1.1949", "5-7.II.49", "1949-01-14", "12 . iii . 1949"; a
# number at a sentence's end, "in 1949.", is no cue)
SEPARATED = re.compile(r"\d ?[./-]\s?[\dIVXivx]")
ORDINAL = re.compile(rf"\d{ORD}")
# "instant", "ultimo", "proximo", "of this month" after a day in words ("the twelfth instant"): a cue with no digit
INSTANT = re.compile(r"\b(?:inst|ult|prox)(?:\.|(?:ant|imo)?\b)|\bof\s+(?:the\s+)?\w+\s+month\b")


def _may_say_instant(text: str) -> bool:
    """Whether the text holds one of INSTANT's words ("inst", "ult", "prox", "month"): a cheap test before it."""
    return "inst" in text or "ult" in text or "prox" in text or "month" in text


YEAR_WORD = re.compile(YEAR)
# how far a date reaches from its month's name or its separator: "from the 14th to the 16th of
# January, 1949" (the patterns' look-behinds see past a window's start; a window's end is as far
# again beyond what a date can reach, so their look-aheads read the same text)
REACH = 80
WIDE_SPACE = re.compile(r"\s{3}")  # (REACH counts on words a space or two apart)


def _near(cue: re.Pattern, text: str, whole: bool) -> tuple[tuple[int, int], ...]:
    """The windows of the text (start, end) within REACH of the cue's matches, merged (whole:
    the text is one window, see _one_window)."""
    if whole:
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


def _one_window(text: str) -> bool:
    """Whether any cue's window is the whole text: a short one, or one whose words stand far apart."""
    return len(text) <= 2 * REACH or WIDE_SPACE.search(text) is not None


_NEED_A_DATE = ("bare-day", "instant", "the-day")  # (read only against the telegram's date)


class _Scan:
    """What find_dates reads of a text whatever the date it reads it against: the cues' windows,
    the needs they leave unmet, and each pattern's matches within its windows (found when first
    asked for).  The structure pass asks of a paragraph with a year of its own, the dates pass
    and the correspondence with the telegram's: the text is scanned once."""

    __slots__ = ("text", "near", "lacks", "_matches")

    def __init__(self, text: str) -> None:
        self.text = text
        # where in the text each need is met: a pattern that needs a month's name or a separated
        # number is run only near one (a long paragraph's dates are a few words of it)
        whole = _one_window(text)
        near = {"month": _near(MONTH_WORD, text, whole), "sep": _near(SEPARATED, text, whole),
                "year": _near(YEAR_WORD, text, whole)}
        near["between"] = near["spelled"] = near["month"]
        near["the-day"] = near["bare-day"] = _near(ORDINAL, text, whole)
        near["instant"] = _near(INSTANT, text, whole) if _may_say_instant(text) else ()
        lacks = {need: not windows for need, windows in near.items()}
        lacks["between"] = lacks["month"] or "etween" not in text
        lacks["spelled"] = lacks["month"] or not any(k in text for k in _SPELLED_ENDS)
        lacks["the-day"] = lacks["the-day"] or ("the " not in text and "The " not in text)
        self.near, self.lacks = near, lacks
        self._matches: list[tuple[re.Match, ...] | None] = [None] * len(PATTERNS)

    def matches(self, index: int) -> tuple[re.Match, ...]:
        """PATTERNS[index]'s matches in the windows of what it needs, leftmost first."""
        found = self._matches[index]
        if found is None:
            _, pattern, needs = PATTERNS[index]
            text = self.text
            windows = self.near[needs] if needs else ((0, len(text)),)
            found = self._matches[index] = tuple(m for start, end in windows for m in pattern.finditer(text, start, end))
        return found


@per_source.remember  # (the same object to every caller: its matches, once found, kept for the next context)
def _scan(text: str) -> _Scan | None:
    """The text's scan, or None where it can hold no date."""
    if not DIGIT.search(text) and not (any(k in text for k in _SPELLED_ENDS) and SPELLED_DAY.search(text)) \
            and not (_may_say_instant(text) and INSTANT.search(text)):
        return None  # every date form but "the fourteenth of January" has a digit: most text runs end here
    return _Scan(text)


def find_dates(text: str, context: str = "", routing: bool = False) -> list[Found]:
    """Every date in the text, non-overlapping, leftmost first.  routing: the text is a cable's
    routing line ("sent 22.1.50 23.10, received 23.1.50 4.35"), where "22.1.50" is a date
    wherever it stands."""
    return list(_find_dates(text, context, routing))


@per_source.remember
def _find_dates(text: str, context: str, routing: bool) -> tuple[Found, ...]:
    scan = _scan(text)
    if scan is None:
        return ()
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    dateless = len(context) < 7  # (no telegram's date to read a day or "instant" against)
    for index, (kind, pattern, needs) in enumerate(PATTERNS):
        if needs and (scan.lacks[needs] or (dateless and needs in _NEED_A_DATE)):
            continue
        for match in scan.matches(index):
            start, end = match.span("date") if "date" in pattern.groupindex else match.span()
            if any(start < e and end > s for s, e in taken):
                continue
            if kind == "month-day" and _number_before_a_date(match, context):
                continue  # (the day and month alone are read below: "your 1813 July 21")
            if kind == "listed-day-month" and not any(f.end == len(text[:start].rstrip().removesuffix(",").removesuffix(
                    " and").removesuffix(" or")) for f in found):
                continue  # ("of 3.2. and 5.2.": the list's first a date)
            if kind == "day-month" and match.group(0)[:2] in ("by", "By") and DECIMAL_BY.search(text, 0, match.start()):
                continue  # ("has risen by 2.5.": a decimal)
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
                             r"(?:\s*(?P<ap1>[ap])\.\s?m\.)?|(?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>[ap])\.\s?m\."
                             rf"|{MILITARY_HOUR}),?\s+"
                             r"(?:on\s+(?:the\s+)?)?$", re.I))  # ("At 03.40 hours on April 3rd 1950")


def _time_before(text: str, f: Found, after: int) -> Found:
    """The date with the time written just before it (not reaching back past after)."""
    if len(f.value.when) != 10:
        return f
    m = TIME_BEFORE.search(text, max(after, f.start - 24), f.start)  # (a time is short: look just before)
    if m is None:
        return f
    hour, minute = int(m.group("h") or m.group("h2") or m.group("h3")), int(m.group("min") or m.group("min3") or 0)
    half = (m.group("ap1") or m.group("ap2") or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return f
        hour = hour % 12 + (12 if half == "p" else 0)
    return Found(m.start(), f.end, at_time(f.value, hour, minute))


# "13.5.50": day, month and a two-digit year in digits; a date only where it stands alone on
# its line or beside a signature or place ("13.5.50 ROSHCHIN", "Moscow, 13.5.50"), never in
# running text, where "2.5.10" may be anything
# (a space either side of its stops too, as a typist sets them: "12 . 3 . 49")
SHORT_NUMERIC = led(re.compile(r"(?<![\d.])(?P<d>\d{1,2}) ?\.\s?(?P<m>\d{1,2}) ?\.\s?(?P<yy>\d\d)(?!\d)(?! ?\.\s?\d)"))
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


CLOCK = re.compile(r"^(?:by\s+)?[A-Z][a-z]+\s+time$")
# (a signature or place: capitalised words, none of a title's subject, "TELEGRAM ON SECTIONS 5 II 1950",
# where the figures may be the sections')
_SUBJECT_WORD = r"(?!(?i:on|of|about|concerning|regarding|re|the|and|for|with|in|at|by)\b)"
BESIDE = re.compile(rf"^{_SUBJECT_WORD}[A-Z][\w’'\-.]*(?:\s+{_SUBJECT_WORD}[A-Z][\w’'\-.]*){{0,3}}$")


# "5 II 50", "16 III 1952": the day, a roman month and the year set apart by spaces alone, as a
# typed dateline writes them (read, as the short numeric date is, only where it stands alone)
SPACED_ROMAN = led(re.compile(r"(?<![\w./-])(?P<d>\d{1,2}) (?P<m>X{0,1}I{1,3}|IV|VI{0,3}|IX|X|XI|XII) "
                              r"(?:(?P<y>(?:18|19|20)\d\d)|(?P<yy>\d\d))(?![\w./-])"))


# the word for "year" the printings of Eastern Europe set after a date's year, transliterated or
# not: "г." (god), "g.", "r." (rok, or the Cyrillic "г." read as a Latin "r")
YEAR_WORD_AFTER = re.compile(r"^\s*(?:г|g|r|god|goda|roku)\.(?=[\s,]|$)")
_ENDS_IN_YEAR = re.compile(r"\d{4}$")


def without_year_word(date: str, after: str) -> str:
    """The text after a date without the word for "year" where the date ends in its year ("5 II
    1950 r.", "10.9.1946 г.")."""
    return YEAR_WORD_AFTER.sub("", after) if _ENDS_IN_YEAR.search(date) else after


def _line_date(text: str, context: str) -> list[Found]:
    match = SHORT_NUMERIC.search(text) or SPACED_ROMAN.search(text)
    if match is None:
        return []
    time = TIME_AFTER.match(text, match.end())  # "10.1.49, 23.30": the time is part of it
    rest = text[time.end() if time else match.end():]
    rest = without_year_word(match.group(0), rest)  # "5 II 1950 r.", "5.2.1950 g."
    before, after = text[:match.start()].strip(" ,"), rest.strip(" .,")
    # (a place beside it, or after the time the clock it was read by: "2.1.50, 23.40 Peking time")
    after = CLOCK.sub("", after) if time else after
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
DAY_ALONE = re.compile(rf"^(?:the\s+)?\d{{1,2}}{ORD}?$", re.I)
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
        shared = None
        days_alone = joined and DAY_ALONE.match(text[a.start:a.end]) and DAY_ALONE.match(text[b.start:b.end])
        if days_alone and a.value.when and b.value.when and a.value.when[8:] < b.value.when[8:] \
                and a.value.when[:8] != b.value.when[:8]:
            # "will continue from the 6th to the 10th": the second day of the first's month (that one said to come)
            b = replace(b, value=DateValue(when=a.value.when[:8] + b.value.when[8:], inferred=b.value.inferred))
        elif joined and b.value.when and len(b.value.when) == 10 and DAY_ALONE.match(text[a.start:a.end]):
            # "from the 1st to the 5th of April": the first day is of the second's month and year
            day = int(re.search(r"\d+", text[a.start:a.end]).group(0))
            if day < int(b.value.when[8:]):
                shared = DateValue(when=f"{b.value.when[:8]}{day:02d}", inferred=b.value.inferred)
        shared = shared or (_year_of_span(a.value, b.value) if joined else None)
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


# A day before a capitalised word: "On the 27th Kim Il Sung arrived" is a date, "On the 4th Field
# Army" is none, and the patterns above, which cannot tell them apart, take neither.  It is a date
# where the words are a person's name (the caller, who knows the persons, says: person(at)), or
# the subject of a clause, a verb after them ("On the 14th Kao Kang left Mukden"); never where
# they name what an ordinal numbers (a unit, a body's meeting, a line: "the 4th Field Army crossed
# the river", "the 1st Corps", "the 38th Parallel").
DAY_BEFORE_NAME = led(re.compile(rf"(?:(?<=\b[Oo]n )|(?<=\b[Bb]y )|(?<=\b(?:[Ff]rom|till) )|(?<=\b(?:[Aa]fter|[Uu]ntil|[Ss]ince) )"
                                 rf"|(?<=\b[Bb]efore ))the\s+(?P<d>[1-9]|[12]\d|3[01]){ORD}(?=\s+(?P<name>[A-Z]))"))
# a verb in the past: the day it tells of is past ("On the 27th Kim Il Sung asked me", written on 3 July: 27 June)
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


def _two_days(m: re.Match, context: str) -> list[Found]:
    """"20 and 21 January", "5, 6 and 7 February": a date for each day, each but the last its
    figure alone ("20"), the last with the month and year they share ("21 January"); "January 20
    and 21": "January 20" and "21".  All or none, the days in order."""
    g = m.groupdict()
    more = [(m.start("more") + d.start(), m.start("more") + d.end()) for d in re.finditer(r"\d+", g.get("more") or "")]
    days = [m.span("d1"), *more, m.span("d2")]
    values = [_value("day-month", m, context, {**g, "d": m.string[s:e]}) for s, e in days]
    if any(v is None for v in values) or any(not a.start < b.start for a, b in zip(values, values[1:])):
        return []

    def ordinal_end(end: int) -> int:  # "20th"
        return end + len(re.match(f"{ORD}?", m.string[end:]).group(0))

    starts = [m.start(), *(s for s, _ in days[1:])]
    ends = [ordinal_end(e) for _, e in days[:-1]] + [m.end()]
    return [Found(s, e, v) for s, e, v in zip(starts, ends, values)]
