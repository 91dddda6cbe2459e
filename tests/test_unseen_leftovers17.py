"""This session's last leftovers (round thirty-two's and round nine's): the Generalissimo named by
his office alone linked to Chiang Kai-shek (his entry gives him the title), and old spellings the
authority file lacked (Kwangchow, Kueisui, Keijo, Heijo, Hsu Hsiang-chien); our own writing, each
with a source of ours in the real page's layout."""

from __future__ import annotations

from source_helpers import T, convert_one, text

OLD_SPELLINGS = "frus-web-hurley-byrnes-1945-08-24-old-spellings-and-the-generalissimo.txt"


def _body_names(doc, tag: str) -> list[tuple[str, str]]:
    return [(text(n), n.get("ref")) for n in doc.find(f".//{T}body").iter(f"{T}{tag}")]


def test_the_generalissimo_alone_is_chiang_named_before(tmp_path):
    """"Chiang Kai-shek received me ... The Generalissimo said": Chiang (the text names him without
    the title; the authority file now gives him the office, as Stalin's gives it him)."""
    doc = convert_one(tmp_path, OLD_SPELLINGS)
    assert ("Generalissimo", "#chiang") in _body_names(doc, "persName")


def test_old_spellings_of_places_and_a_person(tmp_path):
    """Postal and Japanese spellings of the time: each linked to its place's entry; the Wade-Giles
    name without its apostrophe to the PLA commander's."""
    doc = convert_one(tmp_path, OLD_SPELLINGS)
    places = _body_names(doc, "placeName")
    for place in (("Kueisui", "#guisui"), ("Kwangchow", "#guangzhou"), ("Keijo", "#seoul"), ("Heijo", "#pyongyang")):
        assert place in places
    assert ("Hsu Hsiang-chien", "#xu-xiangqian") in _body_names(doc, "persName")
