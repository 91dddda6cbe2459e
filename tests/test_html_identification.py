"""An entity's identification note as the pages give it (f:identification), by each of its
paths: a note without a hyphen is spared the regular expressions of the ranges and pairs (the
thirty-fourth session: they were a quarter of a page's time) but still takes typographic
quotation marks and is left out when it only repeats the entity's name."""

from __future__ import annotations

from lxml import html as lxml_html

from tei.html import render_site
from tei.messages import Report
from test_editions_review4 import doc, text

STANDOFF = """<standOff><listPerson>
    <person xml:id="filippov"><persName type="main">Filippov</persName><note type="identification">Signed as "Filippov"; Stalin's cover name.</note></person>
    <person xml:id="dej"><persName type="main">Gheorghiu-Dej</persName><note type="identification">Gheorghiu-Dej.</note></person>
    <person xml:id="orlov"><persName type="main">Orlov</persName><note type="identification">Envoy 1943-1949 and in January-February 1950; at the Sino-Soviet talks, sent the Stalin-Mao cables.</note></person>
  </listPerson><listPlace>
    <place xml:id="albania"><placeName type="main">Albania</placeName><note type="identification">albania</note></place>
    <place xml:id="hungary"><placeName type="main">Hungary</placeName><note type="identification">Hungary.</note></place>
    <place xml:id="yalu"><placeName type="main">Yalu</placeName><note type="identification">River on the border.</note></place>
  </listPlace></standOff>"""

BODY = """<p><persName ref="#filippov">Filippov</persName>, <persName ref="#dej">Gheorghiu-Dej</persName> and
  <persName ref="#orlov">Orlov</persName> of <placeName ref="#albania">Albania</placeName>,
  <placeName ref="#hungary">Hungary</placeName> and the <placeName ref="#yalu">Yalu</placeName>.</p>"""


def test_each_path_of_an_identification_note(tmp_path):
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "w.xml").write_text(doc("w", "1950-06-29", BODY, STANDOFF), encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    page = lxml_html.parse(str(tmp_path / "site" / "w.html")).getroot()
    tips = sorted(text(t) for t in page.xpath("//div[@class='tooltips']/span"))
    assert tips == [
        "Albania",  # (its note only repeats its name, in other case and without a full stop)
        "Filippov — Signed as “Filippov”; Stalin’s cover name.",  # no hyphen: typographic marks still
        "Gheorghiu-Dej",  # a hyphenated name whose note repeats it
        "Hungary",
        "Orlov — Envoy 1943–1949 and in January–February 1950; at the Sino-Soviet talks, sent the Stalin–Mao cables.",
        "Yalu — River on the border.",
    ], tips
