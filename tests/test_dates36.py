"""Round 36's holes: dates with a space either side of their separators or with a month in small
roman figures ("12 . 3 . 1949", "12-iii-1949"), in the dateline and in the running text; our
own invented texts in the style of the translations."""

from __future__ import annotations

import pytest
from lxml import etree

from source_helpers import T
from tei.dates import find_dates


@pytest.mark.parametrize("line, said, when", [
    ("On 12 . 3 . 1949 the delegation left for Moscow.", "12 . 3 . 1949", "1949-03-12"),
    ("Your telegram of 12 . III . 1949 has been received.", "12 . III . 1949", "1949-03-12"),
    ("On 12-iii-1949 we received the answer of the CC.", "12-iii-1949", "1949-03-12"),
    ("The agreement signed on 5.xi.1949 stands.", "5.xi.1949", "1949-11-05"),
    ("the talks of 12 - III - 1949 with Kovalev", "12 - III - 1949", "1949-03-12"),
    ("as reported on 12 / III / 1949,", "12 / III / 1949", "1949-03-12"),
    ("the telegram of 12.III.49 from Peking", "12.III.49", "1949-03-12"),
    ("handed over on 12/III/1949 at the Kremlin", "12/III/1949", "1949-03-12"),
    ("the cable of 12-iii-49 from Pyongyang", "12-iii-49", "1949-03-12"),
    ("from 3-5.ii.49 the talks went on", "3-5.ii.49", None),  # (a span: from/to below)
])
def test_spaced_and_small_roman_dates_in_running_text(line, said, when):
    [found] = find_dates(line, "1949-03-20")
    assert line[found.start:found.end] == said
    if when:
        assert found.value.when == when
    else:
        assert (found.value.from_, found.value.to) == ("1949-02-03", "1949-02-05")


@pytest.mark.parametrize("line", [
    "Peking, 12 . 3 . 1949", "Moscow, 12-iii-1949", "12 . III . 1949", "Moscow, 12.III.49", "12/III/1949",
    "12 . 3 . 49",  # (a short date with its stops spaced: a date where it stands alone, as "12.3.49" is)
])
def test_spaced_and_small_roman_dates_alone_on_their_line(line):
    [found] = find_dates(line, "1949-03-20")
    assert found.value.when == "1949-03-12" and line[found.end:] == ""


@pytest.mark.parametrize("line", [
    "Install version 1.2.3 of the cipher tables.",
    "See pages 12 - 13 of the report.",
    "RGASPI, f. 45, op. 1, d. 331, ll. 12-13.",
    "Call 12-34-56 or 2-13-49 at the embassy.",
    "The rate rose to 3 . 5 per cent.",
    "The index fell from 12 . 3 . 49 per cent",  # (a short date in the running text: none)
    "the points 1.ii.3 and 2.iv of the draft",
    "section 12 . 13 . 1949 of the code",  # (no 13th month)
    "the ratio 5 - 3 - 2 of the forces",
])
def test_no_date_in_numbers_that_are_none(line):
    assert find_dates(line, "1949-03-20") == []


def _works(tmp_path, dateline: str, body: str):
    """A telegram of collected works, its dateline under the signature, converted: the TEI root."""
    from tei.convert import convert_sources
    from tei.messages import Report

    src = tmp_path / "src"
    src.mkdir()
    (src / "works-stalin-mao-1949-spaced-date.txt").write_text(
        "TO COMRADE MAO TSE-TUNG\nJ. V. Stalin, Works, Vol. 16, Moscow: Pisatel, 1997, p. 45.\n\n"
        f"Comrade Mao Tse-tung,\n\n{body}\n\nJ. STALIN\n\n{dateline}\n", encoding="utf-8")
    report = Report()
    convert_sources(sorted(src.iterdir()), tmp_path / "out", report=report)
    [path] = (tmp_path / "out").glob("*.xml")
    return etree.parse(str(path)).getroot()


@pytest.mark.parametrize("dateline", ["12 . 3 . 1949", "Moscow, 12-iii-1949", "12 . III . 1949"])
def test_a_spaced_or_small_roman_dateline_dates_the_telegram(tmp_path, dateline):
    root = _works(tmp_path, dateline, "We have received your telegram of 10 . III . 1949 on the grain.")
    sent = root.find(f".//{T}correspAction[@type='sent']/{T}date")
    assert sent is not None and sent.get("when") == "1949-03-12"
    dates = [(d.text, d.get("when")) for d in root.find(f"{T}text").iter(f"{T}date")]
    assert ("10 . III . 1949", "1949-03-10") in dates and (dateline.removeprefix("Moscow, "), "1949-03-12") in dates, dates
