"""A whole string read as one date: a record's date line ("January 06, 1949", "c. 1949"), a
range of days ("7-9 March 1951"), a journal issue's date ("Winter 1995/1996")."""

from __future__ import annotations

import re

from .finder import find_dates
from .forms import _valid
from .values import DateValue
from .words import _month, MONTH, MONTH_NAMES, YEAR


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
