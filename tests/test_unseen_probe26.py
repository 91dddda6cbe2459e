"""Real pages, round twenty-six (other archive sites' pages of the same correspondence: a site's
copy of a volume of works, an archive's exhibition pages, a catalogue's list of telegrams): what
the converter misread, each with a source of our own in the page's layout (the pages themselves
are not ours to keep)."""

from __future__ import annotations

from source_helpers import T, convert_one, text


HEAD_OF_STATE = "works-web-mao-1950-president-of-a-republic-title.txt"


def test_a_title_naming_the_recipient_by_title_name_and_country_gives_the_person(tmp_path):
    """"Telegram to President Quirino of the Republic of the Philippines", the address "President
    Elpidio Quirino": the recipient is the one person the address names in full, his title and
    country no part of his name (the recipient was a provisional person "President Quirino of the
    Republic of the Philippines" and the address's name another)."""
    doc = convert_one(tmp_path, HEAD_OF_STATE)
    recipient = doc.find(f".//{T}correspAction[@type='received']/{T}persName")
    assert (recipient.get("ref"), text(recipient)) == ("#unresolved-elpidio-quirino", "Elpidio Quirino")
    address = doc.find(f".//{T}opener/{T}seg[@type='address']/{T}persName")
    assert address.get("ref") == "#unresolved-elpidio-quirino"
    assert [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in doc.findall(f".//{T}standOff//{T}person")
            if p.get("cert") == "low"] == ["unresolved-elpidio-quirino"]
    assert text(doc.find(f".//{T}titleStmt/{T}title[@type='main']")) == "Mao Zedong to Elpidio Quirino, 2 March 1950"


def test_the_words_after_of_that_name_no_country_are_not_cut_from_the_party(tmp_path):
    """Only a country ends such a title: "Chairman Mao of the Central People's Government" is not
    a person of the country "Central People's Government" (the rule leaves it to the rest)."""
    from tei.transforms.correspondence import TITLED_OF_COUNTRY, STATE_NAMED

    assert TITLED_OF_COUNTRY.fullmatch("President Prasad of the Republic of India").group("name") == "Prasad"
    assert STATE_NAMED.match("Republic of the Philippines") and STATE_NAMED.match("the Union of Burma")
    assert not STATE_NAMED.match("Central People's Government")
