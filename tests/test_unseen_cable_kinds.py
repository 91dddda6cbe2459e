"""The words for a cable, said once (tei.vocab.CABLE_KINDS) for every pattern that reads a cable's
kind: a record titled "Ciphergram from X to Y" had "Ciphergram from X" as its sender, since the
title's kinds were telegram, cable, radiogram and the like, spelled again in each pattern."""

from __future__ import annotations

import pytest

from source_helpers import SOURCES, T, convert, text
from tei import vocab
from tei.convert import convert_sources
from tei.messages import Report
from tei.transforms.structure.lines import cable_line

CIPHERGRAM = "wilson-new-site-hungarian-legation-beijing-1956-11-20-ciphergram-kinds-of-cable.txt"


def _parties(root):
    sent, received = (root.find(f".//{T}correspAction[@type='{kind}']") for kind in ("sent", "received"))
    return ([text(p) for p in sent.iter(f"{T}persName")], [text(p) for p in received.iter(f"{T}persName")])


def test_a_record_titled_ciphergram_names_its_sender_and_recipient(tmp_path):
    """"Ciphergram from Szabo to Horvath, 20 November 1956": Szabo the sender, Horvath the
    recipient; the form's "Dispatched from Beijing on ..." the place it was sent from; its number."""
    [root] = convert(tmp_path, CIPHERGRAM).values()
    assert _parties(root) == (["Szabo"], ["Horvath"])
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert [p.get("ref") for p in sent.iter(f"{T}placeName")] == ["#beijing"]
    assert root.findtext(f".//{T}sourceDesc//{T}idno[@type='telegram']") == "417"
    assert root.find(f".//{T}body//{T}seg[@type='number']") is not None  # ("CIPHERGRAM No. 417")


@pytest.mark.parametrize("kind", [k.capitalize() for k in vocab.CABLE_KINDS] + ["Coded telegram", "Cipher cablegram"])
def test_every_word_for_a_cable_heads_a_title_with_its_parties(tmp_path, kind):
    """The same record titled with each word for a cable: the parties the same."""
    page = (SOURCES / CIPHERGRAM).read_text(encoding="utf-8").replace("Ciphergram from", f"{kind} from", 1)
    source = tmp_path / "src" / "page.txt"
    source.parent.mkdir()
    source.write_text(page, encoding="utf-8")
    report = Report()
    convert_sources([source], tmp_path / "out", report=report)
    assert not report.count("error"), [str(m) for m in report.messages]
    [written] = (tmp_path / "out").glob("*.xml")
    from lxml import etree
    assert _parties(etree.parse(str(written)).getroot()) == (["Szabo"], ["Horvath"])


@pytest.mark.parametrize("kind", vocab.CABLE_KINDS)
def test_every_word_for_a_cable_is_a_form_line(kind):
    """Alone on its line, in any case, or after its ciphering: the form's name."""
    for line in (kind.capitalize(), kind.upper(), f"Ciphered {kind}", f"CODED {kind.upper()}."):
        assert cable_line(line) == "form", line
