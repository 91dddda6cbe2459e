"""What the editions made of the unusual telegrams (enclosures, quoted messages, closing lines),
as a reader of the HTML pages and the print volumes found them: one case per fault."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import require
from tei.html import STYLESHEET
from tei.xslt import transform

TEI = "http://www.tei-c.org/ns/1.0"
CSS = Path(__file__).resolve().parents[1] / "src" / "tei" / "html" / "static" / "edition.css"
CHROMIUM = "/usr/bin/chromium"


def telegram(body: str) -> str:
    return f"""<TEI xmlns="{TEI}" xml:id="t"><teiHeader><fileDesc><titleStmt><title type="main">T</title></titleStmt>
      <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
      <text><body><div type="telegram">{body}</div></body></text></TEI>"""


def styled(tmp_path: Path, body: str, script: str):
    """The page of a telegram body, opened in chromium with the edition's CSS: what script returns."""
    require(Path(CHROMIUM), "the page's look is measured in chromium")
    from playwright.sync_api import sync_playwright

    (tmp_path / "assets").mkdir()
    shutil.copy(CSS, tmp_path / "assets" / "edition.css")
    (tmp_path / "t.html").write_text(transform(STYLESHEET, xml_text=telegram(body)), encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        try:
            pg = browser.new_page()
            pg.goto((tmp_path / "t.html").as_uri())
            return pg.evaluate(script)
        finally:
            browser.close()


def test_a_closers_enclosure_line_is_not_set_off_as_an_enclosed_message(tmp_path):
    """"Enclosure: the list of the cases found, 4 pages." under the signature (seg type="enclosure")
    took the rule and indent of an enclosed message (floatingText type="enclosure"): the CSS
    matched any element of class type-enclosure, so a lone bar stood beside the closing line."""
    borders = styled(tmp_path, """<p>Text.</p>
      <closer><signed>MAO TSE-TUNG</signed><seg type="enclosure">Enclosure: the list, 4 pages.</seg></closer>
      <floatingText type="enclosure"><body><p>The enclosed message.</p></body></floatingText>""",
        """() => [...document.querySelectorAll('.type-enclosure')].map(
             e => [e.className, getComputedStyle(e).borderLeftStyle])""")
    assert dict(borders) == {"tei-seg type-enclosure": "none", "tei-floatingText type-enclosure": "solid"}
