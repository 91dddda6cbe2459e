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
