"""Bibliographic and source metadata of sources the converter had not met.

tests/sources/ holds a London compilation of 1953 whose title page names its series above the
title ("Documents on Soviet Foreign Policy, vol. 4"), two editors after their names ("A and B,
eds."), a revised second edition and a reprint ("Reprinted 1955"); a bulletin's issue printed
on one line with its date and pages ("..., Issue 16 (Fall 2007/Winter 2008), pp. 123-125"), its
translator "Translated for CWIHP by"; a volume of Stalin's works and a Wilson Center page read
by OCR ("l950", "2O", "55l").  A compilation whose headings are in no known form is refused with
the lines that look like headings.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lxml import etree

from tei.messages import Report

from source_helpers import SOURCES, T, convert, text

ROOT = Path(__file__).resolve().parents[1]


def children(bibl) -> list[tuple[str, str, dict]]:
    """(element, text, attributes) of each child of a bibl."""
    return [(etree.QName(c).localname, text(c), dict(c.attrib)) for c in bibl]


def witness(doc):
    return doc.find(f"{T}teiHeader/{T}fileDesc/{T}sourceDesc/{T}bibl")


def test_a_title_page_with_its_series_editors_edition_and_printing(tmp_path):
    """The series above the title was the title's first part ("Documents on Soviet Foreign
    Policy, vol. 4: Soviet-Chinese Relations ..."), "Robert T. Hale and Lin Wei-ming, eds." was
    lost, and "Second, revised edition" and "Reprinted 1955" stood only in the front matter."""
    docs = convert(tmp_path, "compilation-1953-series-above-title-editors-after-names-edition-reprinted.txt")
    assert sorted(docs) == ["tg-1950-02-23-mao-stalin-soviet-chinese-relations-1953",
                            "tg-1950-02-25-stalin-mao-soviet-chinese-relations-1953"]
    bibl = witness(docs["tg-1950-02-23-mao-stalin-soviet-chinese-relations-1953"])
    parts = children(bibl)
    assert ("title", "Soviet-Chinese Relations: Telegrams, 1950", {"level": "m"}) in parts
    assert [(t, a.get("role")) for e, t, a in parts if e == "editor"] == [("Robert T. Hale", "editor"),
                                                                        ("Lin Wei-ming", "editor")]
    editions = bibl.findall(f"{T}edition")
    assert [text(e) for e in editions] == ["Second, revised edition", "Reprinted 1955"]
    assert editions[1].find(f"{T}date").get("when") == "1955"  # the printing's year
    assert (bibl.findtext(f"{T}pubPlace"), bibl.findtext(f"{T}publisher"), bibl.find(f"{T}date").get("when")) == (
        "London", "Eastgate Press", "1953")
    series = bibl.find(f"{T}series")
    assert (series.findtext(f"{T}title[@level='s']"), series.find(f"{T}biblScope[@unit='volume']").get("n")) == (
        "Documents on Soviet Foreign Policy", "4")
    assert bibl.findtext(f"{T}respStmt/{T}persName") == "Helen M. Brown"


def test_a_bulletins_issue_date_and_pages_on_one_line(tmp_path):
    """"Cold War International History Project Bulletin, Issue 16 (Fall 2007/Winter 2008), pp.
    123-125": the journal (it was a book titled with the whole line, undated), its issue, the
    issue's date and pages; "Translated for CWIHP by Danny Rozas" names the translator."""
    docs = convert(tmp_path, "compilation-2008-bulletin-issue-and-pages-on-one-line.txt")
    assert sorted(docs) == ["tg-1951-05-09-mao-stalin-cold-war-international-history-2008",
                            "tg-1951-05-11-stalin-mao-cold-war-international-history-2008"]
    bibl = witness(docs["tg-1951-05-09-mao-stalin-cold-war-international-history-2008"])
    assert bibl.find(f"{T}title[@level='j']").text == "Cold War International History Project Bulletin"
    assert bibl.find(f"{T}title[@level='m']") is None
    assert bibl.find(f"{T}biblScope[@unit='issue']").attrib == {"unit": "issue", "n": "16"}
    assert bibl.find(f"{T}biblScope[@unit='page']").attrib == {"unit": "page", "from": "123", "to": "125"}
    date = bibl.find(f"{T}date")
    assert (date.text, dict(date.attrib)) == ("Fall 2007/Winter 2008", {"notBefore": "2007-09", "notAfter": "2008-02"})
    assert bibl.findtext(f"{T}respStmt/{T}persName") == "Danny Rozas"
    assert docs["tg-1951-05-09-mao-stalin-cold-war-international-history-2008"].findtext(
        f".//{T}msIdentifier/{T}idno") == "f. 45, op. 1, d. 339, ll. 4-5"


def test_the_citation_reads_well_in_the_html_and_the_print_edition(tmp_path):
    """The metadata panel's "Source" and the print edition's citation name the editors, the
    edition and printing, the series and the journal's issue (the HTML showed "ed. Robert T.
    Hale and Lin Wei-ming" and nothing of the rest)."""
    from tei.html import STYLESHEET
    from tei.pdf import print_volume
    from tei.xslt import transform
    from lxml import html as lxml_html
    from print_helpers import dehyphenate, pdf_text

    docs = convert(tmp_path / "tei", "compilation-1953-series-above-title-editors-after-names-edition-reprinted.txt",
                   "compilation-2008-bulletin-issue-and-pages-on-one-line.txt")
    shown = {}
    for key in ("tg-1950-02-23-mao-stalin-soviet-chinese-relations-1953",
                "tg-1951-05-09-mao-stalin-cold-war-international-history-2008"):
        page = lxml_html.fromstring(transform(STYLESHEET, xml_text=etree.tostring(docs[key], encoding="unicode")))
        shown[key] = " ".join(page.xpath("//dt[. = 'Source']/following-sibling::dd[1]")[0].text_content().split())
    assert ("Soviet-Chinese Relations: Telegrams, 1950, eds. Robert T. Hale and Lin Wei-ming, second, revised "
            "edition, reprinted 1955, no. 1, London: Eastgate Press, 1953 (Documents on Soviet Foreign Policy, vol. 4)"
            in shown["tg-1950-02-23-mao-stalin-soviet-chinese-relations-1953"])
    # (the place before its publisher and the pages last, as the print edition cites)
    assert ("Cold War International History Project Bulletin, no. 3, issue 16, Fall 2007/Winter 2008, pp. 123–125"
            in shown["tg-1951-05-09-mao-stalin-cold-war-international-history-2008"])
    pdf = tmp_path / "volume.pdf"
    report = Report()
    assert print_volume(sorted((tmp_path / "tei").glob("*.xml")), pdf, report), [str(m) for m in report.messages]
    printed = " ".join(dehyphenate(pdf_text(pdf)).split())
    assert ("eds. Robert T. Hale and Lin Wei-ming, second, revised edition, reprinted 1955, no. 1, London: Eastgate "
            "Press, 1953 (Documents on Soviet Foreign Policy, vol. 4)." in printed)
    assert "in Cold War International History Project Bulletin, issue 16, no. 3, Fall 2007/Winter 2008, pp. 123–125." \
        in printed
    # the list of sources names the issue (two issues of one bulletin are two sources)
    assert "Cold War International History Project Bulletin, issue 16" in printed.split("List of sources")[-1]


def test_letters_for_digits_in_a_volume_of_works_are_read_in_its_title_and_citation_and_said(tmp_path):
    """"dated 27 August l950", "T. l8", "p. 55l": the title's date was not read (the telegram
    was undated), the volume and pages lost; nothing was said.  The text's dates are the
    witness's: said, not read ("l9.VIII.50" was read as the 9th)."""
    report = Report()
    docs = convert(tmp_path, "works-stalin-mao-1950-08-27-ocr-letters-for-digits.txt", report=report)
    assert list(docs) == ["tg-1950-08-27-stalin-mao-stalin-works-18"]
    doc = docs["tg-1950-08-27-stalin-mao-stalin-works-18"]
    assert doc.findtext(f".//{T}titleStmt/{T}title[@type='main']") == "Stalin to Mao Zedong, 27 August 1950"
    bibl = witness(doc)
    assert (bibl.find(f"{T}biblScope[@unit='volume']").get("n"), bibl.find(f"{T}biblScope[@unit='page']").get("from")) \
        == ("18", "551")
    said = {m.line: m.text for m in report.messages if m.code == "ocr-digits"}
    assert sorted(said) == [1, 2, 3, 5, 7, 9]
    assert said[1].startswith("the title has 'l950'") and "read as '1950'" in said[1]
    assert "'55l'" in said[3] and "read as '551'" in said[3]
    assert "'2l', 'l950' have the letter 'l'" in said[5] and "the date is not read" in said[5]
    assert "'1O'" in said[7] and "'l9.VIII.50'" in said[7]
    assert "'27.VIII.5O'" in said[9]
    body = doc.find(f".//{T}body")
    assert [d.get("when") for d in body.iter(f"{T}date")] == []


def test_letters_for_digits_in_a_wilson_page_are_read_in_its_record_and_said(tmp_path):
    """"June O6, l950" and the citation's "d. 33l, ll. 7l-72": the record was undated and its
    shelfmark cut short; the text's "l5 June", "2O June", "6.VI.5O" are said, not read."""
    report = Report()
    docs = convert(tmp_path, "cable-roshchin-filippov-1950-06-06-ocr-letters-for-digits.txt", report=report)
    doc = docs["tg-1950-06-06-roshchin-stalin-wilson-center"]
    assert doc.find(f".//{T}sourceDesc/{T}bibl/{T}date").get("when") == "1950-06-06"
    assert doc.findtext(f".//{T}msIdentifier/{T}idno") == "f. 45, op. 1, d. 331, ll. 71-72"
    said = {m.line: m.text for m in report.messages if m.code == "ocr-digits"}
    assert sorted(said) == [5, 13, 22, 24, 28]
    assert "read as '06', '1950'" in said[5] and "'33l', '7l-72'" in said[13]
    assert all("the date is not read" in said[n] for n in (22, 24, 28))


def test_a_compilation_whose_headings_are_not_read_names_the_lines_that_look_like_them(tmp_path):
    """"Item 1 -- Stalin's telegram to Mao Tse-tung of 12 March 1949": the message said that the
    text matched no layout (or, with --format compilation, that no numbered heading was found),
    not which lines were meant as headings; the run goes on with the other files, exit 1."""
    book = tmp_path / "book.txt"
    book.write_text("THE SINO-SOVIET ALLIANCE\nSelected Documents, 1949-1950\nLondon: Example University Press, 1950\n\n"
                    "Item 1 -- Stalin's telegram to Mao Tse-tung of 12 March 1949\n\nComrade Mao Tse-tung,\n\n"
                    "We have received your telegram of 10 March and agree with your proposals.\n\nJ. STALIN\n\n"
                    "Item 2 -- Mao Tse-tung's reply to Stalin of 14 March 1949\n\nComrade Stalin,\n\n"
                    "Thank you for your answer. The delegation will leave Peiping as soon as the weather allows.\n\n"
                    "MAO TSE-TUNG\n", encoding="utf-8")
    good = SOURCES / "compilation-2008-bulletin-issue-and-pages-on-one-line.txt"
    for extra in ([], ["--format", "compilation"]):
        out = tmp_path / f"out{len(extra)}"
        result = subprocess.run([sys.executable, "-m", "tei.cli", "convert", str(book), str(good), "--out", str(out),
                                 *extra], capture_output=True, text=True, cwd=ROOT, timeout=120,
                                env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        assert result.returncode == 1, result.stderr
        error = next(l for l in result.stderr.splitlines() if ": error: " in l)
        assert error.startswith(f"{book}:5: error: ") and error.endswith("[unread-headings]")
        assert f"{book}:5: 'Item 1 -- Stalin's telegram to Mao Tse-tung of 12 March 1949'" in error
        assert f"{book}:13: 'Item 2 -- Mao Tse-tung's reply to Stalin of 14 March 1949'" in error
        assert "Write each as '1. Telegram from X to Y, 10 January 1949'" in error
        assert len(list(out.glob("*.xml"))) == 2  # the other file was converted


def respons(bibl) -> list[tuple[str, list[str]]]:
    """(resp, names) of each respStmt of a bibl."""
    return [(r.findtext(f"{T}resp"), [text(n) for n in r if etree.QName(n).localname != "resp"])
            for r in bibl.findall(f"{T}respStmt")]


def test_a_record_obtained_by_one_translated_for_cwihp_by_another_and_reprinted_in_a_book(tmp_path):
    """"AVP RF, f. 0100, op. 44, por. 12, p. 302, d. 10, ll. 45-46 ob." (the ministry's
    "por." left no reference at all), "Obtained by Kathryn Weathersby and translated for CWIHP by
    Danny Rozas" (no translator, nobody who obtained it), "Reprinted in Shen Zhihua (ed.), ...,
    2003), vol. 2, pp. 703-705." (cut at "vol")."""
    doc = convert(tmp_path, "cable-roshchin-vyshinsky-1951-04-14-obtained-translated-for-cwihp-reprinted-in.txt")[
        "tg-1951-04-14-roshchin-vyshinsky-wilson-center-117001"]
    ident = doc.find(f".//{T}msIdentifier")
    assert (ident.find(f"{T}repository").get("ref"), ident.findtext(f"{T}idno")) == (
        "#avprf", "f. 0100, op. 44, por. 12, p. 302, d. 10, ll. 45-46 ob.")
    bibl = witness(doc)
    assert respons(bibl) == [("Translated by", ["Danny Rozas"]), ("Obtained by", ["Kathryn Weathersby"])]
    assert bibl.findtext(f"{T}relatedItem[@type='reprint']/{T}bibl") == (
        "Shen Zhihua (ed.), Chaoxian zhanzheng: Eluosi dang'anguan de jiemi wenjian (Taipei: Academia Sinica, "
        "2003), vol. 2, pp. 703-705")


def test_a_translation_by_and_a_leaf_with_its_verso(tmp_path):
    """"Translation by Sergey Radchenko" named no translator; "list 87 ob.–88" was cut to
    "list 87"."""
    doc = convert(tmp_path, "telegram-filippov-mao-1950-09-08-translation-by-leaves-with-verso.md")[
        "tg-1950-09-08-stalin-mao-wilson-center"]
    assert respons(witness(doc)) == [("Translated by", ["Sergey Radchenko"])]
    assert doc.findtext(f".//{T}msIdentifier/{T}idno") == "fond 45, opis 1, delo 334, list 87 ob.–88"


def test_an_archives_document_reproduced_in_a_book(tmp_path):
    """"Central Archives of the CCP; reproduced in Jianguo yilai Mao Zedong wengao, vol. 1 (...),
    pp. 643-644. Obtained and translated by Chen Jian.": the book the text was printed in (it
    was only in the citation) and the translator (none)."""
    doc = convert(tmp_path, "cable-mao-peng-1950-11-02-central-archives-reproduced-in-a-book.txt")[
        "tg-1950-11-02-mao-peng-dehuai-wilson-center-117003"]
    bibl = witness(doc)
    assert bibl.findtext(f"{T}relatedItem[@type='original']/{T}bibl") == (
        "Jianguo yilai Mao Zedong wengao, vol. 1 (Beijing: Zhongyang wenxian chubanshe, 1987), pp. 643-644.")
    assert respons(bibl) == [("Translated by", ["Chen Jian"]), ("Obtained by", ["Chen Jian"])]
    assert doc.find(f".//{T}msIdentifier/{T}repository").get("ref") == "#cca"


def test_works_cited_under_the_title_with_a_source_label_editors_and_the_imprint_in_parentheses(tmp_path):
    """"Source: The Writings of Mao Zedong, 1949-1976, vol. 1, 2nd ed., edited by ... (Armonk,
    New York: M. E. Sharpe, 1992), pp. 210-211.": the book was "Source: The Writings of Mao
    Zedong", printed at "Source" by "The Writings of Mao Zedong", its editor "Michael Y. M. Kau
    and John K. Leung (Armonk, New York: M. E. Sharpe, 1992), pp"."""
    doc = convert(tmp_path, "works-mao-filippov-1950-12-31-source-under-the-title-editors-before-the-imprint.txt")[
        "tg-1950-12-31-mao-stalin-mao-the-writings-1"]
    parts = [(e, t) for e, t, _ in children(witness(doc)) if e not in ("note", "respStmt")]
    # (the title as printed, "TELEGRAM TO FILIPPOV", is the titleStmt's; the witness cites it in title case)
    assert parts == [("title", "Telegram to Filippov"), ("title", "The Writings of Mao Zedong, 1949-1976"),
                     ("editor", "Michael Y. M. Kau"), ("editor", "John K. Leung"), ("edition", "2nd ed."),
                     ("pubPlace", "Armonk, New York"), ("publisher", "M. E. Sharpe"), ("date", "1992"),
                     ("biblScope", "1"), ("biblScope", "210-211")]
    assert respons(witness(doc)) == [("Translated by", ["Zhang Shu Guang", "Chen Jian"])]


def test_credits_on_one_line_an_imprint_with_a_states_code_and_the_ministrys_shelfmarks(tmp_path):
    """"Compiled and edited by Odd Arne Westad; translated by Danny Rozas" made Westad's name
    "Odd Arne Westad; translated by Danny Rozas"; "Washington, DC: ..., 1999" was not read as the
    imprint; "[Source: AVP RF, f. 059a, op. 5a, por. 7, ...]" and "GARF, f. R-5446, ..., l. 49
    ob." gave no reference."""
    docs = convert(tmp_path, "compilation-1999-credits-on-one-line-state-code-ministry-shelfmarks.txt")
    first = docs["tg-1951-03-03-vyshinsky-shtykov-soviet-foreign-policy-documents-1999"]
    second = docs["tg-1951-03-05-shtykov-vyshinsky-soviet-foreign-policy-documents-1999"]
    bibl = witness(first)
    assert [(e.text, e.get("role")) for e in bibl.findall(f"{T}editor")] == [("Odd Arne Westad", "editor")]
    assert respons(bibl) == [("Translated by", ["Danny Rozas"])]
    assert (bibl.findtext(f"{T}title[@level='m']"), bibl.findtext(f"{T}pubPlace"), bibl.findtext(f"{T}publisher")) == (
        "Soviet Foreign Policy Documents on Korea, 1950-1951", "Washington, DC",
        "Woodrow Wilson International Center for Scholars")
    assert [(d.findtext(f".//{T}repository"), d.findtext(f".//{T}msIdentifier/{T}idno")) for d in (first, second)] == [
        ("AVP RF", "f. 059a, op. 5a, por. 7, p. 11, d. 3, ll. 45-46"), ("GARF", "f. R-5446, op. 81, d. 20, l. 49 ob.")]
