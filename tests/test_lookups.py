"""The converter's shortcuts in its look-ups give what the plain look-ups give: dates looked
for only near a month's name, a separated number, a year or an ordinal; OCR digits looked for
only in lines that can hold them; look-ups remembered for one source file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from conftest import SEEDS
from source_helpers import SOURCES
import tei.dates as dates
import tei.dates.finder as finder  # (where the date patterns' reach is read)
from tei.dates.forms import PATTERNS
from tei.authority import Authority
from tei.memo import SourceMemo, per_source
from tei.sources import base


def _lines() -> list[str]:
    lines = []
    for folder in (SOURCES, SEEDS):
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file() and path.suffix in {".txt", ".md", ".html", ".htm"}:
                text = path.read_text(encoding="utf-8", errors="replace")
                lines += [line for line in text.splitlines() if line.strip()]
                lines += [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]  # whole paragraphs
    return lines


LINES = _lines()
CONTEXTS = ["", "1949-01-10", "1950-11-20"]


def _everywhere(text, context):
    """The dates found with every pattern run over the whole text."""
    saved = finder.REACH
    finder.REACH = 10 ** 9
    try:
        return dates.find_dates(text, context)
    finally:
        finder.REACH = saved


def test_the_sources_hold_many_dates():
    found = sum(len(dates.find_dates(line, "1949-01-10")) for line in LINES)
    assert len(LINES) > 3000 and found > 1000


@pytest.mark.parametrize("context", CONTEXTS)
def test_dates_near_their_cues_are_the_dates_of_the_whole_text(context):
    differ = [line for line in LINES if dates.find_dates(line, context) != _everywhere(line, context)]
    assert not differ, differ[:5]


FILLER = st.sampled_from(["the", "of", "on", "from", "to", "and", "between", "by", "Peking", "Comrade Filippov",
                          "received", "43", "2nd", "Corps", ",", ".", "-", "/", "  ", "\n", " " * 40])
DATEISH = st.sampled_from(["14", "15th", "January", "Jan.", "February", "1949", "1950", "10.01.1949", "6. II. 1949",
                           "19/XI-51", "20.V.", "the 24th", "the fourteenth of", "1949-01-14", "23.30", "4 a.m.",
                           "mid-January", "till", "until", "14/15", "1949.1.15", "through"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(FILLER, DATEISH), min_size=1, max_size=60), st.sampled_from(CONTEXTS))
def test_dates_in_made_up_text_are_found_alike(words, context):
    text = " ".join(words)
    assert dates.find_dates(text, context) == _everywhere(text, context)


# the forms that reach furthest from their month's name, year or separator
# (the phrase: what is marked as the date, its start and end)
FAR_REACHING = {
    "from the 14th to the 16th of January, 1949": ("the 14th to the 16th of January, 1949", "1949-01-14", "1949-01-16"),
    "from   14th   till   16th   of   January   1949": (None, "1949-01-14", "1949-01-16"),
    "between 10 and 15 February 1949": ("10 and 15 February 1949", "1949-02-10", "1949-02-15"),
    "the twenty-seventh of January, 1949": (None, "1949-01-27", ""),
    "from 22.IV.1948 to 3. V. 1949": ("22.IV.1948 to 3. V. 1949", "1948-04-22", "1949-05-03"),
}


@pytest.mark.parametrize("phrase", FAR_REACHING)
def test_dates_that_reach_far_from_their_cues_are_whole(phrase):
    text = "It was agreed, after long talks in Moscow and Peking, " + phrase + ", that the delegation would go."
    (found,) = dates.find_dates(text, "1949-01-10")
    marked, start, end = FAR_REACHING[phrase]
    assert text[found.start:found.end] == (marked or phrase)
    assert (found.value.when or found.value.from_, found.value.to) == (start, end)
    assert [found] == _everywhere(text, "1949-01-10")


def test_a_date_whose_words_stand_far_apart_is_found_whole():
    """(a copy that keeps a page's spacing: the words of a date may stand further apart than a
    window reaches; such a text is read whole)"""
    text = "word " * 40 + "on 14" + " " * 120 + "January 1949 we met" + " word" * 40
    assert dates.find_dates(text, "1949-01-10") == _everywhere(text, "1949-01-10")
    (found,) = dates.find_dates(text, "1949-01-10")
    assert found.value.when == "1949-01-14"


def test_a_date_far_into_a_long_paragraph_is_found():
    text = "word " * 400 + "on 14 January 1949 we met" + " word" * 400
    (found,) = dates.find_dates(text, "1949-01-10")
    assert text[found.start:found.end] == "14 January 1949" and found.value.when == "1949-01-14"


def test_dates_read_against_several_dates_in_one_source_are_those_read_afresh():
    """(a text's scan is kept for the source and read again against each date: the structure
    pass's "1900-06-15", none, the telegram's)"""
    texts = LINES[::7] + list(FAR_REACHING) + ["On the 14th instant", "the 3rd of this month", "the 2nd Corps on the 5th"]
    contexts = ["1900-06-15", "", "1949-01-10", "1950-11-20"]
    afresh = [[dates.find_dates(text, context) for context in contexts] for text in texts]
    with per_source:
        kept = [[dates.find_dates(text, context) for context in contexts] for text in texts]
        # (the scan find_dates read is the one kept: its matches are found already)
        scan = finder._scan("On the 14th instant")
        assert scan is not None and any(found is not None for found in scan._matches)
    assert kept == afresh and sum(map(len, sum(afresh, []))) > 500


# each form of the patterns that need a separated number (forms.py), by pattern: the date finder
# runs them only near finder.SEPARATED, so each must hold it
SEPARATED_FORMS = ["5–7.II.49 the talks", "on 5-7. II. 1949", "5-7.2.1949 in Moscow", "dated 1949-01-14.", "10.01.1949",
                   "6. II. 1949", "14/1/1949", "18-IV-1949", "19/XI-1951", "1949.1.15", "1949/01/15", "13.V.50", "18-IV-49",
                   "20/IV/49", "19/XI-51", "13/5-50. Roshchin", "13/5-1950", "the telegram of Kim Il Sung of 14.7.52",
                   "on 9.2.49 at 23.00", "completed by 20.V.", "on 4-5.IV.", "on 19/XII.", "until 20.II to conclude",
                   "your telegram of 29.IX has been received", "your telegram of 19.2.", "telegram No. 241 of 3.11.",
                   "of 3.2. and 5.2.", "on 3.2., 5.2. or 7.2."]
# (and forms none reads today, which a new pattern might: a space before the separator, a
# lower-case roman month)
NEAR_SEPARATED = ["12 . 3 . 1949", "12 .III. 49", "5 -7.II.49", "1949 -01-14", "14 /1/1949", "of 3 .2.", "until 20 .II to",
                  "12-iii-1949", "on 19.xii.", "5-7.ii.49", "1949. 1. 15", "13 / 5 - 50"]
SEPARATED_PATTERNS = [(kind, pattern) for kind, pattern, needs in PATTERNS if needs == "sep"]


def _without_the_cue(text: str) -> list[str]:
    return [f"{kind} {m.group(0)!r}" for kind, pattern in SEPARATED_PATTERNS for m in pattern.finditer(text)
            if not finder.SEPARATED.search(text, m.start(), m.end())]


def test_every_pattern_that_needs_a_separated_number_has_its_forms_here():
    """(a new pattern with no form in SEPARATED_FORMS fails here: add its forms)"""
    assert [kind for kind, pattern in SEPARATED_PATTERNS if not any(pattern.search(f) for f in SEPARATED_FORMS)] == []


def test_every_date_that_needs_a_separated_number_holds_its_cue():
    """(else the finder, which runs these patterns only near the cue, would drop the date unsaid)"""
    assert [bad for text in LINES + SEPARATED_FORMS + NEAR_SEPARATED for bad in _without_the_cue(text)] == []


NUMERIC_PIECES = st.sampled_from(["5", "14", "1949", "49", "01", "2", "II", "ii", "XI", "iv", "V", ".", "/", "-", "–", " ",
                                  ". ", " .", " / ", "of ", "on ", "until ", "by ", "telegram of ", " and ", ", ", "\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(NUMERIC_PIECES, min_size=1, max_size=12))
def test_made_up_numeric_dates_hold_the_separated_number_cue(pieces):
    assert _without_the_cue("".join(pieces)) == []


def _ocr_everywhere(line: str) -> str:
    digits = str.maketrans("lO", "10")
    line = base.OCR_YEAR.sub(lambda m: m.group(0).translate(digits), line)
    line = base.OCR_DAY.sub(lambda m: m.group(0).translate(digits), line)
    line = base.OCR_ROMAN_DATE.sub(lambda m: re.sub(r"[\dlO]+", lambda d: d.group(0).translate(digits), m.group(0)), line)
    return base.OCR_DAY_AFTER.sub(lambda m: m.group(0)[:len(m.group(0)) - len(m.group(0).split()[-1])]
                                  + m.group(0).split()[-1].translate(digits), line)


def test_ocr_digits_are_read_alike_in_every_line():
    extra = ["2 OCTOBER l950", "l OCTOBER", "l2 June l949", "I will all Il IO", "19l8 and l95O", "on 2O March",
             "l7.III.49", "27.VIII.5O.", "June O6, l950", "March l7, 1949",
             # (the letter in the day or the year only, before or after the roman month; none at all)
             "7l.III.49", "5.II.l950", "5.II.195O", "O5-IV-1951", "June l, 1950", "June 1l, l950", "at all. I think",
             "5.II.1950", "March 17, 1949", "ALL O", "the Council declared", "until l December", "the l Dec. meeting",
             "IV-l95O", "I. l2 June"]
    assert [base.ocr_digits(line) for line in LINES + extra] == [_ocr_everywhere(line) for line in LINES + extra]
    assert base.ocr_digits("l2 June l949") == "12 June 1949"


def test_lookups_are_remembered_for_one_source_only():
    memo = SourceMemo()
    calls = []

    @memo.remember
    def look(text, kind=None):
        calls.append(text)
        return (text.upper(), kind)

    assert look("a") == look("a") == ("A", None) and calls == ["a", "a"]  # outside: not remembered
    with memo:
        first = look("b", kind="x")
        assert look("b", kind="x") is first and look("b") == ("B", None) and calls == ["a", "a", "b", "b"]
    look("b", kind="x")
    assert calls[-1] == "b" and len(calls) == 5  # the next source starts afresh


def test_remembered_names_are_the_names_found():
    authority = Authority.load()
    text = "Comrade Filippov asked Mao Zedong to meet Mikoyan in Shijiazhuang."
    plain = authority.find(text)
    with per_source:
        assert authority.find(text) == plain and authority.find(text) is authority.find(text)
        assert authority.find(text, "place") == tuple(f for f in plain if f[2].kind == "place")
    assert {f[2].id for f in plain} >= {"stalin", "mao", "mikoyan"}
