"""Wilson Center records of forms the converter had not seen (sixth round of unseen texts):
the site's newer navigation and buttons, cables passed through an intermediary named above
the text, address blocks on several lines, titles that say whose message is conveyed."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tei.convert import convert_sources
from tei.messages import Report

SOURCES = Path(__file__).parent / "sources"
T = "{http://www.tei-c.org/ns/1.0}"


def convert(tmp_path: Path, name: str):
    report = Report()
    convert_sources([SOURCES / name], tmp_path, report=report)
    assert not report.count("error"), [str(m) for m in report.messages]
    [root] = [etree.parse(str(p)).getroot() for p in sorted(tmp_path.glob("*.xml"))]
    return root, report


def parties(root) -> dict[str, list[str]]:
    return {a.get("type"): [p.get("ref") for p in a.iterfind(f"{T}persName")]
            for a in root.iterfind(f".//{T}correspAction")}


def opener(root) -> list[tuple[str, str]]:
    return [(c.get("type") or etree.QName(c).localname, " ".join("".join(c.itertext()).split()))
            for c in root.find(f".//{T}opener")]


def test_the_sites_navigation_and_buttons_are_not_the_record(tmp_path):
    """"Topics" / "Collections" / "Programs" above the record (the summary was lost: "Topics"
    read as the label of a part), "Document Media" after the text (a signature), "Share this
    document" / "Email Facebook Twitter" / "Back to top" (the closer was lost)."""
    root, _ = convert(tmp_path / "a", "cable-zhou-filippov-1951-01-22-site-navigation-above.txt")
    assert root.findtext(f".//{T}abstract/{T}p").startswith("Zhou Enlai informs Stalin of the Chinese reply")
    closer = root.find(f".//{T}closer")
    assert [etree.QName(c).localname for c in closer] == ["salute", "signed", "dateline"]
    assert "Document Media" not in "".join(root.find(f".//{T}text").itertext())
    root, _ = convert(tmp_path / "b", "cable-mao-filippov-1951-03-01-transmitted-through-share-buttons.txt")
    text = "".join(root.find(f".//{T}text").itertext())
    assert not any(w in text for w in ("Share this", "Facebook", "Back to top", "cookies"))
    assert root.find(f".//{T}closer/{T}signed/{T}persName").get("ref") == "#mao"
    assert root.find(f".//{T}closer/{T}dateline/{T}date").get("when") == "1951-03-01"


def test_transmitted_through_above_the_text(tmp_path):
    """"Transmitted through Krasovsky" above the salutation: a transmission line of the opener
    (it ended the opener; the salutation became a paragraph) and the intermediary, an unknown
    person reported."""
    root, report = convert(tmp_path, "cable-mao-filippov-1951-03-01-transmitted-through-share-buttons.txt")
    assert opener(root)[2:] == [("transmission", "Transmitted through Krasovsky"), ("salute", "Comrade Filippov!")]
    assert parties(root) == {"sent": ["#mao"], "transmitted": ["#unresolved-krasovsky"], "received": ["#stalin"]}
    assert any("Krasovsky" in str(m) and "intermediary" in str(m) for m in report.messages)


def test_place_and_office_on_lines_of_their_own(tmp_path):
    """"PYONGYANG" / "SOVIET AMBASSADOR" / "To Comrade Shtykov.": three address lines (they
    were paragraphs of the text)."""
    root, _ = convert(tmp_path, "cable-fynsi-shtykov-1950-07-01-place-and-office-lines.txt")
    assert opener(root)[-3:] == [("address", "PYONGYANG"), ("address", "SOVIET AMBASSADOR"),
                                 ("address", "To Comrade Shtykov.")]
    assert parties(root) == {"sent": ["#stalin"], "received": ["#shtykov"]}


def test_a_message_for_others_through_the_addressee(tmp_path):
    """"Molotov to Kuznetsov in Beijing, Transmitting a Message for Mao Zedong and Kim Il Sung",
    the text "To Comrade V. V. Kuznetsov": Molotov's message, received by Mao and Kim, passed
    on by V. V. Kuznetsov (the header named Fyodor Kuznetsov, whose initials are F. F., as the
    recipient, and left Mao and Kim out)."""
    root, _ = convert(tmp_path, "telegram-molotov-kuznetsov-1953-03-21-message-for-two-office-lines.md")
    assert parties(root) == {"sent": ["#molotov"], "transmitted": ["#unresolved-v-v-kuznetsov"],
                             "received": ["#mao", "#kim-il-sung"]}
    assert opener(root)[-3:] == [("address", "BEIJING"), ("address", "SOVIET AMBASSADOR"),
                                 ("address", "To Comrade V. V. Kuznetsov")]


def test_conveying_someones_message_of_a_date(tmp_path):
    """"Roshchin in Beijing to Filippov [Stalin], Conveying Mao Tse-tung's Message of 2 October
    1950": Mao's message to Stalin, passed on by Roshchin (Mao was left out)."""
    root, _ = convert(tmp_path, "telegram-roshchin-filippov-1950-10-03-conveying-a-message-of-a-date.md")
    assert parties(root) == {"sent": ["#mao"], "transmitted": ["#roshchin"], "received": ["#stalin"]}
