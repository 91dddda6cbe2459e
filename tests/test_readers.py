"""Each reader on small fragments written here (not the seed files), and sniffing."""

from __future__ import annotations

import pytest

from conftest import SEEDS
from tei.messages import SourceError
from tei.sources import READERS, sniff

WILSON_TEXT = """Search in

Digital Archive International History Declassified

March 03, 1949


  • Citation

    get citation

    Kovalev reports to Stalin on his talks with Mao Zedong about the coalition government and the coming offensive.
    "Ciphered Telegram No. 2345, Kovalev to Filippov [Stalin]," March 03, 1949, History and Public Policy Program Digital Archive, APRF, F. 45, Op. 1, D. 331, L. 12. Translated by Gary Goldberg.
  • share document


English HTML


To Filippov

1. Mao Zedong agrees with your advice.

2. The offensive will begin in April.

3.III.1949 Kovalev



It appears your Web browser is not configured to display PDF files. No worries, just click here to download the PDF file.

Click here to view the PDF file in a new window.
"""

WILSON_TITLED = """

April 20, 1949

Cable, Stalin to Mao Zedong

Citation:

"Cable, Stalin to Mao Zedong", April 20, 1949, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 331. Contributed by Sergey Radchenko. https://digitalarchive.wilsoncenter.org/document/113000

Summary:

Stalin answers Mao's question about the crossing of the Yangtze.

Original Language:

Russian

Contents:

Translation - English

Comrade Mao Zedong,

We agree with the crossing of the Yangtze.

Filippov
"""

WILSON_MARKDOWN = """

## **May, 1949**

# **Cable, Liu Shaoqi to Stalin**

### **Citation:**

"Cable, Liu Shaoqi to Stalin," May, 1949, History and Public Policy Program Digital Archive, Provided by the National Security Archive. Translated by Sergey Radchenko.
<http://digitalarchive.wilsoncenter.org/document/121999>

### **Summary:**

Liu Shaoqi asks Stalin for advice on the *new* government.

### **Original Language:**

Chinese

### **Contents:**

- English Translation

TO STALIN:

First. We ask for your advice on the government.

Second. We ask for specialists.
"""

COLLECTED = """Telegram of J.V. Stalin to Mao Zedong dated 5th February 1949
Stalin I.V. Works. - T. 18. - Tver: Information and
Soyuz Publishing Center, 2006, pp. 530–531.
Comrade Mao Zedong,
We have received your telegram about the visit of Mikoyan. He will [c. 530] travel at the end of January.
Please meet him at Shijiazhuang.
Filippov.
New and recent history. 1994. AP RF. F. 45. Op. 1. D. 331. L. 10–11
No. 4–5. P. 140–141.
No comments
"""

COMPILATION = """Documents of the Correspondence

Proletarians of all countries, unite!

Sino-Soviet Relations, 1911-57
Moscow 1959
Reproduced by
The Red Flag

1. THE TELEGRAM FROM J. V. STALIN TO MAO TSE-TUNG DATED THE 2ND OF FEBRUARY, 1949

Comrade Mao Tse-tung,

We agree with your proposal.

02.02.1949
FILLIPOV
1

2. THE TELEGRAM FROM MAO TSE-TUNG TO J. V. STALIN DATED THE 3RD OF FEBRUARY, 1949

Comrade Fillipov,

1. Thank you for your advice.

2. We shall act accordingly.

03.02.1949
MAO TSE-TUNG


1In his correspondence with Chairman Mao Tse-tung, Comrade J. V. Stalin used the pseudonym Fillipov.
"""

FRAGMENTS = {"wilson-text": WILSON_TEXT, "wilson-text-titled": WILSON_TITLED, "wilson-markdown": WILSON_MARKDOWN,
             "collected-works": COLLECTED, "compilation": COMPILATION}


def line_of(text: str, needle: str) -> int:
    """1-based number of the first line of the text that holds the needle."""
    return next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)


def read(name: str, text: str):
    return READERS[name]().read(text, "fragment.txt")


def texts(record) -> list[str]:
    return [b.text for b in record.blocks]


# ----------------------------------------------------------------------------- Wilson page text

def test_wilson_text_drops_furniture_and_finds_parts():
    [record] = read("wilson-text", WILSON_TEXT)
    body = texts(record)
    assert body == ["To Filippov", "1. Mao Zedong agrees with your advice.", "2. The offensive will begin in April.",
                    "3.III.1949 Kovalev"]
    everything = " ".join(body + [record.title, record.summary])
    for furniture in ("Search in", "get citation", "share document", "English HTML", "PDF", "click here"):
        assert furniture.lower() not in everything.lower()
    assert record.date_text == "March 03, 1949"


def test_wilson_text_title_from_citation_when_no_title_line():
    [record] = read("wilson-text", WILSON_TEXT)
    assert record.title == "Ciphered Telegram No. 2345, Kovalev to Filippov [Stalin]"
    assert record.publication.citation.startswith('"Ciphered Telegram No. 2345')
    assert "APRF, F. 45, Op. 1, D. 331, L. 12" in record.publication.citation


def test_wilson_text_summary_and_translator():
    [record] = read("wilson-text", WILSON_TEXT)
    assert record.summary.startswith("Kovalev reports to Stalin on his talks")
    assert record.translator == "Gary Goldberg"
    assert record.publication.kind == "archive-record"


def test_wilson_text_with_labels_and_title_line():
    [record] = read("wilson-text", WILSON_TITLED)
    assert record.title == "Cable, Stalin to Mao Zedong"
    assert record.title_line == line_of(WILSON_TITLED, "Cable, Stalin to Mao Zedong") == 5
    assert record.summary == "Stalin answers Mao's question about the crossing of the Yangtze."
    assert record.original_language == "Russian"
    assert record.contributor == "Sergey Radchenko"
    assert record.translator == ""
    assert record.publication.url == "https://digitalarchive.wilsoncenter.org/document/113000"
    assert texts(record) == ["Comrade Mao Zedong,", "We agree with the crossing of the Yangtze.", "Filippov"]
    assert record.blocks[0].line == line_of(WILSON_TITLED, "Comrade Mao Zedong,")


def test_wilson_text_without_citation_is_a_source_error():
    with pytest.raises(SourceError):
        read("wilson-text", "January 06, 1949\n\nSome text without any citation.\n")


# ----------------------------------------------------------------------------- Wilson Markdown

def test_wilson_markdown():
    [record] = read("wilson-markdown", WILSON_MARKDOWN)
    assert record.title == "Cable, Liu Shaoqi to Stalin"
    assert record.date_text == "May, 1949"
    assert record.summary == "Liu Shaoqi asks Stalin for advice on the new government."  # italics removed
    assert record.original_language == "Chinese"
    assert record.translator == "Sergey Radchenko"
    assert record.publication.url == "http://digitalarchive.wilsoncenter.org/document/121999"
    assert texts(record) == ["TO STALIN:", "First. We ask for your advice on the government.",
                             "Second. We ask for specialists."]
    assert not any("**" in t or t.startswith("#") for t in texts(record))


# ----------------------------------------------------------------------------- collected works

def test_collected_works_citation_lines():
    [record] = read("collected-works", COLLECTED)
    pub = record.publication
    assert record.title == "Telegram of J.V. Stalin to Mao Zedong dated 5th February 1949"
    assert record.title_line == 1
    assert pub.kind == "collected-works"
    assert pub.citation == ("Stalin I.V. Works. - T. 18. - Tver: Information and Soyuz Publishing Center, "
                            "2006, pp. 530–531.")
    assert (pub.title, pub.volume, pub.pages, pub.date) == ("Works", "18", "530–531", "2006")
    assert (pub.place, pub.publisher) == ("Tver", "Information and Soyuz Publishing Center")


def test_collected_works_page_markers_stay_in_text_for_the_transforms():
    [record] = read("collected-works", COLLECTED)
    assert texts(record)[0] == "Comrade Mao Zedong,"
    assert "[c. 530]" in texts(record)[1]
    assert record.blocks[0].line == line_of(COLLECTED, "Comrade Mao Zedong,") == 4


def test_collected_works_trailing_notes():
    [record] = read("collected-works", COLLECTED)
    pub = record.publication
    assert texts(record)[-1] == "Filippov."
    assert pub.notes == ["No comments"]
    assert "AP RF. F. 45. Op. 1. D. 331. L. 10–11" in pub.first_published
    assert "No. 4–5. P. 140–141." in pub.first_published
    assert not any("AP RF" in t or "No comments" in t for t in texts(record))


# ----------------------------------------------------------------------------- compilation

def test_compilation_headings_and_front_matter():
    records = read("compilation", COMPILATION)
    assert [r.number_in_source for r in records] == ["1", "2"]
    assert records[0].heading == "1. THE TELEGRAM FROM J. V. STALIN TO MAO TSE-TUNG DATED THE 2ND OF FEBRUARY, 1949"
    assert [r.line for r in records] == [line_of(COMPILATION, "1. THE"), line_of(COMPILATION, "2. THE")]
    pub = records[0].publication
    assert pub is records[1].publication
    assert (pub.kind, pub.title, pub.place, pub.date, pub.reprint) == (
        "compilation", "Sino-Soviet Relations, 1911-57", "Moscow", "1959", "The Red Flag")
    assert pub.front_matter[0] == "Documents of the Correspondence"
    assert texts(records[1]) == ["Comrade Fillipov,", "1. Thank you for your advice.", "2. We shall act accordingly.",
                                 "03.02.1949", "MAO TSE-TUNG"]


def test_compilation_footnote_goes_to_its_anchor():
    first, second = read("compilation", COMPILATION)
    anchors = [b for b in first.blocks if b.kind == "anchor"]
    assert [a.text for a in anchors] == ["1"]
    assert list(first.footnotes) == ["1"]
    assert first.footnotes["1"].text.startswith("In his correspondence with Chairman Mao Tse-tung")
    assert first.footnotes["1"].line == line_of(COMPILATION, "1In his")
    assert second.footnotes == {}
    assert not any("In his correspondence" in t for t in texts(second))


def test_compilation_heading_without_text_is_a_source_error():
    with pytest.raises(SourceError):
        read("compilation", "Front\n\n1. THE TELEGRAM FROM J. V. STALIN TO MAO TSE-TUNG DATED THE 2ND OF "
                            "FEBRUARY, 1949\n\n2. THE TELEGRAM FROM MAO TSE-TUNG TO J. V. STALIN DATED THE 3RD "
                            "OF FEBRUARY, 1949\n\nText.\n")


# ----------------------------------------------------------------------------- sniffing

SEED_FORMATS = {"000": "wilson-text", "001": "wilson-text", "002": "wilson-markdown", "003": "collected-works",
                "004": "compilation"}


@pytest.mark.parametrize("prefix,fmt", sorted(SEED_FORMATS.items()))
def test_sniff_seeds(prefix, fmt):
    [path] = SEEDS.glob(f"{prefix}_*.txt")
    assert sniff(path.read_text(encoding="utf-8")) == fmt


@pytest.mark.parametrize("name", sorted(FRAGMENTS))
def test_sniff_fragments(name):
    assert sniff(FRAGMENTS[name]) == name.replace("-titled", "")


@pytest.mark.parametrize("text", ["", "Just a letter with no layout at all.\n", "1 2 3\n4 5 6\n"])
def test_sniff_nothing(text):
    assert sniff(text) is None


@pytest.mark.parametrize("name", sorted(READERS))
def test_every_reader_has_name_and_help(name):
    assert READERS[name].name == name and READERS[name].help


@pytest.mark.parametrize("width", [60, 72, 95, 110])
def test_a_hard_wrapped_copy_reads_as_the_original(tmp_path, width):
    """The seeds' web pages and compilation cut at a fixed width, as a copy of a printed page
    or a plain-text mail is (paragraphs and the citation over several lines, a compilation's
    heading over two): the same telegrams, paragraph for paragraph.  (They were split wherever
    a line began with a capital, and a heading's second line became a paragraph.)  The
    collected-works seed is left out: it puts its paragraphs on consecutive lines without a
    blank line, so where one ends at the full width nothing tells it from a cut line."""
    import textwrap

    from lxml import etree

    from tei.convert import convert_sources
    from tei.messages import Report

    names = [p.name for p in sorted(SEEDS.glob("*.txt")) if not p.name.startswith("003_")]
    (tmp_path / "wrapped").mkdir()
    for name in names:
        lines = []
        for line in (SEEDS / name).read_text(encoding="utf-8").split("\n"):
            lines.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
                         if len(line) > width else [line])
        (tmp_path / "wrapped" / name).write_text("\n".join(lines), encoding="utf-8")
    T = "{http://www.tei-c.org/ns/1.0}"

    def paragraphs(folder):
        return {p.name: [" ".join("".join(e.itertext()).split()) for e in etree.parse(str(p)).find(f".//{T}div")]
                for p in sorted(folder.glob("*.xml"))}

    report = Report()
    convert_sources([tmp_path / "wrapped"], tmp_path / "a", report=report)
    convert_sources([SEEDS / n for n in names], tmp_path / "b", report=Report())
    assert not report.count("error"), [str(m) for m in report.messages]
    assert paragraphs(tmp_path / "a") == paragraphs(tmp_path / "b")
    assert len(paragraphs(tmp_path / "a")) == 9


def test_texts_not_cut_at_a_width_are_not_taken_for_wrapped():
    """A paragraph to a line (the seeds) or a short record: no width, the lines read as before; the texts cut at a width have theirs."""
    from pathlib import Path

    from tei.sources.base import numbered_lines, wrap_width
    from tei.textio import read_source

    sources = sorted(SEEDS.glob("*.txt")) + sorted((Path(__file__).parent / "sources").glob("*"))
    wrapped = {"compilation-1962-scan-with-running-heads.txt": 85,  # a scan's text, cut at its width
               "compilation-scan-page-head-frus-1961-63-volume-v-letter.txt": 77,
               # (a page's two columns side by side: the compilation reader reads them apart, see base.columns)
               "compilation-1994-two-columns-run-together.txt": 84,
               # (Pandoc's Markdown, its paragraphs wrapped at 72 columns)
               "cable-roshchin-filippov-1951-06-02-pandoc-markdown-of-the-page.md": 72,
               # (a telegram typed on its form, in capitals, the blog's lines around it)
               "page-ho-byrnes-1945-10-22-cable-form-typed-in-capitals.txt": 74,
               # (a scan's page of a letter without its running head, its words divided at the lines' ends)
               "page-khrushchev-eisenhower-1959-06-11-letter-dateline-with-place-under-heading.txt": 75,
               "page-khrushchev-macmillan-1959-05-14-letter-cut-at-a-width-before-a-capital.txt": 72,
               # (a volume's page copied from its PDF, its printed lines each a line, a blank line between)
               "compilation-lenin-finnish-comrades-1917-11-11-volume-note-mark-under-the-heading-names-over-the-greeting.txt": 71,
               "compilation-lenin-krasin-ivashchenko-1918-07-a-title-at-a-line-end-the-town-under-the-address.txt": 68}
    # (read as the converter reads them: a source of ours is UTF-8 with a stray Windows byte)
    assert {p.name: wrap_width(numbered_lines(read_source(p)[0])) for p in sources} == \
        {p.name: wrapped.get(p.name, 0) for p in sources}


def test_a_scans_ligatures_are_letters(tmp_path):
    """"ﬁnal", "eﬀect", "oﬀensive" as a scan gives them: read as the letters, so that the words
    and names in them are found (they were kept, "ﬁnal" unlike "final")."""
    from tei.textio import read_source

    source = tmp_path / "scan.txt"
    source.write_text("The \ufb01nal e\ufb00ect of the o\ufb00ensive on Shan\ufb03 is not yet clear.", encoding="utf-8")
    text, _ = read_source(source)
    assert text == "The final effect of the offensive on Shanffi is not yet clear."


@pytest.mark.parametrize("first, second, joined", [
    ("Comrade Stalin, we have received the note of the Nanking govern-", "ment which asks for mediation.",
     "Comrade Stalin, we have received the note of the Nanking government which asks for mediation."),
    ("We welcome the conclusion of the negotiations on the new Sino-", "Soviet treaty and the agreement.",
     "We welcome the conclusion of the negotiations on the new Sino-Soviet treaty and the agreement."),
])
def test_a_word_divided_at_the_end_of_a_line(first, second, joined):
    """A word the line's end divided is whole again ("govern-ment" kept the hyphen); a hyphen
    before a capital joins a compound ("Sino-" / "Soviet" was two paragraphs)."""
    from tei.sources.base import lines_to_blocks

    assert [b.text for b in lines_to_blocks([(1, first), (2, second)])] == [joined]


def test_a_divided_word_the_text_hyphenates_elsewhere_keeps_its_hyphen():
    from tei.sources.base import lines_to_blocks

    lines = [(1, "The post-war order was discussed in the long and difficult post-"), (2, "war conversations in Moscow.")]
    assert [b.text for b in lines_to_blocks(lines)] == [
        "The post-war order was discussed in the long and difficult post-war conversations in Moscow."]


def test_an_ocr_copy_with_l_for_one_is_named_in_the_message(tmp_path):
    """A scan read by OCR ("l. TELEGRAM FROM ... l5 JANUARY l949") matches no layout: the
    message says where a number has an l and what to do."""
    from tei.convert import read_telegrams
    from tei.sources.base import SourceError

    source = tmp_path / "scan.txt"
    source.write_text("SINO-SOVIET RELATIONS\nNew York, l971\n\nl. TELEGRAM FROM MAO TSE-TUNG TO J. V. STALIN, "
                      "l5 JANUARY l949\n\nComrade Stalin,\n\nWe agree.\n", encoding="utf-8")
    with pytest.raises(SourceError) as raised:
        read_telegrams(source)
    assert "'l971' where a number should be (line 2)" in str(raised.value) and "OCR" in str(raised.value)


def test_a_wrapped_line_cut_mid_sentence_goes_on_though_the_next_word_would_have_fitted():
    """"... if he wishes to discuss this matter with me, then" / "I will always be ready ...":
    one paragraph (it was split where the copy's wrapping left room for "I"); a short line, a
    sentence's end, a point of its own still end the paragraph."""
    from tei.sources.base import lines_to_blocks

    lines = [(1, "I received your telegram. Tell Comrade Kim Il Sung that if he wishes"),
             (2, "to discuss this matter with me at any time in the spring, then"),
             (3, "I will always be ready to receive him and to talk with him. Tell"),
             (4, "him that I am prepared to help him in this matter."),
             (5, "Fyn Si")]
    assert [b.text for b in lines_to_blocks(lines, wrap=70)] == [
        "I received your telegram. Tell Comrade Kim Il Sung that if he wishes to discuss this matter with me at any "
        "time in the spring, then I will always be ready to receive him and to talk with him. Tell him that I am "
        "prepared to help him in this matter.", "Fyn Si"]


def test_markdown_emphasis_inside_a_word_is_read_as_emphasis(tmp_path):
    """"*" emphasises part of a word in Markdown ("Com*rade*", "*Ki*m"): the word
    reads whole, the part emphasised; a footnote's star after a word ("Stalin*,") and a
    product ("2*3*4") are no emphasis, nor "_" inside a word ("snake_case_word")."""
    from lxml import etree

    from tei.convert import convert_sources
    from tei.messages import Report

    src = tmp_path / "src"
    src.mkdir()
    (src / "cable-shtykov-filippov-1950-04-25.md").write_text(
        "# Cable, Shtykov to Filippov [Stalin]\n\n| Field | Value |\n|---|---|\n| Date | April 25, 1950 |\n"
        "| Citation | \"Cable, Shtykov to Filippov [Stalin],\" April 25, 1950, History and Public Policy Program "
        "Digital Archive, AVPRF, f. 059a, op. 5a, d. 3, l. 7. Translated by Gary Goldberg. |\n"
        "| Original Language | Russian |\n\n## English Translation\n\nCom*rade* Filippov,\n\n"
        "The *Ki*m Il Sung plan is ready. Stalin*, 2*3*4 and snake_case_word stay as they are.\n\n"
        "Shtykov\n\n25.IV.50\n", encoding="utf-8")
    report = Report()
    convert_sources(sorted(src.iterdir()), tmp_path / "out", report=report)
    [path] = (tmp_path / "out").glob("*.xml")
    text = etree.parse(str(path)).getroot().find("{http://www.tei-c.org/ns/1.0}text")
    hi = [("".join(h.itertext()), h.getparent().tag.split("}")[1]) for h in text.iter("{http://www.tei-c.org/ns/1.0}hi")]
    assert ("rade", "salute") in hi and ("Ki", "p") in hi and len(hi) == 2, hi
    words = " ".join("".join(text.itertext()).split())
    assert "Comrade" in words and "Kim Il Sung plan" in words and "Stalin*, 2*3*4 and snake_case_word" in words, words
