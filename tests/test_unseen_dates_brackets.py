"""Dates and the source editor's brackets in telegrams the converter was not written with.

tests/sources/ holds a cable of Razuvaev to Vasilevsky of 22.I.51 whose points number corps
("The 1st, 2nd and 5th Corps"), ask for arms "by 1 May" (a date to come, in a telegram of
January), speak of two days at once ("On 20 and 21 January") and of a span whose year is
printed once at its end ("from December 30 to January 8, 1951"), and close with the date as
the War Ministry typed it, "22/I-51" (also cited inline, "[telegram of 13/I-51]"); and a
Markdown record of Matveev [Zakharov] whose date field reads "23 Jan 51"; and a cable of Fyn Si
[Stalin] to Shtykov whose editor identifies names in brackets ("Kim Il Sung [Chairman of the
Cabinet of Ministers of the DPRK]", "Wonsan [Wonsan harbour]", "Sinuiju [Korea]"), supplies
words ("the decisions [on the question of the airfields]") and describes what is left out.
"""

from __future__ import annotations


import pytest
from lxml import etree

from source_helpers import T, convert, lines


def dates(el) -> list[tuple[str, dict]]:
    """(text, attributes) of each date in an element."""
    return [("".join(d.itertext()), dict(d.attrib)) for d in el.iter(f"{T}date")]


INFERRED = {"evidence": "internal", "resp": "#encoder"}


@pytest.fixture(scope="module")
def razuvaev(tmp_path_factory):
    docs = convert(tmp_path_factory.mktemp("razuvaev"), "cable-razuvaev-vasilevsky-1951-01-22-corps-ordinals-dates-ahead.txt")
    return docs["tg-1951-01-22-razuvaev-vasilevsky-wilson-center-115982"].find(f".//{T}div")


def point(div, n: str):
    return div.find(f"{T}p[@n='{n}']")


def test_ordinals_before_a_noun_are_not_days(razuvaev):
    # "The 1st, 2nd and 5th Corps": corps, not the 1st of January; "on the 4th" is a day
    assert dates(point(razuvaev, "2"))[-1] == ("the 4th", {"when": "1951-01-04", **INFERRED})
    assert not any(text.startswith("The 1st") for text, _ in dates(point(razuvaev, "2")))


def test_a_date_to_come_takes_the_coming_year(razuvaev):
    # in a telegram of January 1951: arms by 1 May 1951, not 1950; the telegram looked back to stays last year's
    assert dates(point(razuvaev, "3")) == [("1 May", {"when": "1951-05-01", **INFERRED}),
                                           ("15 March", {"when": "1951-03-15", **INFERRED})]
    assert dates(razuvaev.find(f"{T}p"))[0] == ("24 December", {"when": "1950-12-24", **INFERRED})


def test_two_days_of_one_month_are_two_dates(razuvaev):
    assert dates(point(razuvaev, "1"))[:2] == [("20", {"when": "1951-01-20", **INFERRED}),
                                               ("21 January", {"when": "1951-01-21", **INFERRED})]


def test_the_year_printed_at_the_end_of_a_span_is_the_sources(razuvaev):
    assert ("December 30 to January 8, 1951", {"from": "1950-12-30", "to": "1951-01-08"}) in dates(point(razuvaev, "2"))


def test_day_roman_month_and_short_year_with_two_separators(razuvaev):
    # "22/I-51" under the signature closes the telegram; "[telegram of 13/I-51]" in the text is a date
    closer = razuvaev.find(f"{T}closer")
    assert lines(closer) == [("signed", "RAZUVAEV"), ("number", "No. 4590"), ("dateline", "22/I-51")]
    assert closer.find(f"{T}dateline/{T}date").get("when") == "1951-01-22"
    assert ("13/I-51", {"when": "1951-01-13"}) in dates(point(razuvaev, "1"))


@pytest.mark.parametrize("text, found", [
    ("The 1st, 2nd and 5th Corps of the KPA", []),
    ("belonging to the 1st, 2nd and 5th Corps", []),
    ("the commander of the 4th Field Army", []),
    ("your telegram of the 24th received", [("the 24th", "1948-12-24")]),
    # (an arrival to come on a day before the telegram's: the next month's)
    ("they left on the 10th and will arrive on the 20th", [("the 10th", "1949-01-10"), ("the 20th", "1949-02-20")]),
    ("they left on the 10th and will arrive on the 30th", [("the 10th", "1949-01-10"), ("the 30th", "1949-01-30")]),
    ("Peking, the 14th", [("the 14th", "1949-01-14")]),
    ("by 1 May", [("1 May", "1949-05-01")]),
    ("until 15 March", [("15 March", "1949-03-15")]),
    ("they will arrive in Moscow on 3 May", [("3 May", "1949-05-03")]),
    ("from 20 May on", [("20 May", "1949-05-20")]),
    ("on 20 May", [("20 May", "1948-05-20")]),  # nothing looks ahead: the past
    ("your telegram of 30 December", [("30 December", "1948-12-30")]),
    ("by 30 December", [("30 December", "1948-12-30")]),  # (ten months ahead: last year's still)
    ("January 20 and 21, 1949", [("January 20", "1949-01-20"), ("21, 1949", "1949-01-21")]),
    ("19/XI-48", [("19/XI-48", "1948-11-19")]),
    ("19/XI-1948", [("19/XI-1948", "1948-11-19")]),
])
def test_dates_in_a_telegram_of_22_january_1949(text, found):
    from tei.dates import find_dates

    assert [(text[f.start:f.end], f.value.start) for f in find_dates(text, context="1949-01-22")] == found


def test_a_year_ahead_in_a_telegram_of_november():
    from tei.dates import find_dates

    assert [f.value.when for f in find_dates("not later than 1 February", context="1951-11-20")] == ["1952-02-01"]


def test_record_date_field_with_a_two_digit_year(tmp_path):
    docs = convert(tmp_path, "cable-matveev-fynsi-1951-01-23-date-field-two-digit-year.md")
    assert list(docs) == ["tg-1951-01-23-zakharov-stalin-wilson-center"]
    sent = docs["tg-1951-01-23-zakharov-stalin-wilson-center"].find(f".//{T}correspAction[@type='sent']/{T}date")
    assert sent.get("when") == "1951-01-23"


@pytest.mark.parametrize("text, when", [("22 Jan 51", "1951-01-22"), ("22.I.51", "1951-01-22"),
                                        ("22/I-51", "1951-01-22"), ("January 22, 1951", "1951-01-22"),
                                        ("22 January", None)])
def test_record_date_reads_two_digit_years(text, when):
    from tei.dates import record_date

    value = record_date(text)
    assert (value.when if value else None) == when


@pytest.fixture(scope="module")
def brackets(tmp_path_factory):
    docs = convert(tmp_path_factory.mktemp("brackets"),
                   "cable-fynsi-shtykov-1950-07-06-identifications-and-supplied-words-in-brackets.txt")
    return docs["tg-1950-07-06-stalin-shtykov-wilson-center-115990"].find(f".//{T}div")


def editorial(el) -> list[tuple[str, str]]:
    """(element, text) of each of the source editor's brackets in an element."""
    return [(etree.QName(e).localname, " ".join("".join(e.itertext()).split()))
            for e in el.iter(f"{T}gap", f"{T}gloss", f"{T}supplied")]


def test_a_phrase_identifying_the_name_before_it_is_a_gloss(brackets):
    # nothing is omitted: the editor says who Kim Il Sung is and what Wonsan means here
    assert editorial(point(brackets, "1"))[:2] == [("gloss", "Chairman of the Cabinet of Ministers of the DPRK"),
                                                   ("gloss", "Wonsan harbour")]


def test_words_that_go_on_with_the_sentence_are_supplied_and_omissions_stay_gaps(brackets):
    assert editorial(point(brackets, "2")) == [("supplied", "on the question of the airfields"), ("gloss", "Manchuria"),
                                               ("gap", "Details concerning the weapons omitted.")]
    assert point(brackets, "2").find(f"{T}gap/{T}desc") is not None
    assert editorial(point(brackets, "3")) == [("gloss", "Shtykov"), ("gap", "")]
    # the supplied words stay in the reading text
    assert "the decisions on the question of the airfields and" in " ".join("".join(point(brackets, "2").itertext()).split())


def test_a_gloss_naming_the_country_does_not_link_the_place_before_it(brackets):
    # "Sinuiju [Korea]": Korea is where Sinuiju lies, not its name
    gloss = point(brackets, "1").findall(f"{T}gloss")[-1]
    assert gloss.find(f"{T}placeName").get("ref") == "#korea"
    assert [p.text for p in point(brackets, "1").iter(f"{T}placeName") if p.get("ref") == "#korea"] == ["Korea"]
    assert "area of Sinuiju" in "".join(point(brackets, "1").itertext())


def test_a_gloss_that_renames_still_links_the_name_before_it(brackets):
    # "Comrade Pavlov [Shtykov]": the name the file lacks is the glossed person's
    pavlov = [p for p in point(brackets, "3").iter(f"{T}persName") if p.text == "Pavlov"]
    assert [p.get("ref") for p in pavlov] == ["#shtykov"]
    # a region may be renamed: "the Northeast [Manchuria]"
    assert [p.get("ref") for p in point(brackets, "2").iter(f"{T}placeName") if p.text == "Northeast"] == ["#manchuria"]
