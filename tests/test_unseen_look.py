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


def test_a_greeting_under_a_quoted_letter_the_copy_never_closes_is_the_letters(tmp_path):
    """A diary entry quoting Mao's telegram from its salutation ("'Respected Com. Dimitrov!") to
    its greeting ("With communist greetings."), the copy having lost the closing mark: the
    greeting was taken for the diary's own closing, and both editions set it under the quoted
    letter, outside its quotation.  A greeting alone there is the letter's."""
    root = convert_one(tmp_path, "works-mao-dimitrov-1942-05-14-diary-entry-quoting-the-telegram.txt")
    div = root.find(f".//{T}body/{T}div")
    assert div.find(f"{T}closer") is None
    letter = div.find(f"{T}quote/{T}floatingText/{T}body")
    assert [text(s) for s in letter.findall(f"{T}closer/{T}salute")] == ["With communist greetings."]
    assert letter[-1].tag == f"{T}closer"



def test_a_provisional_name_quoting_a_name_has_typographic_marks(tmp_path):
    """A telegram to the 'Officers and Men of the Cruiser "Chungking"': the provisional entry's
    name, and so the page's correspondents, its Recipient, the index of organisations and the
    print's heading, showed straight marks where the editions print typographic ones.  The entry
    keeps the id the name gives."""
    root = convert_one(tmp_path, "works-mao-crew-1949-03-26-collective-addressee-ship-in-quotation-marks.txt")
    entry = root.find(f".//{T}listOrg/{T}org[@{{http://www.w3.org/XML/1998/namespace}}id="
                      "'unresolved-officers-and-men-of-the-cruiser-chungking']")
    assert text(entry.find(f"{T}orgName[@type='main']")) == "Officers and Men of the Cruiser “Chungking”"
    assert text(root.find(f".//{T}titleStmt/{T}title[@type='main']")) == \
        "Mao Zedong to Officers and Men of the Cruiser “Chungking”, 26 March 1949"
    # (the source's heading as printed)
    assert text(root.find(f".//{T}titleStmt/{T}title[@type='source']")) == \
        'Telegram to the Officers and Men of the Cruiser "Chungking"'


def test_a_page_that_cites_no_source_is_listed_so_not_under_its_date(tmp_path):
    """A page that names no book, record or archive: the lists, the pages' previous and next,
    and the print's list of sources named its source by the page's date ("Stalin to Joseph
    Chifley, 3 August 1945 (August 3, 1945)"; a section "August 3, 1945" among the books)."""
    from tei.html.entry import source_of

    root = convert_one(tmp_path, "page-consul-tihwa-secretary-1949-09-12-despatch-subject-and-address.txt")
    assert root.find(f".//{T}sourceDesc/{T}bibl/{T}note[@type='uncited']") is not None
    assert source_of(root) == ("No source cited", "")
