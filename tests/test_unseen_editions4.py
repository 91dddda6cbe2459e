"""What a review of both editions of the session's new kinds of documents found: a source's
"(Signed as Chairman ... and dated)" set with its first word alone in italics; a postscript
without "P.S." (the instruction to the relaying ambassador, signed again) not marked as one;
FRUS's file number shown only inside the source's note; a FRUS volume printed in parts
("frus1951v04p2") cited without its part; a first printing in a newspaper kept as one string
("1918 in the newspaper Soldier of the Revolution No. 12"); and print's Source line of a
collected works whose citation prints its title in capitals ("SELECTED WORKS OF ZHOU ENLAI.
Volume II. ...") as printed."""

from __future__ import annotations

import re

from lxml import html as lxml_html

from source_helpers import T, convert, text
from tei.html import render_site
from tei.messages import Report
from tei.pdf.render import typst_source
from tei.pdf.volume import load

SIGNED = "works-mao-kim-1952-09-09-web-page-selected-works-signed-note.txt"
RELAY = "cable-filippov-mao-1950-07-19-copy-of-an-outgoing-telegram-relay-postscript-registry.txt"
PS = "works-mao-peng-1952-08-20-manuscripts-points-under-points.txt"
FRUS = "frus-web-kennan-acheson-1952-06-17-volume-in-parts.txt"
JOURNAL = "works-stalin-web-archive-page-first-printed-in-a-journal.txt"
ZHOU = "works-zhou-selected-works-1950-01-08-office-under-the-signature.txt"


def _both(tmp_path, *names):
    """The converted documents, the HTML site made of them, and the print's Typst source."""
    docs = convert(tmp_path / "tei", *names)
    assert render_site(tmp_path / "tei", tmp_path / "site", Report(), search=False).ok
    typ = typst_source(load(sorted((tmp_path / "tei").glob("*.xml")), Report()), "a5", False)
    return docs, tmp_path / "site", typ


def _page(site, stem: str):
    return lxml_html.parse(str(site / f"{stem}.html"))


def _row(page, label: str):
    dt = page.xpath(f"//section[contains(@class, 'meta')]//dt[. = '{label}']")
    return dt[0].getnext() if dt else None


def test_a_signing_remark_is_set_whole_in_italics_in_both_editions(tmp_path):
    """"(Signed as Chairman of the Central People's Government and dated)": one remark of the
    source's editor, its "Signed" no label: both editions set it whole in italics, not its first
    word alone; a labelled note ("[stamp: Incoming ...]") keeps its label in italics."""
    docs, site, typ = _both(tmp_path, SIGNED, RELAY)
    page = _page(site, next(k for k in docs if k.startswith("tg-1952-09-09")))
    note = page.xpath("//*[contains(@class, 'tei-annotation')]")[0]
    assert [text(e) for e in note.xpath("./em")] == [
        "Signed as Chairman of the Central People's Government and dated"], lxml_html.tostring(note)
    assert not note.xpath(".//*[contains(@class, 'tei-label')]")
    assert re.search(r'#annotation\[#emph\[#"Signed"#" as Chairman of the "#name\[[^\]]*\]#" and dated"\]\]', typ), typ
    relay = _page(site, next(k for k in docs if k.startswith("tg-1950-07-19")))
    assert [text(e) for e in relay.xpath("//*[contains(@class, 'tei-annotation')]/em[@class = 'tei-label']")] == ["stamp"]
    assert '#annotation[#emph[#"stamp"]#": Incoming' in typ


def test_a_postscript_without_ps_is_marked_as_one_in_both_editions(tmp_path):
    """The instruction to the relaying ambassador under the signature, signed again, is a
    postscript the source gives no "P.S.": a rule over it (and its name for a screen reader) in
    the HTML, a short rule in print; a postscript that begins "P.S." needs none."""
    docs, site, typ = _both(tmp_path, RELAY, PS)
    relay = _page(site, next(k for k in docs if k.startswith("tg-1950-07-19")))
    ps = relay.xpath("//div[contains(@class, 'tei-postscript')]")
    assert len(ps) == 1 and "unlabelled" in ps[0].get("class") and ps[0].get("aria-label") == "Postscript"
    assert text(ps[0]).startswith("for Cde. ROSHCHIN")
    labelled = _page(site, next(k for k in docs if k.startswith("tg-1952-08-20")))
    assert [d.get("class") for d in labelled.xpath("//div[contains(@class, 'tei-postscript')]")] == ["tei-postscript"]
    assert typ.count("#postscript(rule: true)[") == 1 and typ.count("#postscript(rule: false)[") == 1
    assert typ.index("#postscript(rule: true)[") < typ.index("for Cde. ")


def test_frus_file_number_and_volume_part_in_both_editions(tmp_path):
    """FRUS's "661.95/6–1752: Telegram" is the document's file: a row "File" in the HTML panel
    and a line in print (not again as a note of the source); the page's address
    "frus1952-54v15p1" names the volume's years and its part: "1952–1954", vol. XV, Part 1."""
    docs, site, typ = _both(tmp_path, FRUS)
    key, tei = next(iter(docs.items()))
    bibl = tei.find(f".//{T}sourceDesc/{T}bibl")
    assert bibl.findtext(f"{T}title[@level='m']") == "Foreign Relations of the United States, 1952–1954"
    part = bibl.find(f"{T}biblScope[@unit='part']")
    assert part is not None and (part.text, part.get("n")) == ("Part 1", "1")
    page = _page(site, key)
    assert text(_row(page, "File")) == "661.95/6–1752"
    assert _row(page, "Note in the source") is None and _row(page, "Notes in the source") is None
    assert "vol. XV, Part 1, United States Government Printing Office" in text(_row(page, "Source"))
    assert 'label: "File")[#"661.95/6–1752"]' in typ
    assert '#meta(label: "Source\'s note")' not in typ and ']#", vol. XV, Part 1, United States' in typ


def test_a_first_printing_in_a_periodical_is_read_and_cited(tmp_path):
    """"Published: 1919 in the journal Krasny Nabat No. 7": the periodical's title, issue and
    year (title level="j", biblScope unit="issue", date), cited "Krasny Nabat, no. 7, 1919" with
    the title in italics in both editions."""
    docs, site, typ = _both(tmp_path, JOURNAL)
    key, tei = next(iter(docs.items()))
    first = tei.find(f".//{T}relatedItem[@type='original']/{T}bibl")
    assert [(c.tag.replace(T, ""), c.text, dict(c.attrib)) for c in first] == [
        ("title", "Krasny Nabat", {"level": "j"}),
        ("biblScope", "7", {"unit": "issue", "n": "7"}),
        ("date", "1919", {"when": "1919"})]
    row = _row(_page(site, key), "First published")
    assert text(row) == "Krasny Nabat, no. 7, 1919" and row.xpath("./cite/text()") == ["Krasny Nabat"]
    # (the lines under the heading are few and short: kept with the text)
    assert '#meta(keep: true, label: "First published")[#emph[#"Krasny Nabat"]#", no. 7, 1919."]' in typ


def test_a_first_printing_read_only_where_it_is_a_periodicals_issue_and_nothing_else():
    from tei.transforms.citation import periodical_issue

    assert periodical_issue("Izvestiya, No. 61, 14 March 1951.").issue == "61"
    assert periodical_issue("the newspaper Pravda No. 112, 23 April 1952").date.when == "1952-04-23"
    for kept in ['"New Germany," Berlin Ed., No. 211, 11 September, 1951.', "Far Eastern Affairs. 1996. No. 4. P. 77.",
                 "Jianguo yilai Mao Zedong wengao, vol. 1, pp. 211-212.", "Izvestiya, 1951",
                 "1918 in the newspaper Pravda No. 12, Tsaritsyn"]:
        assert periodical_issue(kept) is None, kept


def test_print_source_of_works_whose_citation_prints_the_title_in_capitals(tmp_path):
    """"SELECTED WORKS OF ZHOU ENLAI. Volume II. Beijing: ...": the title alone in capitals (the
    rest not, so no citation "in capitals"): print cites the works in title case, as the HTML's
    Source does and as for "I. V. STALIN. SOCHINENIYA"."""
    docs, site, typ = _both(tmp_path, ZHOU)
    line = next(l for l in typ.splitlines() if re.match(r'#meta\((keep: true, )?label: "Source"\)', l))  # (keep: the last, with the text)
    assert "SELECTED WORKS" not in line and '#emph[#"Selected Works of Zhou Enlai"]#", vol. II, Beijing' in line, line
    assert "SELECTED WORKS" not in text(_row(_page(site, next(iter(docs))), "Source"))
