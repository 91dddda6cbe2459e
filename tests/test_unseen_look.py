"""What the editions showed of the unusual telegrams (the converter's part): each case from a
page of tests/sources whose structure made the edition show it wrongly."""

from __future__ import annotations

from source_helpers import T, convert_one, text


def test_a_title_whose_sender_is_known_by_an_office_begins_with_a_capital(tmp_path):
    """A despatch from an office the authority file names no holder of: its title read "the Consul
    at Tihwa to Acheson, 12 September 1949", in small letters at the head of the page and of its
    citation."""
    root = convert_one(tmp_path, "page-consul-tihwa-secretary-1949-09-12-despatch-subject-and-address.txt")
    title = text(root.find(f".//{T}titleStmt/{T}title[@type='main']"))
    assert title == "The Consul at Tihwa to Acheson, 12 September 1949"
