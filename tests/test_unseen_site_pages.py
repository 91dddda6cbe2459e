"""The Wilson Center's record pages as they are scraped since 2023: no part heads the text, which
follows the title; the record's description comes after it, then "Author(s)", "Document
Information" with the source (labelled or not), the rights, "Record ID"."""

from __future__ import annotations

from source_helpers import SOURCES, T, convert, convert_one, refused, text

UNDER_TITLE = "cable-roshchin-mfa-1951-03-27-page-text-under-the-title.txt"
SOURCE_AND_ID = "cable-filippov-krasovsky-1952-06-14-page-text-source-and-record-id.txt"
NO_BLANKS = "cable-filippov-mao-1951-04-18-page-copy-without-blank-lines.txt"


def test_the_text_follows_the_title_and_the_description_is_the_summary(tmp_path):
    root = convert_one(tmp_path, UNDER_TITLE)
    body = text(root.find(f"{T}text"))
    assert body.startswith("Copies: Stalin (2), Molotov, Vyshinsky")
    assert "Zhou Enlai received me at 16 hours" in body
    assert "Roshchin reports" not in body  # the description is not the telegram's
    assert text(root.find(f".//{T}abstract")).startswith("Roshchin reports that Zhou Enlai accepted")
    assert [text(s) for s in root.iter(f"{T}signed")] == ["ROSHCHIN"]


def test_the_unlabelled_source_under_document_information_is_the_citation(tmp_path):
    root = convert_one(tmp_path, UNDER_TITLE)
    assert text(root.find(f".//{T}note[@type='citation']")).startswith("APRF, Fond 45, Opis 1, Delo 338, List 15")
    assert [text(r) for r in root.iter(f"{T}repository")] == ["APRF", "AVPRF"]
    sourcedesc = text(root.find(f".//{T}sourceDesc"))
    assert "welcomes reuse" not in sourcedesc and "Record ID" not in sourcedesc


def test_a_recipient_named_with_an_abbreviation_keeps_it(tmp_path):
    root = convert_one(tmp_path, UNDER_TITLE)
    recipient = root.find(f".//{T}correspAction[@type='received']/{T}orgName")
    assert recipient.get("ref") == "#soviet-mfa"


def test_the_record_id_gives_the_address_and_the_labelled_source_the_translator(tmp_path):
    root = convert_one(tmp_path, SOURCE_AND_ID)
    assert root.find(f".//{T}bibl[@type='witness']/{T}ref").get("target") == \
        "https://digitalarchive.wilsoncenter.org/document/118402"
    assert text(root.find(f".//{T}bibl[@type='witness']/{T}respStmt/{T}persName")) == "Gary Goldberg"
    assert text(root.find(f".//{T}abstract")).startswith("Stalin agrees to Mao's plan")
    body = root.find(f"{T}text")
    assert len(body.findall(f".//{T}gap")) == 2  # "[...]" before and after
    assert "Author(s)" not in text(body) and "Stalin agrees" not in text(body)


def test_a_copy_without_blank_lines_or_the_sites_name_is_read(tmp_path):
    root = convert_one(tmp_path, NO_BLANKS)
    assert text(root.find(f".//{T}note[@type='credits']")).startswith("This document was made possible")
    body = text(root.find(f"{T}text"))
    assert body.startswith("PEKING, TO THE SOVIET AMBASSADOR")
    assert "made possible" not in body and "Stalin tells Mao" not in body
    assert text(root.find(f".//{T}abstract")).startswith("Stalin tells Mao that the first two thousand")


def test_a_page_of_search_results_is_refused_with_what_to_do(tmp_path):
    [error], written = refused(tmp_path, (
        "Skip to content\n\nResults:\n\n1 - 10 of 42\n\nDocuments\n\nMay 2, 1951\n\n"
        "Ciphered Telegram No. 2231, Roshchin to Filippov [Stalin]\n\n"
        "Roshchin passes on Zhou Enlai's questions about the railway.\n\nMay 9, 1951\n\n"
        "Cable No. 2412, Filippov [Stalin] to Mao Zedong\n\nStalin answers the questions.\n"), "results.txt")
    assert error.code == "search-results" and error.line == 3 and "record's own page" in error.text
    assert not written


def test_an_older_page_of_results_with_bulleted_dates_is_refused_too(tmp_path):
    [error], _ = refused(tmp_path, (
        "Search in\n\nDigital Archive International History Declassified\n\n\n"
        "  • March 3, 1951\n\n    Cable, Mao Zedong to Filippov [Stalin]\n\n    Mao asks for trucks.\n\n"
        "  • March 9, 1951\n\n    Cable, Filippov [Stalin] to Mao Zedong\n\n    Stalin agrees.\n"), "results.txt")
    assert error.code == "search-results" and error.line == 6


def test_the_credits_are_shown_in_both_editions(tmp_path):
    """A record's acknowledgement ("This document was made possible with support from ...") is
    in the HTML page's panel and the print edition's lines under the heading."""
    from lxml import etree, html as lxml_html

    from tei.html import STYLESHEET
    from tei.messages import Report
    from tei.pdf.render import typst_source
    from tei.pdf.volume import load
    from tei.xslt import transform

    [(key, root)] = convert(tmp_path, NO_BLANKS).items()
    page = lxml_html.fromstring(transform(STYLESHEET, xml_text=etree.tostring(root, encoding="unicode")))
    rows = {dt.text_content(): " ".join(dt.getnext().text_content().split()) for dt in page.xpath("//dl//dt")}
    assert rows["Credits"] == "This document was made possible with support from Leon Levy Foundation"
    typst = typst_source(load([tmp_path / f"{key}.xml"], Report()), "a5", False)
    assert 'label: "Credits")[#"This document was made possible with support from Leon Levy Foundation"]' in typst


SAVED_HTML = "cable-roshchin-filippov-1951-05-21-page-saved-as-html.html"


def test_a_page_saved_as_html_is_read_as_the_browser_shows_it(tmp_path):
    from tei.messages import Report

    report = Report()
    [root] = convert(tmp_path, SAVED_HTML, report=report).values()
    body = text(root.find(f"{T}text"))
    assert body.startswith("Top Secret To Cde. Filippov. Today at 14 hours Zhou Enlai")
    # the site's menu, scripts, styles and footer are no part of it
    for furniture in ("Topics", "dataLayer", "font-family", "Woodrow Wilson Plaza", "Skip to content"):
        assert furniture not in body and furniture not in text(root.find(f".//{T}sourceDesc"))
    assert text(root.find(f".//{T}abstract")).startswith("Roshchin passes on Zhou Enlai's request")
    assert root.find(f".//{T}bibl[@type='witness']/{T}ref").get("target").endswith("/document/119377")
    assert [text(s) for s in root.iter(f"{T}signed")] == ["ROSHCHIN"]
    # a message's line is the HTML file's ("comrade Kotov" is on its line 20; a block the file
    # begins on a line another block ends on is put just after it)
    [kotov] = [m for m in report.messages if "Kotov" in m.text]
    assert 20 <= kotov.line <= 21


def test_a_folder_is_searched_for_html_pages_and_an_empty_page_is_refused(tmp_path):
    from tei.convert import convert_sources, expand_sources
    from tei.messages import Report

    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "record.html").write_text((SOURCES / SAVED_HTML).read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "blank.htm").write_text("<!DOCTYPE html><html><head><script>x()</script></head><body> </body></html>",
                                      encoding="utf-8")
    report = Report()
    assert sorted(p.name for p in expand_sources([folder], report)) == ["blank.htm", "record.html"]
    convert_sources(sorted(folder.iterdir()), tmp_path / "out", report=report)
    [error] = [m for m in report.messages if m.level == "error"]
    assert error.file.endswith("blank.htm") and "shows no text" in error.text
    assert len(list((tmp_path / "out").glob("*.xml"))) == 1


PANDOC = "cable-roshchin-filippov-1951-06-02-pandoc-markdown-of-the-page.md"


def test_pandocs_markdown_of_the_page_is_read_without_its_attributes_and_fences(tmp_path):
    """Pandoc's Markdown of a saved page: fenced divs (":::"), attributes on headings and links
    ("{#source}", "{.visually-hidden}"), escaped apostrophes ("Zhou Enlai\\'s"), a backslash as
    a line break ("2.6.51\\")."""
    [root] = convert(tmp_path, PANDOC).values()
    body = root.find(f"{T}text")
    assert [text(p)[:30] for p in body.iter(f"{T}p")] == [
        "Today at 15 hours Zhou Enlai r", "Zhou Enlai also said that Mao ", "I ask for your instructions."]
    assert [text(s) for s in root.iter(f"{T}signed")] == ["ROSHCHIN"]
    assert text(root.find(f".//{T}abstract")) == ("Roshchin passes on Zhou Enlai's requests for trucks and railway "
                                                  "specialists and announces Mao's answer about the loan.")
    assert text(root.find(f".//{T}note[@type='citation']")) == "AP RF, f. 45, op. 1, d. 339, l. 48. Translated by Gary Goldberg."
    assert root.find(f".//{T}bibl[@type='witness']/{T}ref").get("target").endswith("/document/119412")
    assert "{" not in text(root) and ":::" not in text(root)


def test_a_page_not_in_english_is_refused_as_such(tmp_path):
    """A telegram printed in Polish (or Vietnamese): the converter reads English translations."""
    [error], written = refused(tmp_path, (
        "Telegram Bolesława Bieruta do Komitetu Centralnego\n\nWarszawa, 12 grudnia 1949\n\n"
        "Drodzy Towarzysze! W imieniu Komitetu Centralnego Polskiej Zjednoczonej Partii Robotniczej przesyłam "
        "wam braterskie pozdrowienia z okazji rocznicy. Życzymy wam dalszych sukcesów w budowie socjalizmu "
        "i w walce o pokój, o niepodległość narodów, o przyjaźń między narodami naszych krajów, "
        "które łączy wspólna droga i wspólne cele.\n\nB. Bierut\n"))
    assert error.code == "not-english" and "English translation" in error.text and not written


def test_notes_of_a_telephone_call_are_refused_not_written_invalid(tmp_path):
    """"Notes of G. Dimitrov on a Phone Call from Stalin": no telegram, refused by its title (it was
    written as a telegram without parties, invalid)."""
    [error], written = refused(tmp_path, (
        "Search in\n\nDigital Archive International History Declassified\n\nJanuary 12, 1946\n\n"
        "  • Citation\n\n    get citation\n\n    Stalin advises on the Bulgarian government.\n"
        '    "Notes of G. Dimitrov on a Phone Call from Stalin," January 12, 1946, History and Public Policy '
        "Program Digital Archive, TsDA, f. 146, op. 2, a.e. 7. Translated by Daniel Rozas.\n"
        "  • share document\n\nEnglish HTML\n\nStalin called at eleven. He said that the government must be "
        "broadened and that the opposition should be given two posts.\n"))
    assert error.code == "not-a-telegram" and "record of a telephone call" in error.text and not written
