"""What a review of the editions of the session's new kinds of source found: the HTML panel's
Source ended in a comma where a web page cites its works by name alone ("Selected Works of Mao
Tse-tung", "Works") and named no author of the works where both editions' lists and the print
did; a name nested in another's link ("CC <VKP(b)>") had no identification of its own; the
print's Source line of a Wilson record page since 2023 was the archive's line alone (whose
record it is, and where, not said)."""

from __future__ import annotations

import re

from lxml import html as lxml_html

from conftest import require
from print_helpers import dehyphenate, pdf_text
from source_helpers import convert, text
from tei.html import render_site
from tei.messages import Report

WEB = "works-stalin-web-page-of-greetings-works-named-alone.txt"
RECORD = "cable-filippov-krasovsky-1951-11-14-source-the-archives-line-alone.txt"
PIECK = "tg-1951-10-stalin-pieck-stalin-works"
KEY = "tg-1951-11-14-stalin-mao-wilson-center-190455"


def _site(tmp_path, *names):
    convert(tmp_path / "tei", *names)
    assert render_site(tmp_path / "tei", tmp_path / "site", Report(), search=False).ok
    return tmp_path / "site"


def _row(page, label: str):
    dt = page.xpath(f"//section[contains(@class, 'meta')]//dt[. = '{label}']")
    assert dt, label
    return dt[0].getnext()


def test_html_source_of_works_named_alone_names_their_author_and_ends_without_a_comma(tmp_path):
    """A web page of Stalin's texts cites them as "Works" alone: the panel read "“Telegram to
    ...”, Works, " (a comma and nothing after it).  Now the works' author first, the sender
    where the source names none, as the print edition and the edition's lists cite them."""
    site = _site(tmp_path, WEB)
    page = lxml_html.parse(str(site / f"{PIECK}.html"))
    source = text(_row(page, "Source"))
    assert source == ("Joseph Stalin, “Telegram to the President of the German Democratic Republic, Wilhelm Pieck”, "
                      "Works"), source
    assert _row(page, "Source").xpath("./cite/text()") == ["Works"]


def test_html_source_of_collected_works_with_their_author(tmp_path):
    """The works' author as the citation prints him, before the item's title; the volume,
    place: publisher, year and pages after the works (as the print volume cites), a comma
    between each and none after the last."""
    site = _site(tmp_path, "works-stalin-kovalev-1949-10-03-first-published-under-the-text.txt")
    page = next(site.glob("tg-1949-10-03-*.html"))
    source = text(_row(lxml_html.parse(str(page)), "Source"))
    assert source == ("Stalin I.V., “Telegram of I.V. Stalin to Kovalev I.V. dated 3rd October 1949”, Works, vol. 18, "
                      "Tver: Information and Soyuz Publishing Center, 2006, p. 538"), source


def test_a_name_nested_in_anothers_link_tells_its_identification_on_hover(tmp_path):
    """"The CC VKP(b) has considered ...": the Central Committee's link holds the party's
    name, which cannot be a link of its own; it had neither link nor tooltip.  It has its
    identification as its title (the index's back-reference still finds its first mention)."""
    site = _site(tmp_path, RECORD)
    page = lxml_html.parse(str(site / f"{KEY}.html"))
    outer = page.xpath("//a[contains(@class, 'entity')][@href='organisations.html#vkpb-cc']")
    assert outer and outer[0].get("data-tip")
    inner = outer[0].xpath(".//span[contains(@class, 'orgName')]")
    assert inner and text(inner[0]) == "VKP(b)"
    assert inner[0].get("id") == "m-vkpb"
    assert inner[0].get("title", "").startswith("VKP(b)") or "Communist Party" in inner[0].get("title", ""), \
        inner[0].get("title")
    assert not outer[0].xpath(".//a")  # no link inside a link


def test_print_source_of_a_record_whose_citation_is_the_archives_line_alone(tmp_path):
    """A Wilson record page since 2023 gives under "Source" the archive's line alone ("APRF,
    f. 45, ... Translated by Gary Goldberg."): the print's Source line was that line, which
    says neither whose record it is nor its title.  Now the description's citation first (the
    record's title, the Digital Archive, its date), then the source's own line."""
    from tei.pdf import print_volume

    require("pdftotext", "the PDF's text is read with poppler-utils")
    # (a volume: another sender's telegram first, whose works these are not)
    convert(tmp_path / "tei", RECORD, WEB, "cable-kovalev-filippov-1949-04-19.txt")
    pdf = tmp_path / "out.pdf"
    assert print_volume(sorted((tmp_path / "tei").glob("*.xml")), pdf, Report())
    printed = re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))
    # (under the heading, where "As headed in the source" gives the record's title, the Source line
    # cites the rest; the list of sources, with no heading over it, the title too)
    assert "Source: Wilson Center Digital Archive, Wilson Center, November 14, 1951. APRF, f. 45, op. 1, d. 341, l. 77. " \
           "Translated by Gary Goldberg. https://digitalarchive.wilsoncenter.org/document/190455" in printed, printed
    assert "No. 3. “Ciphered Telegram No. 4418, Filippov [Stalin] to Krasovsky, for Mao Zedong”, in Wilson Center " \
           "Digital Archive, Wilson Center, November 14, 1951. APRF, f. 45, op. 1, d. 341, l. 77. Translated by Gary " \
           "Goldberg." in printed
    # the works a web page names alone: their author the sender
    assert "Source: Joseph Stalin, Works." in printed
    assert "No. 2. Joseph Stalin, “Telegram to the President of the German Democratic Republic, Wilhelm Pieck”, in " \
           "Works." in printed
    assert "Kovalev, “Telegram to the" not in printed
