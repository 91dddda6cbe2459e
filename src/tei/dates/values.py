"""A date's value: DateValue (ISO 8601 at the precision the source gives, or a range), its sort
key, a part of a month ("late December"), a time of day, and how the editions say it."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from .words import _month, MONTH, THE, YEAR


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
    uncertain: bool = False  # the month supplied from a telegram dated to the month only: cert="low"
    # not_after the day the telegram was received, the source's date coarser ("1951" received
    # 6.II.1951): shown at the source's precision, no days of its own
    received_by: bool = False

    def attributes(self) -> dict[str, str]:
        if self.not_before:  # (TEI: not with @when)
            attrs = {"notBefore": self.not_before, "notAfter": self.not_after}
        elif self.when:
            attrs = {"when": self.when}
        else:
            attrs = {"from": self.from_, "to": self.to}
        if self.inferred:
            attrs["evidence"] = "internal"
        if self.uncertain:
            attrs["cert"] = "low"
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
    if not value.not_before or value.received_by:
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
