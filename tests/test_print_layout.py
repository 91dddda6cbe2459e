"""The print edition's typography, read on the PDF and its Typst source: no lines printed over
each other, the source editor's additions in brackets, quoted messages set off, openings and
closings, indents, headings and running heads."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from conftest import require
from print_helpers import NS, dehyphenate, overprints, page_count, pdf_text, word_boxes
from tei.messages import Report
from tei.pdf import print_volume


def tei(key: str, body: str, sent: str = "1949-12-08", standoff: str = "", title: str = "Telegram") -> str:
    """A telegram of the shape the converter writes, its body given."""
    return f"""<TEI xmlns="{NS['t']}" xml:id="{key}"><teiHeader><fileDesc>
      <titleStmt><title type="main">{title}</title></titleStmt>
      <publicationStmt><publisher>P</publisher><date when="2026-01-01"/></publicationStmt>
      <sourceDesc><bibl type="witness"><title level="m">Book</title></bibl></sourceDesc></fileDesc>
      <profileDesc><correspDesc><correspAction type="sent"><persName>Mao</persName>
        <date when="{sent}"/></correspAction>
        <correspAction type="received"><persName>Stalin</persName></correspAction></correspDesc></profileDesc>
      </teiHeader>{standoff}<text><body><div type="telegram">{body}</div></body></text></TEI>"""


def print_docs(folder: Path, docs: dict[str, str], alone: bool = False, paper: str = "a5") -> Path:
    require("pdftotext", "the PDF's text is read with poppler-utils")
    files = []
    for key, text in docs.items():
        files.append(folder / f"{key}.xml")
        files[-1].write_text(text, encoding="utf-8")
    pdf = folder / "out.pdf"
    report = Report()
    assert print_volume(files, pdf, report, paper=paper, alone=alone), [str(m) for m in report.messages]
    return pdf


def _padded(body) -> dict[str, str]:
    """40 telegrams tg-noted-1..40 (sender "Sender<i>"), body(i, filler) their text, each after a
    telegram of another length (filler: its words), so that they fall at every height of a page."""
    docs = {}
    words = ("The text goes on with words that take up the line " * 40).split()
    for i in range(1, 41):
        sent = f"1949-{1 + i // 28:02d}-{1 + i % 28:02d}"
        filler = " ".join(words[:5 + (i * 17) % 97]) + "."
        pad = tei(f"tg-pad-{i}", f"<p>{filler}</p><closer><signed>SIGNER</signed></closer>", sent=sent)
        docs[f"tg-pad-{i}"] = pad.replace("<persName>Mao</persName>", "<persName>Padder</persName>")
        doc = tei(f"tg-noted-{i}", body(i, filler), sent=sent)
        docs[f"tg-noted-{i}"] = doc.replace("<persName>Mao</persName>", f"<persName>Sender{i}</persName>")
    return docs


def _headings_apart(pdf: Path) -> list[tuple[int, int, int]]:
    """(i, the heading's page, the text's first page) of each telegram i of 1-40 whose heading
    ("Sender<i>") is not on the page of its text's first word ("Startword<i>").  (The contents list
    names the senders too: the heading is the last page naming one.)"""
    first_page, last_page = {}, {}
    for page, boxes in enumerate(word_boxes(pdf), start=1):
        for *_, w in boxes:
            first_page.setdefault(w, page)
            last_page[w] = page
    return [(i, last_page[f"Sender{i}"], first_page[f"Startword{i}"]) for i in range(1, 41)
            if last_page[f"Sender{i}"] != first_page[f"Startword{i}"]]


def test_page_break_between_numbered_points_prints_no_line_over_another(tmp_path):
    """A source's page break between two numbered points, the first with a footnote (No. 67 of
    the seeds' volume): the page break is a block of no height holding the marginal number,
    and its own spacing (none) replaced the paragraph spacing, so the second point moved up by
    it and printed over the first point's last line.  (A page break before a paragraph is now
    printed by the paragraph; the one before the omission is still such a block.)"""
    body = """<opener><salute>Comrade Filippov,</salute></opener>
      <p n="1">We shall leave Peking on December 6.<note place="foot" n="†">Mao Tse-tung left Peking
        by train on the evening of December 6, 1949.</note> Comrade Chen Po-ta and Comrade Shih Che
        will travel with me and with the others of the delegation.</p>
      <pb n="10"/>
      <p n="2">We ask you to arrange a meeting with the Soviet comrades on the question of the treaty.</p>
      <p>A paragraph without a number before another page break, long enough to take two lines
        of the page at least.</p>
      <pb n="11"/>
      <gap reason="omitted-in-source"/>
      <closer><signed>MAO TSE-TUNG</signed><dateline>8.12.1949</dateline></closer>"""
    pdf = print_docs(tmp_path, {"tg-pb": tei("tg-pb", body)}, alone=True)
    assert not overprints(pdf)
    text = pdf_text(pdf)
    assert "travel with me" in text and "We ask you" in text


def test_words_the_source_editor_supplied_print_in_brackets(tmp_path):
    """<supplied> printed without its brackets ("Liu Shaoqi" for "[Liu] Shaoqi"), so a reader
    took the editor's words for the telegram's; the HTML edition shows them."""
    body = """<opener><salute>Comrades <persName><supplied resp="#source-editor">Liu</supplied> Shaoqi</persName>,
        Zhu <supplied resp="#source-editor">De</supplied>:</salute></opener>
      <p>We agree with the decisions <supplied resp="#source-editor">on the Beiping question</supplied>.</p>
      <p>The proposal of the telegram of <supplied resp="#source-editor">13/I-51</supplied> stands.</p>
      <closer><signed><supplied resp="#source-editor">Mao</supplied></signed></closer>"""
    pdf = print_docs(tmp_path, {"tg-supplied": tei("tg-supplied", body)}, alone=True)
    text = re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))
    for printed in ("[Liu] Shaoqi", "Zhu [De]", "decisions [on the Beiping question].", "telegram of [13/I-51] stands",
                    "[Mao]"):
        assert printed in text, printed


def test_quoted_message_set_off_with_its_marks(tmp_path):
    """A message quoted over several paragraphs (quote rend="quoted") printed without its
    quotation marks and with its numbered points hanging where the covering cable's hang: one
    could not see where it ended.  Now it is indented, its points hang in the indent, the
    opening mark stands before its first block and the closing mark after its last (not after
    an omission that follows it)."""
    body = """<opener><seg type="address">To Comrade Filippov.</seg></opener>
      <p n="1">Covering point one of the cable, asking to transmit the following message at once:</p>
      <quote rend="quoted">
        <p>Comrade Stalin!</p>
        <p n="1">Quoted point one of the message, long enough to run over two lines of the page in print.</p>
        <p n="2">Quoted point two, the message's last words.</p>
        <gap reason="omitted-in-source"/>
      </quote>
      <p>My observations after the message, in the cable's own words.</p>
      <closer><signed>ROSHCHIN</signed></closer>"""
    pdf = print_docs(tmp_path, {"tg-quoted": tei("tg-quoted", body)}, alone=True)
    text = re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))
    assert "“Comrade Stalin!" in text
    assert "the message’s last words.”" in text or "the message's last words.”" in text
    assert "[…]”" not in text and text.count("“") == 1 and text.count("”") == 1
    words = [w for page in word_boxes(pdf) for w in page]
    numbers = [x0 for x0, _, _, _, w in words if w == "1."]
    assert len(numbers) == 2 and numbers[1] > numbers[0] + 10, numbers  # the quoted point hangs inside
    left = {w: x0 for x0, _, _, _, w in words if w in ("Covering", "Quoted", "My")}
    assert left["Quoted"] > left["Covering"] + 10 and abs(left["My"] - left["Covering"]) < 1, left


def test_openings_and_closings_set_by_kind_and_not_too_tight(tmp_path):
    """An opening's lines were all alike and 0.2em apart, so they nearly touched: "Ciphered
    Telegram / Strictly Secret / Copy No. 2 / PYONGYANG / To Comrade Shtykov.".  Now the
    markings are in small capitals, the routing line smaller (and grey), the address as the
    text; lines of a group are as far apart as a paragraph's lines, groups a little further."""
    body = """<opener>
        <seg type="number">Ciphered Telegram No. 405889</seg>
        <seg type="classification">Strictly Secret</seg>
        <seg type="transmission">From Pyongyang. Sent 8.7.50 at 17:20. Received 8.7.50 at 20:55.</seg>
        <seg type="address">PYONGYANG</seg>
        <seg type="address">To Comrade Shtykov.</seg></opener>
      <p>You do not report anything about what the plans of the Korean command are, nor whether
        it intends to push forward or has decided to stop the advance after the capture.</p>
      <closer><signed>FYN SI</signed><seg type="number">No. 362</seg><dateline>1.VII.50</dateline>
        <seg type="distribution">Distributed to Stalin, Molotov, Malenkov.</seg></closer>"""
    pdf = print_docs(tmp_path, {"tg-opener": tei("tg-opener", body)}, alone=True)
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    assert re.search(r'#opener\(\("marking", \[#"Ciphered Telegram No. 405889"\]\), \("marking", \[#"Strictly Secret"\]\), '
                     r'\("routing", \[.*?\]\), \("text", \[#"PYONGYANG"\]\), \("text",', typ)
    assert re.search(r'#closer\(\("signed", \[#"FYN SI"\]\), \("marking", \[#"No. 362"\]\), \("date", .*?\("routing",', typ)
    words = {w: (y0, y1, x0) for x0, y0, x1, y1, w in word_boxes(pdf)[0]}
    top = {w: words[w][0] for w in ("Ciphered", "Strictly", "From", "PYONGYANG", "To", "You", "nor")}
    size = {w: words[w][1] - words[w][0] for w in ("Strictly", "From", "To")}
    assert size["Strictly"] < size["To"] - 0.3 and size["From"] < size["To"] - 0.3, size  # smaller than the text
    line = top["nor"] - top["You"]  # a paragraph's line step
    steps = [top["Strictly"] - top["Ciphered"], top["PYONGYANG"] - top["From"], top["To"] - top["PYONGYANG"]]
    assert all(s > 0.85 * line for s in steps), (steps, line)
    assert top["From"] - top["Strictly"] > steps[0] + 2 and top["PYONGYANG"] - top["From"] > steps[2] + 2  # groups apart
    assert words["Distributed"][2] < words["FYN"][2]  # the closer's distribution line is not set right with the signature


def test_two_signers_each_under_his_office_printed_as_two_signatures(tmp_path):
    """Lenin's and Stalin's telegram of 2 October 1918 (works-web-lenin-stalin-1918-10-02-...):
    each signer under his office, "Chairman of the Council of People's Commissars" / "V.
    Ulyanov-Lenin" and "People's Commissar &" / "Chairman of ..." / "J. Stalin", printed as one
    column of five lines, the second office reading as the first signer's.  Now the second
    signature stands apart, as groups of lines do; names alone stacked one under another
    ("LIU SHAOQI" / "GAO GANG") stay as close as a paragraph's lines."""
    body = """<p>Send the trains north by the Povorino line and keep the river steamers for the grain.</p>
      <closer><signed>Chairman of the Sovnarkom<lb/>Ulyanov</signed>
        <signed>Commissar<lb/>Chairman of the Revvoensovet<lb/>Dzhugashvili</signed></closer>"""
    stacked = """<p>We agree.</p><closer><signed>ALPHA</signed><signed>OMEGA</signed></closer>"""
    pdf = print_docs(tmp_path, {"tg-apart": tei("tg-apart", body), "tg-close": tei("tg-close", stacked, sent="1949-12-09")})
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    assert re.search(r'\("signed", \[#"Commissar"#linebreak\(\).*?, none, true\)', typ), typ[typ.index("#closer"):][:400]
    assert '("signed", [#"OMEGA"]), )' in typ
    tops = {w: y0 for page in word_boxes(pdf) for x0, y0, x1, y1, w in page}
    line = tops["Dzhugashvili"] - tops["Revvoensovet"]  # a signature's line step
    assert tops["Commissar"] - tops["Ulyanov"] > line + 3, (tops["Commissar"] - tops["Ulyanov"], line)
    assert tops["OMEGA"] - tops["ALPHA"] < line + 1, (tops["OMEGA"] - tops["ALPHA"], line)


def test_a_heading_and_its_source_line_are_never_left_at_a_pages_foot_without_the_text(tmp_path):
    """No. 52 of the sources' second volume (Vyshinsky to Shtykov, 14 March 1950): its heading and
    its one source line at the foot of page 36, its text on page 37; No. 51 (Kirk to Acheson) its
    heading, Source and "Republished" there, "File" and the text on page 37.  The heading
    kept with the first source line, the rule and the opening with the text, but nothing kept the
    source lines with the rule.  Telegrams of many lengths, so that headings fall at every height
    of a page: each heading is on the page of its text's first words."""
    docs = {}
    for i in range(1, 41):
        filler = " ".join(["The text goes on with words that take up the line."] * (i % 13 + 1))
        body = f"<p>Startword{i} of the telegram. {filler}</p><closer><signed>SIGNER</signed></closer>"
        doc = tei(f"tg-keep-{i}", body, sent=f"1949-{1 + i // 28:02d}-{1 + i % 28:02d}")
        # (two short lines under the heading: Source and First published, kept together)
        docs[f"tg-keep-{i}"] = doc.replace("<persName>Mao</persName>", f"<persName>Sender{i}</persName>").replace(
            '<title level="m">Book</title>', '<title level="m">Book</title><relatedItem type="original">'
            '<bibl>Pravda, no. 2, January 5, 1936.</bibl></relatedItem>')
    pdf = print_docs(tmp_path, docs)
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    assert typ.count('#meta(keep: true, label: "Source")') == typ.count('#meta(keep: true, label: "First published")') == 40
    first_page, last_page = {}, {}  # (the contents list names the senders too: the heading is the last page naming one)
    for page, words in enumerate(word_boxes(pdf), start=1):
        for *_, w in words:
            first_page.setdefault(w, page)
            last_page[w] = page
    for i in range(1, 41):
        assert last_page[f"Sender{i}"] == first_page[f"Startword{i}"], (i, last_page[f"Sender{i}"], first_page[f"Startword{i}"])


def test_many_lines_under_a_heading_may_part_the_last_kept_with_the_text(tmp_path):
    """A very long apparatus (a Wilson Center record's citation, archive, a long summary,
    credits: more than a third of a page) held together with the heading moved as one block to
    the next page, leaving much of a page blank: only its last line is kept with the text, the
    others may part from it."""
    summary = "The ambassador reports at length on the talks. " * 30
    doc = tei("tg-long", "<p>Text.</p>", standoff="").replace(
        "<profileDesc>", f"<profileDesc><abstract><p>{summary}</p></abstract>").replace(
        '<title level="m">Book</title>', '<title level="m">Book</title><relatedItem type="original">'
        f'<bibl>{"A long first printing, reprinted often. " * 4}</bibl></relatedItem>')
    pdf = print_docs(tmp_path, {"tg-long": doc})
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    assert '#meta(label: "Source")' in typ and '#meta(label: "First published")' in typ
    assert '#meta(keep: true, label: "Summary")' in typ and typ.count("#meta(keep: true") == 1


def test_the_sources_heading_is_not_printed_again_where_the_text_shows_it_under_its_number(tmp_path):
    """A bulletin's item "Document 2" / "Stalin to Mikoyan, 2 Feb 49": the print edition's heading
    block gave "As headed in the source: “Stalin to Mikoyan, 2 Feb 49”" over the text's own
    heading "Document 2 Stalin to Mikoyan, 2 Feb 49"."""
    doc = tei("tg-doc2", "<head>Document 2 Stalin to Mikoyan, 2 Feb 49</head><p>Your telegram received.</p>").replace(
        '<title type="main">Telegram</title>', '<title type="main">Telegram</title><title type="source">Stalin to Mikoyan, 2 Feb 49</title>')
    pdf = print_docs(tmp_path, {"tg-doc2": doc})
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    assert "headed:" not in typ.split("#telegram(no: 1,")[1].split("\n")[0]
    assert "As headed in the source" not in pdf_text(pdf)


PRECEDING = {
    "paragraph": "<p>Another paragraph before it.</p>",
    "omission": "<p>Another paragraph before it.</p><gap reason=\"omitted-in-source\"/>",
    "page break": "<p>Another paragraph before it.</p><pb n=\"7\"/>",
    "note": "<p>Another paragraph before it.</p><note place=\"foot\">A note standing between paragraphs.</note>",
    "section break": "<p>Another paragraph before it.</p><milestone unit=\"section\"/>",
    "quoted message": "<quote rend=\"quoted\"><p>The quoted message.</p><p>Its end.</p></quote>",
    "name first": "<p>Another paragraph before it.</p>",
}


@pytest.mark.parametrize("case", PRECEDING)
def test_last_paragraph_before_the_closer_indented_as_any_paragraph(tmp_path, case):
    """The paragraph before the closing lines is a block of its own (kept with them); it lost
    its first-line indent: inline text alone in a block is no paragraph for Typst, so the
    indent it was given did not apply (No. 119), and the stylesheet gave none when a page
    break, omission or note stood before it (No. 58, No. 101).  It is now indented exactly as
    the same paragraph with another after it (an ordinary one)."""
    pre = PRECEDING[case]
    start = "<persName>Kim</persName> " if case == "name first" else ""
    first = "<p>First paragraph of the telegram, which is never indented.</p>"

    def x_of(word: str, body: str, key: str) -> float:
        pdf = print_docs(tmp_path / key, {key: tei(key, body)}, alone=True)
        words = word_boxes(pdf)[0]
        return next(x0 for x0, _, _, _, w in words if w == word) - next(x0 for x0, _, _, _, w in words if w == "First")

    (tmp_path / "kept").mkdir()
    (tmp_path / "ordinary").mkdir()
    closer = "<closer><signed>SIGNER</signed></closer>"
    kept = x_of("Tested", f"{first}{pre}<p>{start}Tested paragraph, the last.</p>{closer}", "kept")
    ordinary = x_of("Tested", f"{first}{pre}<p>{start}Tested paragraph, not the last.</p><p>Tail.</p>{closer}", "ordinary")
    assert abs(kept - ordinary) < 0.5, (kept, ordinary)
    if case in ("paragraph", "omission", "page break", "name first"):
        assert kept > 5, kept  # after a paragraph: indented


def test_introduction_has_a_note_on_the_text_not_the_encoding(tmp_path):
    """The introduction printed the headers' editorialDecl word for word (<q>, @ref, standOff,
    evidence="internal" resp="#encoder", rend="quoted" 'on the telegram's div'): encoders'
    words, some no longer true.  It now has a note on the text in a reader's words: what the
    signs mean, how names and dates are given; the encoding is left to the TEI files."""
    decl = """<encodingDesc><editorialDecl><quotation><p>Quotation marks are encoded as &lt;q&gt;; the marks
        are recorded as rend="quoted" on the telegram's div.</p></quotation><interpretation><p>Names
        are linked with @ref to standOff; supplied years are marked evidence="internal" resp="#encoder".</p>
        </interpretation></editorialDecl></encodingDesc>"""
    docs = {f"tg-intro-{i}": tei(f"tg-intro-{i}", f"<p>Text of telegram {i}.</p>", sent=f"1950-01-0{i}")
            .replace("</fileDesc>", "</fileDesc>" + decl) for i in (1, 2)}
    # (one dated approximately, so that "c." is explained: test_editions_review6; one with the
    # source editor's query and a page of the source, so that "[?]" and "| 12" are: review7)
    docs["tg-intro-1"] = docs["tg-intro-1"].replace("<p>Text of telegram 1.</p>", '<p>Text of telegram 1<certainty locus="value"><desc>q</desc></certainty>.</p><pb n="12"/><p>More.</p>')
    docs["tg-intro-2"] = docs["tg-intro-2"].replace('<date when="1950-01-02"/>', '<date when="1950-01-02" cert="low"/>')
    pdf = print_docs(tmp_path, docs)
    pages = [re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf, n))) for n in range(1, page_count(pdf) + 1)]
    whole = " ".join(pages)
    assert "Note on the text" in whole
    begin = whole.index("Note on the text")
    intro = whole[begin:whole.index("No. 1. ", begin)]
    for jargon in ("<q>", "@ref", "standOff", "evidence=", "resp=", "rend=", "telegram's div", "encoded as"):
        assert jargon not in " ".join(pages), jargon
    for sign, meaning in (("[…]", "leaves out"), ("[Stalin]", "added by the editor of the source"), ("[?]", "doubts"),
                          ("| 12", "page of the source"), ("c.", "approximate")):
        assert re.search(re.escape(sign) + r" [^|]{0,60}" + re.escape(meaning), intro), sign
    assert "date it was sent" in intro and "index gathers every spelling" in intro
    assert "TEI" in intro and "editorial declaration in the header of each file" in intro


def test_provisional_persons_marked_in_the_index(tmp_path):
    """Persons the converter could not identify (standOff person cert="low", id "unresolved-…")
    were listed in the index of persons like any other (Andreev, Petrov, Shen Junru).  They are
    now marked with an asterisk, which the index's heading note explains."""
    standoff = """<standOff><listPerson>
        <person xml:id="molotov"><persName type="main">Vyacheslav Molotov</persName>
          <note type="identification">Soviet Minister of Foreign Affairs.</note></person>
        <person cert="low" xml:id="unresolved-petrov"><persName type="main">Petrov</persName>
          <note type="unresolved">Not in the authority file.</note></person></listPerson></standOff>"""
    body = """<p>Comrade <persName ref="#unresolved-petrov">Petrov</persName> met Comrade <persName ref="#molotov">Molotov</persName>.</p>"""
    pdf = print_docs(tmp_path, {"tg-prov": tei("tg-prov", body, standoff=standoff),
                                "tg-other": tei("tg-other", "<p>Another.</p>", sent="1950-01-01")})
    text = re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))
    index = text[text.rindex("Index of persons"):]
    assert re.search(r"Petrov\*, \d", index), index[:300]
    assert re.search(r"Molotov, Vyacheslav, \d", index) and "Molotov, Vyacheslav*" not in index
    assert re.search(r"Index of persons An asterisk \(\*\) marks a person the edition has not identified", index)


def test_a_pseudonym_the_texts_use_is_a_cross_reference_in_the_index(tmp_path):
    """Mikoyan signed his cables from Xibaipo "Andreev" (the bulletin of 1995's items, "To Comrade
    Andreev"): the index listed the pseudonym under Mikoyan's entry only, so a reader who met
    "Andreev" in a text found nothing under A.  A pseudonym the texts use is now an entry of its
    own, "Andreev, see Mikoyan, Anastas"; one they do not use ("Andreyev") is not."""
    standoff = """<standOff><listPerson>
        <person xml:id="mikoyan"><persName type="main">Anastas Mikoyan</persName><persName type="short">Mikoyan</persName>
          <persName type="pseudonym">Andreev</persName><persName type="pseudonym">Andreyev</persName>
          <note type="identification">Stalin's envoy to Mao Zedong.</note></person>
        <person xml:id="molotov"><persName type="main">Vyacheslav Molotov</persName>
          <note type="identification">Soviet Minister of Foreign Affairs.</note></person></listPerson></standOff>"""
    body = """<opener><seg type="address">To Comrade <persName ref="#mikoyan">ANDREEV</persName>.</seg></opener>
      <p>Comrade <persName ref="#molotov">Molotov</persName> agrees.</p>"""
    pdf = print_docs(tmp_path, {"tg-pseud": tei("tg-pseud", body, standoff=standoff),
                                "tg-other": tei("tg-other", "<p>Another.</p>", sent="1950-01-01")})
    text = re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))
    index = text[text.rindex("Index of persons"):]
    assert "Andreev, see Mikoyan, Anastas" in index, index[:400]
    assert "Andreyev, see" not in index and "Molotov, Vyacheslav, see" not in index
    assert index.index("Andreev, see") < index.index("Mikoyan, Anastas, ") < index.index("Molotov, Vyacheslav, ")
    assert "Pseudonyms Andreev, Andreyev" in index  # (and under his entry, as before)


def test_headings_neither_hyphenated_nor_breaking_the_date(tmp_path):
    """A heading hyphenated 'c. Decem-ber 1950' and left '1950' alone on a line.  Headings (and
    their entries in the contents) are not hyphenated now, and the date stays on one line.
    Senders' names of growing length put the line's end everywhere in the date."""
    docs = {}
    for i in range(14):
        key = f"tg-head-{i:02d}"
        names = "Sender " + " ".join(["Verylongname"] * (i // 3)) + "x" * (i % 3 * 4 + i)
        docs[key] = (tei(key, "<p>Text.</p>", sent=f"1950-12-{i + 1:02d}")
                     .replace("<persName>Mao</persName>", f"<persName>{names}</persName>")
                     .replace(f'<date when="1950-12-{i + 1:02d}"/>', f'<date when="1950-12-{i + 1:02d}" cert="low"/>'))
    pdf = print_docs(tmp_path, docs)
    layout = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = [l.strip() for l in layout.splitlines() if l.strip()]
    heads = [re.sub(r"(\s*\.)+\s*\u2060?\d+$", "", l)  # a contents entry without its leaders and page
             for l in lines if "→" in l or re.match(r"No\. \d+\. ", l)]
    assert len(heads) >= 28
    assert not [l for l in heads if l.endswith("\u00ad")]
    assert not [l for l in heads if re.search(r"(\bc\.|December|\b\d{1,2})$", l)]
    assert not [l for l in lines if re.match(r"1950\b", l)]


def test_running_head_names_the_telegram_at_the_top_of_the_page(tmp_path):
    """The running head named the first telegram that starts on a page, so the end of No. 97
    stood under 'No. 98'.  It now names the telegram the page begins with, and with any that
    start on the page the range: 'Nos 97–98'.  Telegrams of a page and a half put their ends
    and beginnings everywhere."""
    docs = {}
    for i in range(1, 10):
        words = " ".join(f"w{i}x{k}" for k in range(80 + 15 * i))
        docs[f"tg-run-{i}"] = tei(f"tg-run-{i}", f"<p>{words}</p><p>{words}</p>", sent=f"1950-01-0{i}")
    pdf = print_docs(tmp_path, docs)
    checked = 0
    for n in range(1, page_count(pdf) + 1):
        if n % 2 == 0:
            continue  # an even page's head is the book's title
        lines = [l.strip() for l in pdf_text(pdf, n).splitlines() if l.strip()]
        head = lines[0]
        body = [int(m.group(1)) for m in re.finditer(r"\bw(\d)x\d+", " ".join(lines[1:]))]
        starts = [int(m.group(1)) for m in re.finditer(r"^No\. (\d)\. ", "\n".join(lines[1:]), re.M)]
        if not body:
            continue
        top = body[0]  # the telegram whose words come first on the page
        nos = sorted({top, *starts})
        expected = f"No. {top} ·" if len(nos) == 1 else f"Nos {nos[0]}–{nos[-1]}"
        assert head.replace("\u00a0", " ").startswith(expected), (n, head, nos)
        checked += 1
    assert checked >= 3


def test_an_annotation_within_a_line_prints_in_the_line(tmp_path):
    """"KIM IL SUNG [signature]" / office: the editor's note in a signature prints in its line,
    in brackets (it was a block of its own, leaving an empty line in the signature)."""
    from tei.messages import Report
    from tei.pdf import print_volume

    src = Path(__file__).parent / "sources" / "letter-kim-stalin-1950-07-08-quoted-in-a-covering-cable.txt"
    from tei.convert import convert_sources

    convert_sources([src], tmp_path / "tei", report=Report())
    pdf = tmp_path / "letter.pdf"
    assert print_volume(sorted((tmp_path / "tei").glob("*.xml")), pdf, Report(), paper="a5")
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    assert '#"KIM IL SUNG"]#" "#mark-sign("[signature]")#"["#emph[#"signature"]#"]"#linebreak()' in typ


def test_an_enclosed_message_printed_under_its_label_and_indented(tmp_path):
    """A message the telegram encloses (floatingText type="enclosure") printed as the telegram's
    own paragraphs, nothing telling the reader where the telegram ended: now under the label
    "Enclosure", indented as a quoted message."""
    body = """<p>Covering words of the telegram: I enclose the message I sent the President.</p>
      <floatingText type="enclosure"><body>
        <head>Personal and Secret from the Premier to the President</head>
        <p>Enclosed words of the earlier message, the text that was sent before.</p>
      </body></floatingText>"""
    pdf = print_docs(tmp_path, {"tg-encl": tei("tg-encl", body)}, alone=True)
    text = re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))
    assert re.search(r"enclosure Personal and Secret", text, re.I), text
    words = [w for page in word_boxes(pdf) for w in page]
    left = {w: x0 for x0, _, _, _, w in words if w in ("Covering", "Enclosed")}
    assert left["Enclosed"] > left["Covering"] + 10, left


def test_a_quoted_letters_closing_lines_end_at_the_quotations_right_edge(tmp_path):
    """A letter the cable quotes (floatingText type="letter" in a quote) was indented at the left
    only: its salute and signature stood at the page's right margin, under the cable's own
    signature, not at the quotation's edge.  The quotation is now indented at both sides and its
    closing lines end at its right edge, left of the cable's."""
    body = """<p>Obtained through the radio line the following telegram, which we forward as it came to us:</p>
      <quote rend="quoted single"><floatingText type="letter"><body>
        <opener><salute>Respected Comrade Dimitrov!</salute></opener>
        <p>Received your telegram of the second. We agree with your advice and shall act on it at once,
          as the plenum of the Central Committee decided when it met last month in the capital city.</p>
        <closer><salute>With communist greetings.</salute><signed>QUOTEDSIGNER</signed></closer>
      </body></floatingText></quote>
      <p>Forwarded the telegram to Stalin and Molotov, who read it the same evening and answered it.</p>
      <closer><signed>CABLESIGNER</signed></closer>"""
    pdf = print_docs(tmp_path, {"tg-qletter": tei("tg-qletter", body)}, alone=True)
    words = word_boxes(pdf)[0]

    def box(prefix: str) -> tuple:
        return next(b for b in words if b[4].startswith(prefix))

    quoted, cable = box("QUOTEDSIGNER"), box("CABLESIGNER")
    assert cable[2] - quoted[2] > 8 and cable[2] - box("greetings.")[2] > 8, (quoted, cable)
    # the quotation's first (justified) line ends where its closing lines do
    first_line = [b for b in words if abs(b[1] - box("Received")[1]) < 1]
    assert abs(max(b[2] for b in first_line) - quoted[2]) < 2, (first_line, quoted)
    assert box("Received")[0] > box("Forwarded")[0] + 10


UNCITED_NOTE = "The page cites no source: it names no archive, record, book or edition the text was taken from."


def test_pages_that_cite_no_source_listed_under_a_plain_label_saying_so_once(tmp_path):
    """The list of sources set "No source cited" in italics as a book's title, and each of its
    telegrams repeated "The page cites no source: ...".  The label is now plain, the sentence
    said once under it, and the group comes after the books."""
    def page(key: str, title: str, date: str) -> str:
        return tei(key, "<p>Text of the telegram.</p>", sent=date).replace(
            '<bibl type="witness"><title level="m">Book</title></bibl>',
            f'<bibl type="witness"><title level="a">{title}</title><date>{date}</date>'
            f'<note type="uncited">{UNCITED_NOTE}</note></bibl>')

    docs = {"tg-a": page("tg-a", "Stalin's Message to Chifley", "1945-08-03"),
            "tg-b": page("tg-b", "Telegram from Marshall to the Embassy", "1948-12-03"),
            "tg-c": tei("tg-c", "<p>Text of the telegram from the book.</p>", sent="1949-01-06").replace(
                '<title level="m">Book</title>', '<title level="m">Zhukov Papers</title>')}
    assert all(UNCITED_NOTE in d for k, d in docs.items() if k != "tg-c")
    pdf = print_docs(tmp_path, docs)
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    sources = typ[typ.index('#section(title: "List of sources")'):]
    assert '#subsection("No source cited", plain: true)' in sources
    assert sources.index("Zhukov Papers") < sources.index("No source cited")
    assert "The page cites no source" not in sources  # (said of the group, not as one page's note)
    assert sources.count("The web pages these 2 telegrams were taken from cite no source") == 1
    assert '#para[#"No source cited"#": Nos 1 and 2."]' in typ  # the introduction's list: not in italics either
    # the edition statement (the book's title in italics, the label not)
    assert '#"Sources: "#emph[#"Zhukov Papers"]#"; "#"and pages that cite no source"#". The list of sources' in typ
    text = re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))
    listed = text[text.rindex("List of sources"):]
    assert listed.count("cite no source") == 1 and "Chifley”, 3 August 1945. No. 2." in listed, listed


def test_a_book_the_source_leaves_untitled_is_named_by_a_plain_label(tmp_path):
    """"[untitled book]", the edition's name for a book with no title page
    (title type="supplied"), was set in italics as a book's title in the introduction, the list of
    sources and the Source lines; it is a label, set plain, as "No source cited" is.  The list of
    sources gives the books by title first, the labels after them."""
    untitled = ('<title level="a">Telegram to L. B. Kamenev</title><biblScope unit="item" n="231">231</biblScope>'
                '<title level="m" type="supplied">[untitled book]</title>')
    docs = {"tg-a": tei("tg-a", "<p>Text of the telegram.</p>", sent="1920-08-24").replace(
                '<title level="m">Book</title>', untitled),
            "tg-b": tei("tg-b", "<p>Text of the other telegram.</p>", sent="1920-09-01").replace(
                '<title level="m">Book</title>', '<title level="m">Zhukov Papers</title>')}
    pdf = print_docs(tmp_path, docs)
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    assert '#emph[#"[untitled book]' not in typ
    assert '#emph[#"[Untitled book]' not in typ
    # (capitalised where it opens a line of the introduction or a heading; in lower case in a citation)
    assert '#para[#"[Untitled book]"#": No' in typ  # (not #emph[...])
    sources = typ[typ.index('#section(title: "List of sources")'):]
    assert '#subsection("[Untitled book]", plain: true)' in sources
    assert '#subsection("Zhukov Papers")' in sources
    assert sources.index("Zhukov Papers") < sources.index("[Untitled book]")
    assert "cite no source" not in sources  # (no remark: the book is cited, only untitled)
    assert '#source-entry(no: 1)[#"“Telegram to L. B. Kamenev”, in [untitled book], no. 231."]' in sources
    text = re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))
    assert "[untitled book], no. 231." in text


def test_the_sources_heading_is_printed_under_the_editions_when_the_text_has_none(tmp_path):
    """The HTML edition shows "As headed in the source: ..." where the text has no heading of its
    own; the print edition showed it nowhere, so the reader did not learn how the source heads the
    telegram.  It stands in the heading's block, small; not where the text prints that heading
    itself.  The Source line under it then names the book alone, not the item's title again
    (nor where the text's heading gives it); the list of sources, with no heading over it, keeps it."""
    def doc(key: str, body: str, sent: str) -> str:
        return tei(key, body, sent=sent).replace(
            '<title type="main">Telegram</title>',
            '<title type="main">Telegram</title><title type="source">TELEGRAM TO PENG DEHUAI</title>').replace(
            '<title level="m">Book</title>',
            '<title level="a">Telegram to Peng Dehuai</title><title level="m">Selected Telegrams</title><date>1989</date>')

    docs = {"tg-a": doc("tg-a", "<p>Text of the telegram without a heading.</p>", "1952-08-20"),
            "tg-b": doc("tg-b", "<head>TELEGRAM TO PENG DEHUAI</head><p>Text under its own heading.</p>", "1952-08-21")}
    pdf = print_docs(tmp_path, docs)
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    first, second = typ.split("#telegram(no: 1,")[1].split("#telegram(no: 2,")
    assert 'headed: "“TELEGRAM TO PENG DEHUAI”"' in first.split("\n")[0]
    assert "headed:" not in second.split("\n")[0]
    for one in (first, second.split('#section(title: "List of sources")')[0]):
        # (the only line under the heading, kept with the text)
        assert '#meta(keep: true, label: "Source")[#emph[#"Selected Telegrams"]#", 1989."]' in one, one[:600]
    sources = typ[typ.index('#section(title: "List of sources")'):]
    assert sources.count("“Telegram to Peng Dehuai”, in ") == 2
    text = re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))
    assert text.count("As headed in the source: “TELEGRAM TO PENG DEHUAI”") == 1
    headed = text.index("As headed in the source")
    assert text.index("No. 1. Mao → Stalin, 20") < headed < text.index("Text of the telegram without")


def test_a_range_of_pages_in_a_source_line_is_not_broken_at_its_dash(tmp_path):
    """"Source: Stalin I.V. Works. - T. 18. - Tver: ..., 2006, pp. 520–" / "521." (the seeds' No. 3):
    a line broke after a range's dash, the last page alone on the next line; a range is kept whole
    in the Source lines and the list of sources."""
    ranges = ", ".join(f"{n}–{n + 1}" for n in range(500, 580, 2))
    citation = f"Selected Papers, vol. 18. Tver: Publishing Center, 2006, pp. {ranges}."
    docs = {"tg-a": tei("tg-a", "<p>Text of the telegram.</p>").replace(
        '<title level="m">Book</title>', f'<title level="m">Selected Papers</title><note type="citation">{citation}</note>')}
    pdf = print_docs(tmp_path, docs)
    lines = [line.strip() for line in pdf_text(pdf).splitlines() if line.strip()]
    cited = [line for line in lines if re.search(r"\d{3}–\d{3}", line)]
    assert len(cited) >= 6, lines  # (the ranges run over several lines, in both places)
    broken = [(a, b) for a, b in zip(lines, lines[1:]) if re.search(r"\d[–-]$", a) and re.match(r"\d", b)]
    assert not broken, broken


def test_the_paragraph_above_the_closing_lines_is_kept_with_them_unless_it_holds_a_footnote(tmp_path):
    """The paragraph the closing lines follow is a sticky block (kept on their page); Typst
    leaves a sticky block's footnotes on the page it moves the block from (typst/typst#5314:
    tests/sources' volume 2 printed "The date as in the original." at the foot of page 14 and
    its mark on page 15), so a short paragraph with a footnote and the closing lines are one block
    that does not break (edition.typ's together) instead."""
    from tei.pdf.render import typst_source
    from tei.pdf.volume import load

    closer = "<closer><signed>Mao</signed></closer>"
    plain = tei("tg-a", f"<p>We crossed the river.</p>{closer}", sent="1949-04-22")
    noted = tei("tg-b", f'<p>We crossed the river on April 23rd.<note place="foot">The date as in the original.</note></p>{closer}',
                sent="1949-04-23")
    for key, text in (("tg-a", plain), ("tg-b", noted)):
        (tmp_path / f"{key}.xml").write_text(text, encoding="utf-8")
    typst = typst_source(load([tmp_path / "tg-a.xml", tmp_path / "tg-b.xml"], Report()), "a5", False)
    paras = [line for line in typst.splitlines() if line.startswith("#para(") and "crossed the river" in line]
    assert len(paras) == 2, paras
    # (the plain one holds the closing lines after its last line: see test_editions_review15)
    assert "closing: [#closer(" in paras[0] and "closing:" not in paras[1] and "keep: true" not in paras[1], paras
    lines = typst.splitlines()
    at = lines.index(paras[1])
    block = [line for line in lines[at - 1:at + 5] if line]
    assert block[0] == "#together[" and block[2].startswith("#closer(") and block[3] == "]", block
    assert typst.count("#closer(") == 2, "a closer printed twice or not at all"


def test_a_heading_over_a_first_paragraph_with_a_footnote_goes_over_the_page_with_it(tmp_path):
    """No. 9 of tests/sources' volume 2: its heading, source line, the source's heading and the
    salute at the foot of page 14, the text with its footnote on page 15.  Typst does not carry
    sticky blocks over with a block that holds a footnote (typst/typst#5314), so the heading, its
    lines and a short first paragraph with a footnote are one block that does not break.
    Telegrams of many lengths before each such telegram put its heading at every height of a
    page: each heading is on the page of its text's first words, and each note on its mark's."""
    note = " ".join(["A note of the source editor, long enough to take lines."] * 3)
    pdf = print_docs(tmp_path, _padded(lambda i, filler: (
        f"<head>{i}. SENDER{i} TO STALIN</head><opener><salute>Comrade Filippov,</salute></opener>"
        f'<p>Startword{i} of the telegram took Nanking.<note place="foot">Notetext{i} {note}</note></p>'
        "<closer><signed>SIGNER</signed></closer>")))
    first_page, last_page = {}, {}  # (the contents list names the senders too: the heading is the last page naming one)
    for page, boxes in enumerate(word_boxes(pdf), start=1):
        for *_, w in boxes:
            first_page.setdefault(w, page)
            last_page[w] = page
    parted = [(i, last_page[f"Sender{i}"], first_page[f"Startword{i}"], first_page[f"Notetext{i}"]) for i in range(1, 41)
              if not last_page[f"Sender{i}"] == first_page[f"Startword{i}"] == first_page[f"Notetext{i}"]]
    assert not parted, parted


def test_only_a_short_first_paragraph_with_a_footnote_is_set_with_the_heading(tmp_path):
    """The block with the heading does not break: a long first paragraph is not in it (it breaks
    over the page, its first lines under the heading), nor one with no footnote, nor a first
    paragraph after a list; a short one under a source's heading with a footnote is (No. 49 of
    tests/sources' volume 1: the heading went over, its note stayed on page 31); where many lines
    under the heading may part from it, only the last of them is in the block."""
    from tei.pdf.render import typst_source
    from tei.pdf.volume import load

    note = '<note place="foot">A note.</note>'
    summary = "The ambassador reports at length on the talks. " * 35  # (more than a third of a page)
    cases = {
        "tg-short": f"<opener><salute>Comrade,</salute></opener><p>Short{note}</p><p>More.</p>",
        "tg-long": f"<p>{'Long words of a long paragraph. ' * 40}{note}</p>",
        "tg-plain": "<p>No note here.</p><p>Second{note}</p>",
        "tg-list": f"<list><item>One</item></list><p>After a list{note}</p>",
        "tg-many": f"<p>Short{note}</p>",
        # (a note on the source's heading: the sticky heading went over and left it behind)
        "tg-headnote": f"<head>Marshal Stalin to Mr Churchill{note}</head><p>Head noted.</p>",
    }
    files = []
    for n, (key, body) in enumerate(cases.items(), start=1):
        doc = tei(key, body, sent=f"1949-04-{n:02d}")
        if key == "tg-many":
            doc = doc.replace("<profileDesc>", f"<profileDesc><abstract><p>{summary}</p></abstract>")
        files.append(tmp_path / f"{key}.xml")
        files[-1].write_text(doc, encoding="utf-8")
    typst = typst_source(load(files, Report()), "a5", False)
    calls = {key: re.search(r'#telegram\([^\n]*key: "' + key + r'".*?(?=\n#telegram\(|\Z)', typst, re.S).group(0) for key in cases}
    lead = calls["tg-short"]
    assert ", lead: [\n" in lead and "apparatus" not in lead, lead
    # (the heading's lines, the opening and the paragraph in the block; the next paragraph after it)
    inside, after = lead.split("\n])[\n", 1)
    assert '#meta(keep: true, label: "Source")' in inside and "#opener(" in inside and "Short" in inside, inside
    assert "More." in after and "More." not in inside, after
    assert "lead: [" in calls["tg-headnote"] and "Head noted." in calls["tg-headnote"].split("\n])[\n")[0], calls["tg-headnote"]
    for key in ("tg-long", "tg-plain", "tg-list"):
        assert "lead: [" not in calls[key], calls[key]
    many = calls["tg-many"]
    apparatus, lead_many = many.split(", lead: [\n", 1)
    assert '#meta(label: "Source")' in apparatus.split("apparatus: [", 1)[1], many
    assert lead_many.startswith('#meta(keep: true, label: "Summary")') and "Short" in lead_many.split("\n])[\n")[0], many


def test_the_sources_heading_stands_apart_from_the_text_under_it(tmp_path):
    """No. 1 of tests/sources' volume 1: the source's heading ("... SOLDIERS' DEPUTIES") stood
    as close to the first line of the text under it as that line to the next, as if it were a
    line of the paragraph.  The space under it is at least half a line more than a line's."""
    para = "Release the wagons of grain held at the junction at once and report by wire who ordered them. " * 3
    doc = tei("tg-head", f"<head>140. TELEGRAM TO THE EXECUTIVE COMMITTEE</head><p>{para}</p>")
    pdf = print_docs(tmp_path, {"tg-head": doc})
    boxes = next(page for page in word_boxes(pdf) if any(w == "Release" for *_, w in page))
    head_bottom = max(y1 for x0, y0, x1, y1, w in boxes if w == "COMMITTEE")
    first_top = min(y0 for x0, y0, x1, y1, w in boxes if w == "Release")
    first_bottom = min(y1 for x0, y0, x1, y1, w in boxes if w == "Release")
    second_top = min(y0 for x0, y0, x1, y1, w in boxes if y0 > first_bottom and w != "COMMITTEE")
    line_gap = second_top - first_bottom  # (between two lines of the paragraph)
    assert first_top - head_bottom > line_gap + 9.5 / 3, (first_top - head_bottom, line_gap)


@pytest.mark.parametrize("frame", ["enclosure", "quoted"])
def test_a_paragraph_under_an_opening_in_an_enclosure_or_quoted_message_is_set_to_its_full_measure(tmp_path, frame):
    """No. 47 of tests/sources' volume 1: the first paragraph of an enclosed message, under its
    date, ended 5 points short of the enclosure's right edge, ragged beside the justified one
    after it (Typst set it to a narrower measure in a block of automatic width holding a pad
    after a block: the enclosure's, the quoted message's, now as wide as the text).  Every line
    but a paragraph's last ends at one right edge."""
    words = ("Your message of February twenty-fourth received and I agree that the commission should "
             "meet in Moscow early in March and go on with its work there until it reaches agreement. ")
    # (a paragraph of two lines, as No. 47's: a longer one was set right)
    first = "Your message of February 24 received. I agree that the commission should meet in Moscow early in March."
    inner = f"<opener><dateline>February 27, 1945</dateline></opener><p>First {first}</p><p>Second {words * 2}</p>"
    wrapped = (f'<floatingText type="enclosure"><body><div>{inner}</div></body></floatingText>' if frame == "enclosure"
               else f'<quote rend="quoted">{inner}</quote>')
    body = f"<p>I enclose the message I sent to the President.</p>{wrapped}<p>I send you my best wishes.</p>"
    pdf = print_docs(tmp_path, {"tg-frame": tei("tg-frame", body)}, alone=True)
    page = next(p for p in word_boxes(pdf) if any(w == "First" for *_, w in p))
    lines: dict[int, list] = {}
    for x0, y0, x1, y1, w in page:
        lines.setdefault(round(y0), []).append((x0, x1, w))
    first_y = next(y for y, ws in lines.items() if any(w == "First" for *_, w in ws))
    second_y = next(y for y, ws in lines.items() if any(w == "Second" for *_, w in ws))
    rights = {y: max(x1 for _, x1, _ in ws) for y, ws in lines.items()}
    ys = sorted(rights)
    # (the lines of each paragraph but its last: the first from its first line to the line before the second's last)
    first_lines = [rights[y] for y in ys if first_y <= y < second_y][:-1]
    second_lines = [rights[y] for y in ys if second_y <= y][:2]
    assert len(first_lines) == 1 and len(second_lines) == 2, (first_lines, rights)
    assert max(first_lines + second_lines) - min(first_lines + second_lines) < 0.5, (first_lines, second_lines)


@pytest.mark.parametrize("case", ["before the closer", "postscript"])
def test_a_paragraph_of_two_lines_kept_with_the_closer_or_in_a_postscript_is_justified_to_the_full_measure(tmp_path, case):
    """No. 99 of tests/sources' volume 1 ("We have received your telegram of January 13. We think
    your terms for the" / "negotiations are correct."): the paragraph the closing lines follow is
    a block of its own, and Typst sets a justified paragraph in a block of automatic width to its
    widest line's natural width, so a paragraph of two lines ended 19 points short of the text's
    right edge, ragged, as did a postscript's.  Their blocks are as wide as the text now."""
    two = "We have received your telegram of January 13. We think your terms for the negotiations are correct."
    long = "Longword " + "The text goes on with words that take up the line and more of it. " * 4
    body = (f"<p>{long}</p><p>{two}</p><closer><signed>STALIN</signed></closer>" if case == "before the closer"
            else f"<p>{long}</p><closer><signed>STALIN</signed></closer><postscript><p>{two}</p></postscript>")
    pdf = print_docs(tmp_path, {"tg-two": tei("tg-two", body)}, alone=True)
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    [twoline] = [line for line in typ.splitlines() if "January 13" in line]
    assert ("closing: [#closer(" in twoline) == (case == "before the closer") and ("#postscript(" in typ) == (case == "postscript")
    page = next(p for p in word_boxes(pdf) if any(w == "received" for *_, w in p))
    lines: dict[int, list] = {}
    for x0, y0, x1, y1, w in page:
        lines.setdefault(round(y0), []).append((x1, w))
    right = {y: max(x1 for x1, _ in ws) for y, ws in lines.items()}
    full = right[next(y for y, ws in lines.items() if any(w == "Longword" for _, w in ws))]  # a justified line of the text
    first = right[next(y for y, ws in lines.items() if any(w == "received" for _, w in ws))]
    assert abs(first - full) < 0.5, (first, full)



def test_a_heading_with_several_lines_under_it_is_not_left_at_a_pages_foot_without_the_text(tmp_path):
    """No. 99 of tests/sources' volume 1: its heading, Source and two "Other translation" lines
    at the foot of page 54, two more and the text on page 55; 71 headings of the 625 there stood
    so, for only an apparatus of at most 400 characters was kept with the text.  Telegrams with
    about 700 characters under the heading (a summary, a first printing), of many lengths, so
    that headings fall at every height of a page: each heading is on the page of its text."""
    docs = {}
    words = ("The text goes on with words that take up the line " * 40).split()
    summary = "The ambassador reports on the talks and on what was said of the treaty. " * 6
    printing = "A first printing of the telegram in a newspaper of the time, no. 12, 1949. " * 2
    for i in range(1, 41):
        body = f"<p>Startword{i} of the telegram. {' '.join(words[:5 + (i * 17) % 97])}.</p><closer><signed>SIGNER</signed></closer>"
        doc = tei(f"tg-long-{i}", body, sent=f"1949-{1 + i // 28:02d}-{1 + i % 28:02d}")
        docs[f"tg-long-{i}"] = doc.replace("<persName>Mao</persName>", f"<persName>Sender{i}</persName>").replace(
            "<profileDesc>", f"<profileDesc><abstract><p>{summary}</p></abstract>").replace(
            '<title level="m">Book</title>', f'<title level="m">Book</title><relatedItem type="original"><bibl>{printing}</bibl></relatedItem>')
    pdf = print_docs(tmp_path, docs)
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    assert typ.count('#meta(keep: true, label: "Summary")') == 40 and '#meta(label: "Summary")' not in typ
    assert not _headings_apart(pdf)


def test_an_omission_the_text_begins_with_does_not_keep_the_heading_from_the_text(tmp_path):
    """No. 105 of tests/sources' volume 2: its heading and lines at the foot of page 67 with the
    omission the text begins with ("[…]"), the salutation and the text on page 68.  An omission
    the text begins with is kept with the block after it, as the heading's other lines are.
    Telegrams of many lengths before each such telegram: each heading is on its text's page."""
    words = " ".join(("The text goes on with words that take up the line " * 3).split()[:30])
    pdf = print_docs(tmp_path, _padded(lambda i, filler: (
        f'<gap reason="omitted-in-source"/><opener><salute>Comrade Filippov,</salute></opener>'
        f"<p>Startword{i} {words}.</p><closer><signed>SIGNER</signed></closer>")))
    assert not _headings_apart(pdf)


def test_two_notes_on_one_line_at_a_pages_foot_go_over_the_page_with_it(tmp_path):
    """Two footnotes on one short line ("... end.¹ and²") near a page's foot: Typst moves the
    line to the next page when its first note does not fit under it, but when the first fits and
    the second does not, it sent the second alone to the next page, its number left on this one.
    Telegrams of many lengths before each put the line at every height of a page: each note is
    on the page of the line with its number, and the line's two notes on one page."""
    first = " ".join(["A note of the source editor, long enough to take lines."] * 2)
    pdf = print_docs(tmp_path, _padded(lambda i, filler: (
        f"<head>{i}. SENDER{i} TO STALIN</head><p>{filler}</p>"
        f'<p>Markword{i} end.<note place="foot">Firstnote{i} {first}</note> and'
        f'<note place="foot">Secondnote{i} of the same line.</note></p>'
        f"<p>{filler}</p><closer><signed>SIGNER</signed></closer>")))
    page_of = {}
    for page, boxes in enumerate(word_boxes(pdf), start=1):
        for *_, w in boxes:
            page_of.setdefault(w, page)
    parted = [(i, page_of[f"Markword{i}"], page_of[f"Firstnote{i}"], page_of[f"Secondnote{i}"]) for i in range(1, 41)
              if not page_of[f"Markword{i}"] == page_of[f"Firstnote{i}"] == page_of[f"Secondnote{i}"]]
    assert not parted, parted
