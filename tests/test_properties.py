"""Random and mutated texts: every reader and the whole conversion either return telegrams or
raise SourceError (a message for the user), never another exception."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import SEEDS
from tei.messages import SourceError
from tei.sources import READERS, RawTelegram, sniff

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
BRACKETS = ["[...]", "[....]", "[?]", "[c. 520]", "[Stalin]", "[Jiang Jieshi]", "[Details concerning radio.]", "[",
            "]", "[]", "[[?]]", "[c. ]", "[illegible]", "“", "„", "\"", "1", "*"]
LINES = ["", "1. THE TELEGRAM FROM J. V. STALIN TO MAO TSE-TUNG DATED THE 10TH OF JANUARY, 1949", "Citation:",
         "Summary:", "Contents:", "English HTML", "# **Citation:**", "10.01.1949", "FILLIPOV", "Comrade Ivanov,",
         "1In his correspondence.", "No comments", "Stalin I.V. Works. - T. 18.", "January 06, 1949",
         "\"Title,\" January 06, 1949, Wilson Center Digital Archive.", "- item", "**", "  • share document"]

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    derandomize=True)


@st.composite
def mutated(draw) -> str:
    """A seed text with lines deleted, duplicated, shuffled, brackets inserted, truncated."""
    lines = draw(st.sampled_from(SEED_TEXTS)).split("\n")
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "bracket", "insert", "truncate-line", "upper"]))
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "bracket":
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(st.sampled_from(BRACKETS)) + lines[i][at:]
        elif op == "insert":
            lines.insert(i, draw(st.sampled_from(LINES)))
        elif op == "truncate-line":
            lines[i] = lines[i][:draw(st.integers(0, len(lines[i])))]
        else:
            lines[i] = lines[i].upper()
    if draw(st.booleans()):
        lines = draw(st.permutations(lines)) if len(lines) < 40 and draw(st.booleans()) else lines
    text = "\n".join(lines)
    if draw(st.booleans()):
        text = text[:draw(st.integers(0, len(text)))]
    return text


random_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400) | st.lists(
    st.sampled_from(LINES + BRACKETS + ["Comrade Mao Zedong,", "We agree.", "1. Point one.", ""]),
    max_size=25).map("\n".join)


def check_reader(name: str, text: str) -> None:
    try:
        records = READERS[name]().read(text, "mutated.txt")
    except SourceError:
        return
    assert isinstance(records, list)
    for record in records:
        assert isinstance(record, RawTelegram)
        assert record.blocks


@pytest.mark.parametrize("name", sorted(READERS))
@SETTINGS
@given(text=mutated())
def test_readers_on_mutated_seeds(name, text):
    check_reader(name, text)


@pytest.mark.parametrize("name", sorted(READERS))
@settings(max_examples=40, deadline=None, derandomize=True)
@given(text=random_text)
def test_readers_on_random_text(name, text):
    check_reader(name, text)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(text=mutated() | random_text)
def test_sniff_never_fails(text):
    assert sniff(text) in (None, *READERS)


def convert_one(text: str, encoding: str = "utf-8"):
    from tei.convert import convert_sources
    from tei.messages import Report

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "mutated.txt"
        source.write_bytes(text.encode(encoding, errors="replace"))
        report = Report()
        results = convert_sources([source], Path(tmp) / "out", report=report)
        written = sorted((Path(tmp) / "out").glob("*.xml"))
        assert len(results) == 1
        telegrams = results[0].telegrams
        assert len(written) == telegrams
        if telegrams == 0:  # nothing made: the user is told why, with the file's name
            assert any(m.level == "error" and "mutated.txt" in m.file for m in report.messages), report.messages
        return telegrams


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(text=mutated())
def test_convert_mutated_seeds(text):
    convert_one(text)


@settings(max_examples=15, deadline=None, derandomize=True)
@given(text=random_text)
def test_convert_random_text(text):
    convert_one(text)


@st.composite
def mangled_bytes(draw) -> bytes:
    """A seed in some encoding, cut anywhere (even inside a character), or random bytes."""
    if draw(st.booleans()):
        return draw(st.binary(max_size=300))
    text = draw(st.sampled_from(SEED_TEXTS))
    data = text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252"])),
                       errors="replace")
    return data[:draw(st.integers(0, len(data)))]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(data=mangled_bytes())
def test_convert_mangled_bytes(data):
    from tei.convert import convert_sources
    from tei.messages import Report

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "mangled.txt"
        source.write_bytes(data)
        report = Report()
        [result] = convert_sources([source], Path(tmp) / "out", report=report)
        if result.telegrams == 0:
            assert any(m.level == "error" for m in report.messages)
