"""The words dates are written with: month names (and their abbreviations, in capitals too),
roman numerals for months, ordinals, days spelled out, the words of an approximate date."""

from __future__ import annotations

import calendar
import re


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
# a month's full name as written ("March"), for the patterns of other modules
FULL_MONTH = "(?:" + "|".join(_FULL) + ")"
MONTH = ("(?:(?:" + "|".join(sorted(_FULL + [m.upper() for m in _FULL], key=len, reverse=True)) + r")\b"
         "|(?:" + "|".join(sorted(_ABBR + [m.upper() for m in _ABBR], key=len, reverse=True)) + r")\b\.?)")
# the words that make a date approximate: "c. January 1949", "mid-January", "the end of December"
ROUGHLY = r"(?:c\.|ca\.|circa|about|approximately|early|mid|late|(?:the\s+)?(?:end|beginning|middle)\s+of)"
THE = r"(?:the|The|THE)"
OF = r"(?:of|OF)"
# (and the older "2d", "3d", "23d" of American cables: after a 2 or 3 not of 12 or 13)
ORD = r"(?:st|nd|rd|th|ST|ND|RD|TH|(?<=(?<!1)[23])[dD](?![a-z]))"
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

# a year of the twentieth century in words, as a heading may spell it: "nineteen forty-nine",
# "Nineteen Hundred and Fifty" (matched case-insensitively)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = {w: i for i, w in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], 1)}
YEAR_IN_WORDS = (r"nineteen[\s-]+(?:hundred[\s-]+(?:and[\s-]+)?)?(?:" + "|".join(_TENS) + r")(?:[\s-]+(?:"
                 + "|".join(_UNITS) + r"))?\b")


def year_from_words(words: str) -> int:
    """1949 for "nineteen forty-nine" (a match of YEAR_IN_WORDS)."""
    tokens = re.split(r"[\s-]+", words.lower())
    return 1900 + _TENS[next(t for t in tokens if t in _TENS)] + sum(_UNITS.get(t, 0) for t in tokens[-1:])


def _month(token: str) -> int | None:
    token = token.rstrip(".")
    if token.upper() in ROMAN:
        return ROMAN[token.upper()]
    if token.isdigit():
        number = int(token)
        return number if 1 <= number <= 12 else None
    return MONTH_NAMES.get(token.lower())
