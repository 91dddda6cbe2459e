"""The editions' thirteenth review: a note the print edition sets in the line is no footnote to
its layout, and what a demanding editor saw on the pages of both editions."""

from __future__ import annotations

import re

from test_print_layout import tei
from tei.messages import Report

SIC = '<note type="editorial" resp="#source-editor">sic</note>'
INLINE = '<note rend="inline">Received by wire.</note>'


def _typst(tmp_path, cases: dict[str, str]) -> dict[str, str]:
    """Each telegram's body printed: {key: its #telegram call in the volume's Typst source}."""
    from tei.pdf.render import typst_source
    from tei.pdf.volume import load

    files = []
    for n, (key, body) in enumerate(cases.items(), start=1):
        files.append(tmp_path / f"{key}.xml")
        files[-1].write_text(tei(key, body, sent=f"1949-04-{n:02d}"), encoding="utf-8")
    typst = typst_source(load(files, Report()), "a5", False)
    return {key: re.search(r'#telegram\([^\n]*key: "' + key + r'".*?(?=\n#telegram\(|\Z)', typst, re.S).group(0)
            for key in cases}


def test_a_note_printed_in_the_line_does_not_hold_a_paragraph_with_the_heading_or_the_closer(tmp_path):
    """pf:has-footnote counted the source editor's "[sic]" (printed in brackets in the line) as
    a footnote: a short first paragraph whose only note it was was set with the heading as one
    block that does not break, and the paragraph above the closing lines with them, not kept
    with them as a paragraph without a footnote is.  A footnote still does both."""
    closer = "<closer><signed>Mao</signed></closer>"
    calls = _typst(tmp_path, {
        "tg-sic": f"<p>We took Nanking on the 32nd{SIC} of April.</p><p>More.</p>"
                  f"<p>The army crossed the river{SIC}.</p>{closer}",
        "tg-inline": f"<p>We took Nanking.{INLINE}</p><p>The army crossed the river.{INLINE}</p>{closer}",
        "tg-foot": '<p>We took Nanking.<note place="foot">A note.</note></p><p>More.</p>'
                   f'<p>The army crossed the river.<note place="foot">A note.</note></p>{closer}',
    })
    for key in ("tg-sic", "tg-inline"):
        call = calls[key]
        assert "lead: [" not in call and "#together[" not in call, call
        assert "#footnote[" not in call, call
        above = [line for line in call.splitlines() if line.startswith("#para(") and "crossed the river" in line]
        assert len(above) == 1 and "keep: true" in above[0], above
    assert calls["tg-sic"].count('#"["#"sic"#"]"') == 2, calls["tg-sic"]
    foot = calls["tg-foot"]
    assert "lead: [" in foot and "#together[" in foot and foot.count("#footnote[") == 2, foot

