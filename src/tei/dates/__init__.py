"""Dates as the sources write them, read into ISO 8601 at the precision they give.

Numeric dates are day first (Russian and European usage: 10.01.1949, 6.1.1949, 6. II. 1949,
22.IV.1948, 14/1/1949, 18-IV-1949, and with a roman month a two-digit year: 13.V.50, 18-IV-49, 19/XI-51; "13.5.50" only on a
line of its own or beside a signature or place), or year first (ISO 1949-01-14; 1949.1.15 as Chinese documents write it).  A date without a year
takes it from the telegram's own date and says so.

The package: finder.py, every date of a text run (find_dates); forms.py, the forms a date takes
and what turns one into a value; words.py, the words dates are written with (months, numerals,
ordinals); values.py, a date's value (DateValue), its order and its display; whole.py, a whole
string read as one date (a record's date line, a journal issue's).
"""

from .finder import days_before_names, find_dates
from .words import ROUGHLY
from .values import DateValue, Found, at_time, day_of, display, display_part, month_span, order_key, part_of_month
from .whole import day_range, issue_date, parse_date, record_date

__all__ = ["DateValue", "Found", "ROUGHLY", "at_time", "day_of", "day_range", "days_before_names", "display",
           "display_part", "find_dates", "issue_date", "month_span", "order_key", "parse_date", "part_of_month",
           "record_date"]
