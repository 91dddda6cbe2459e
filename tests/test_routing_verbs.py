"""The routing verbs (vocab.SENDING_VERBS, RECEIVING_VERBS, ROUTING_VERBS) are the words of every
routing pattern: a cable "despatched" (the British spelling) is routed as one "dispatched", and a
compilation's date line "Deciphered <date>" stands where "Received <date>" does (each of these
patterns spelled its own words, and lacked one). The texts are real pages of tests/sources with
the one word changed."""

from __future__ import annotations

import pytest

from source_helpers import T, converted_pages, converted_variant, lines, sent_when, text, variant

PANYUSHKIN = "cable-panyushkin-vyshinsky-1952-11-17-routing-on-lines-of-their-own-inst.txt"
LIU = "works-liu-mao-ccp-cc-1949-07-18-dating-note-under-the-signature.txt"
SHTYKOV = "compilation-2006-received-without-on-hour-and-place-lines-addressee-called-comrade.txt"


@pytest.mark.parametrize("routing", [("Dispatched 17.XI.52", "Despatched 17.XI.52"),
                                     ("From Peking\nDispatched 17.XI.52", "From Peking despatched 17.XI.52")])
def test_a_cable_despatched_is_routed(tmp_path, routing):
    """The form's routing lines, the sending's spelled "despatched" (on a line of its own, or after
    the place it came from): the opener's transmission lines, the time of receipt under them the
    correspDesc's (they were paragraphs of the text, the receipt's time lost)."""
    root = converted_variant(tmp_path, PANYUSHKIN, routing)
    routed = [words for kind, words in lines(root.find(f".//{T}opener")) if kind == "transmission"]
    assert [w for w in routed if "espatched 17.XI.52" in w] and "Received 17.XI.52 at 23.55" in routed
    assert not [p for p in root.find(f".//{T}body").iter(f"{T}p") if "17.XI.52" in text(p)]
    assert root.find(f".//{T}correspAction[@type='received']/{T}date").get("when") == "1952-11-17T23:55:00"


def test_a_dating_note_despatched_dates_the_telegram(tmp_path):
    """A volume's note under the text, "This telegram was despatched from Moscow on ...": the
    date of sending, not a paragraph of the text (the telegram was undated)."""
    root = converted_variant(tmp_path, LIU, ("This telegram was sent from", "This telegram was despatched from"))
    assert sent_when(root) == "1949-07-18"
    assert not [p for p in root.find(f".//{T}body").iter(f"{T}p") if "despatched" in text(p)]


def test_a_compilations_item_deciphered_on_its_date_is_a_telegram(tmp_path):
    """A compilation's item whose line under its number says when it was deciphered ("Deciphered
    11 March 1950, 0330 hrs"), as another's says when it was received: its telegram is written (it
    was taken, with the lines above it, for the book's title page, and lost)."""
    page = variant(SHTYKOV, ("Received 11 March 1950, 0330 hrs", "Deciphered 11 March 1950, 0330 hrs"))
    senders = [root.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref")
               for root in converted_pages(tmp_path, page, SHTYKOV)]
    assert senders == ["#shtykov", "#vyshinsky"]
