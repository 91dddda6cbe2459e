"""tei.regexes.led: a pattern led by a look-ahead for its matches' first characters finds exactly
what the pattern found (the speed work of the twenty-second session changes no output)."""

import re

import pytest

from tei.dates import forms as dates  # (the date patterns)
from tei.regexes import ahead_of, led

TEXTS = [
    "On 14 January 1949 Comrade Filippov (Stalin) wrote to Mao Zedong; received 15.1.49 at 23.30.",
    "until 20.II to conclude; the night of 14/15 January; between 10 and 15 February 1949",
    "Peking, the 14th.  Your telegram of the 12th received.  the fourteenth of January, 1949",
    "1949-01-14, 19/XI-1951, 13.V.50, January 14-16, 1949, March 1950, in 1947, for 1951.",
    "", "no date here at all", "THE 3RD OF MARCH", "Until 1.III, since 2.IV and from 3.V.",
]


def spans(pattern, text):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_led_patterns_find_what_the_patterns_found():
    patterns = [p for _, p, _ in dates.PATTERNS] + [
        re.compile(r"\b(?:from\s+)?(?P<d>\d{1,2})\s+(?:to|till)\s+(?P<e>\d{1,2})"),
        re.compile(r"(?:^|(?<=, ))[Tt]he\s+\d+"),  # (a look-behind alone among the alternatives)
        re.compile(r"(?<![\w./-])(?P<d>\d{1,2})[./]\s?(?P<m>[IVX]{1,4})"),
        re.compile(r"\bthe\s+(?P<w>first|third)\s+of\s+march", re.I),  # (the look-ahead is case-blind too)
    ]
    for pattern in patterns:
        fast = led(pattern)
        assert fast.groupindex == pattern.groupindex
        for text in TEXTS:
            for start in (0, 5):
                assert [m.span() for m in fast.finditer(text, start)] == [m.span() for m in pattern.finditer(text, start)]
            assert spans(fast, text) == spans(pattern, text)


def test_led_says_what_matches_begin_with():
    assert led(re.compile(r"\b(?:from\s+)?\d+")).pattern.startswith(r"(?=[f\d])")
    assert led(re.compile(r"(?:(?<=\bby )|(?<=\bon ))\d+")).pattern.startswith(r"(?=[\d])")
    assert led(re.compile(r"\b(?:[Ww]orks|[Pp]lant)\b")).pattern.startswith("(?=[WwPp])")


def test_led_leaves_a_pattern_whose_first_characters_are_not_known():
    for pattern in (re.compile(r"\w+ing"), re.compile(r"[^a-z]+"), re.compile(r".x"), re.compile(r"(?:a)?")):
        assert led(pattern) is pattern


def test_led_leaves_a_pattern_that_begins_with_a_case_blind_group():
    """"(?i:march)": the look-ahead would be for "m" alone (the group's letters as written), so
    that "March l7" went unmatched where the pattern matched it."""
    pattern = re.compile(r"(?i:\b(?:january|march))\.?\s(?=[\dlO]?[lO])[\dlO]{1,2}")
    assert led(pattern) is pattern
    assert [m.span() for m in led(pattern).finditer("March l7, JANUARY l5, march l9")] == [(0, 8), (10, 20), (22, 30)]


def test_led_looks_past_a_zero_width_case_blind_group():
    assert led(re.compile(r"(?i:\b)from\s+\d+")).pattern.startswith("(?=[f])")


def test_ahead_of_is_every_character_a_case_blind_word_can_begin_with():
    words = "convey|transmit|see|kill|item|Zone"
    lead = re.fullmatch(r"\(\?=\[(.*)\]\)", ahead_of(words)).group(1)
    case_blind = re.compile(rf"(?i:{words})")
    for code in range(0x10000):
        for word in words.split("|"):
            if case_blind.fullmatch(chr(code) + word[1:]):
                assert chr(code) in lead, (word, hex(code))
    assert set(lead) == set("cCtTsS\u017fkK\u212aiI\u0130\u0131zZ")


def test_the_conveying_cues_look_ahead_for_the_words_they_list():
    """The look-ahead is made from the list: a word added to it ("relay") is found, in any case."""
    from tei.transforms import correspondence

    for pattern, words in ((correspondence.CONVEY, correspondence._CONVEYING),
                           (correspondence.CONVEY_ASKED, correspondence._ASKED),
                           (correspondence.VISIT_AND_CONVEY, correspondence._VISITING)):
        assert pattern.pattern.startswith(ahead_of(words))
        assert rf"\b(?i:{words})" in pattern.pattern
    added = correspondence._CONVEYING + "|relay"
    relayed = re.compile(correspondence.CONVEY.pattern.replace(ahead_of(correspondence._CONVEYING), ahead_of(added))
                         .replace(rf"(?i:{correspondence._CONVEYING})", rf"(?i:{added})"))
    for text in ("Please relay to Filippov the following:", "RELAY to Filippov:", "Relay the following to Filippov:"):
        assert relayed.search(text).group("name") == "Filippov"
        assert correspondence.CONVEY.search(text) is None
    with pytest.raises(ValueError):
        ahead_of("convey|’s")


def test_a_dateline_with_the_month_first_says_each_number_read_with_a_letter(tmp_path):
    """"March l7, l949" under the signature: the day's "l7" has a letter for a digit as the year's
    "l949" has; the warning named the year's alone (the day-after-month pattern, led by a
    look-ahead for its month's first letter in small letters only, missed "March")."""
    from source_helpers import convert
    from tei.messages import Report

    report = Report()
    convert(tmp_path, "cable-kovalev-filippov-1949-03-17-ocr-letters-in-a-month-first-dateline.txt", report=report)
    said = [m.text for m in report.messages if m.code == "ocr-digits"]
    assert len(said) == 1 and said[0].startswith("'l7', 'l949' have the letter 'l'"), said
