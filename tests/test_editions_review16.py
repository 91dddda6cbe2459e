"""The editions' sixteenth review: a long opener breaks over a page, a reference's "p. 1" is not
found inside a longer word, and the citations the edition composes give a page range's dash."""

from __future__ import annotations

from tei.messages import Report


def test_a_pages_abbreviation_inside_a_word_is_not_kept_as_a_reference_in_html(tmp_path):
    """The HTML's unbroken span for "p. 12" or "op. 1" took "p. 10" out of "Op. 10" (a letter
    before the "p"): a reference is now one only at a word's start, the letter outside."""
    import lxml.html

    from tei.html import render_site
    from test_print_layout import tei

    tei_dir = tmp_path / "tei"
    tei_dir.mkdir()
    note = ('<note place="foot">Shostakovich, Symphony Op. 10 and Sonata Op. 5-7; see p. 12, '
            'pp. 14-15 (fond 45, op. 1).</note>')
    (tei_dir / "tg-op.xml").write_text(tei("tg-op", f"<p>The concert was heard.{note}</p>"), encoding="utf-8")
    out = tmp_path / "site"
    assert render_site(tei_dir, out, Report(), search=False).ok
    page = lxml.html.fromstring((out / "tg-op.html").read_bytes())
    kept = [s.text_content() for s in page.xpath("//span[@class='nobr']")]
    assert sorted(kept) == sorted(["5-7", "p. 12", "pp. 14-15", "op. 1"]), kept
    [note_html] = [n for n in page.xpath("//*[span[@class='nobr']]") if "Shostakovich" in n.text_content()]
    assert "Symphony Op. 10 and Sonata Op. 5-7; see p. 12, pp. 14-15 (fond 45, op. 1)." in note_html.text_content()


def test_a_long_opener_breaks_over_a_page_its_last_two_lines_with_the_text(tmp_path):
    """An opener of eight lines (a cable's markings, routing and address) was one sticky block:
    where it did not fit, it went over with the heading and left the page before half empty.  A
    long opener now breaks as a paragraph does: its first two lines stay with the heading, its
    last two with the text's first lines."""
    from print_helpers import word_boxes
    from test_print_layout import _padded, print_docs

    kinds = ("classification", "form", "number", "transmission", "distribution", "address", "address", "address")

    def body(i: int, filler: str) -> str:
        lines = "".join(f'<seg type="{kind}">Head{k}n{i} line of the opener</seg>' for k, kind in enumerate(kinds))
        text = " ".join(f"w{i}x{k}" for k in range(60))
        return f"<opener>{lines}</opener><p>Startword{i} {text} Endword{i}.</p>"

    pdf = print_docs(tmp_path, _padded(body))
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    assert '#opener(("marking", [#"Head0n1 line of the opener"]), ' in typ, typ[-3000:]
    where: dict[str, int] = {}
    for page, boxes in enumerate(word_boxes(pdf), start=1):
        for *_, w in boxes:
            where[w] = page
    broken = 0
    for i in range(1, 41):
        pages = [where[f"Head{k}n{i}"] for k in range(len(kinds))]
        assert where[f"Sender{i}"] == pages[0] == pages[1], (i, pages)
        assert pages[-2] == pages[-1] == where[f"Startword{i}"] == where[f"w{i}x0"], (i, pages)
        broken += pages[0] != pages[-1]
    # (kept whole, none broke: at every height of a page, some must)
    assert broken >= 3, broken


def test_a_citation_the_edition_composes_gives_a_page_range_with_an_en_dash(tmp_path):
    """The record's pages "211-213" (a hyphen, as the source typed them) were cited so in the
    lines the edition composes, the Source line of the HTML and of the print and the list of
    sources, where the edition's style has an en dash ("pp. 211–213").  A citation the print gives
    as the source wrote it keeps the source's hyphen."""
    import re

    import lxml.html

    from print_helpers import pdf_text
    from tei.html import render_site
    from test_print_layout import print_docs, tei

    def doc(key: str, sent: str, citation: str = "") -> str:
        bibl = ('<author>Chou En-lai</author><title level="m">Collected Telegrams</title><pubPlace>Peking</pubPlace>'
                '<publisher>Foreign Languages Press</publisher><date when="1989">1989</date>'
                '<biblScope unit="page" from="211" to="213">211-213</biblScope>'
                + (f'<note type="citation">{citation}</note>' if citation else ""))
        return tei(key, "<p>The Government agrees.</p>", sent=sent).replace('<title level="m">Book</title>', bibl)

    docs = {"tg-made": doc("tg-made", "1950-10-08"),
            "tg-own": doc("tg-own", "1950-10-09", "Chou En-lai, Collected Telegrams, Volume II (Peking, 1989), pp. 311-313.")}
    pdf = print_docs(tmp_path, docs)
    text = " ".join(pdf_text(pdf).split())
    made = "Chou En-lai, Collected Telegrams, Peking: Foreign Languages Press, 1989, pp. 211–213."
    assert text.count(made) >= 2, text  # (under the heading and in the list of sources)
    assert "pp. 211-213" not in text, text
    assert "Volume II (Peking, 1989), pp. 311-313." in text, text

    tei_dir = tmp_path / "tei"
    tei_dir.mkdir()
    (tei_dir / "tg-made.xml").write_text(docs["tg-made"], encoding="utf-8")
    assert render_site(tei_dir, tmp_path / "site", Report(), search=False).ok
    page = lxml.html.fromstring((tmp_path / "site" / "tg-made.html").read_bytes())
    [source] = page.xpath("//dt[. = 'Source']/following-sibling::dd[1]")
    assert re.search(r"1989, pp\. 211–213$", " ".join(source.text_content().split())), source.text_content()
