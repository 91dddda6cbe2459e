"""Small defects the last rounds left in the converter: a heading's party "the CC VKP(B)", a
collected-works dateline under the signature read as a footnote, "the Presidium of the Central
Committee" tagged short, a cable form's registry numbers taken for the cable's, an editor's
annotation between the address lines that ended the opener."""

from __future__ import annotations

from source_helpers import T, convert, lines, text


def one(tmp_path, name):
    [root] = convert(tmp_path, name).values()
    return root


def parties(root) -> dict[str, list[str]]:
    return {a.get("type"): [n.get("ref") for n in a if n.get("ref")]
            for a in root.iterfind(f".//{T}correspAction")}


# --- 1. "FROM THE CC VKP(B) TO ...": the party's Central Committee, not a person ---------------

def test_the_cc_vkpb_in_a_heading_is_the_central_committee(tmp_path):
    """"the" before the body and the party's letter in brackets ("VKP(B)") made the sender an
    unknown person "CC Vkp": the bracketed letter is the name's, no identification."""
    root = one(tmp_path, "compilation-cc-vkpb-cc-ccp-1951-03-19-heading-from-a-body.txt")
    assert parties(root) == {"sent": ["#vkpb-cc"], "received": ["#ccp-cc"]}
    assert root.find(f".//{T}correspAction[@type='sent']/{T}orgName") is not None
    assert not [p for p in root.iter(f"{T}person") if p.get("{http://www.w3.org/XML/1998/namespace}id", "").startswith("unresolved")]
    assert text(root.find(f".//{T}title[@type='main']")).startswith("Central Committee of the VKP(b) to ")


def test_a_party_letter_in_brackets_is_no_identification():
    """Where a title's name has a gloss in brackets it is still read ("Andreev (Mikoyan)")."""
    from tei.sources.base import party_letter

    assert party_letter("FROM THE CC VKP(B) TO") == "FROM THE CC VKP(b) TO"
    assert party_letter("Andreev (Mikoyan)") == "Andreev (Mikoyan)"


# --- 2. a date under the signature is no footnote --------------------------------------------------

def test_a_dateline_after_the_signature_is_no_footnote(tmp_path):
    """"3 August 1950, 24:00 hours", the last line of a collected-works text, was read as note 3
    (its mark found at "(3" of the date under the title): a line that is a date is no note."""
    root = one(tmp_path, "works-peng-mao-1950-08-03-date-line-after-the-signature.txt")
    assert not list(root.find(f".//{T}text").iter(f"{T}note"))
    assert text(root.find(f".//{T}div/{T}head[@type='sub']")) == "(3 August 1950)"
    closer = root.find(f".//{T}div/{T}closer")
    assert lines(closer) == [("signed", "Peng Dehuai"), ("dateline", "3 August 1950, 24:00 hours")]


# --- 3. "the Presidium of the Central Committee": the whole phrase ---------------------------------

def test_presidium_of_the_central_committee_is_tagged_whole(tmp_path):
    """Only "Presidium" was tagged: the authority file has the whole phrase, a body named by its
    kind like "the Presidium", so the CPSU's only while it existed."""
    root = one(tmp_path, "cable-filippov-mao-1952-11-14-presidium-of-the-central-committee.txt")
    names = [(text(n), n.get("ref")) for n in root.find(f".//{T}text").iter(f"{T}orgName")]
    assert names == [("Presidium of the Central Committee", "#cpsu-presidium")] * 2


def test_presidium_of_the_central_committee_by_the_date():
    from tei.authority import Authority
    from tei.transforms.names.bodies import _of_another_party

    authority = Authority.load()
    ids = [getattr(authority.on(w).lookup("Presidium of the Central Committee"), "id", None)
           for w in ("1950-03-02", "1952-11-14", "1967-01-01")]
    assert ids == [None, "cpsu-presidium", None]
    presidium = authority.on("1956-12-04").lookup("Presidium")
    hwp = "Presidium of the Central Committee of the Hungarian Workers' Party"
    assert _of_another_party(authority, hwp, 0, len("Presidium of the Central Committee"), presidium)


# --- 4. a cable form's registry numbers are not the cable's -----------------------------------------

def test_registry_numbers_are_no_telegram_number(tmp_path):
    """"Decipherment No. 12/34", "Incoming No. 3318", "Outgoing No. 1/0117": the cipher office's
    registry numbers, lines of the form, not idnos; the cable's own number is its heading's."""
    root = one(tmp_path, "cable-krasovsky-shtemenko-1951-09-24-registry-numbers-of-the-cipher-office.txt")
    numbers = [i.text for i in root.iterfind(f".//{T}sourceDesc/{T}bibl/{T}idno[@type='telegram']")]
    assert numbers == ["4412"]
    opener = root.find(f".//{T}div/{T}opener")
    assert ("number", "Decipherment No. 12/34") in lines(opener)
    assert ("transmission", "From Beijing Incoming No. 3318") in lines(opener)
    assert lines(root.find(f".//{T}div/{T}closer"))[-1] == ("number", "Outgoing No. 1/0117")


# --- 5. an annotation between the address lines ----------------------------------------------------

def test_an_annotation_between_the_address_lines_stays_in_the_opener(tmp_path):
    """"[handwritten: Sent ...]" between "Beijing, Soviet Ambassador." and "For Mao Zedong." ended
    the opener, and the second address line became the first paragraph: the note stands in the
    opener where it is (TEI allows a note there)."""
    root = one(tmp_path, "cable-filippov-mao-1950-06-09-handwritten-note-between-the-address-lines.txt")
    opener = root.find(f".//{T}div/{T}opener")
    assert lines(opener) == [("classification", "Top Secret"), ("address", "Beijing, Soviet Ambassador."),
                             ("annotation", "handwritten: Sent 9.VI.50 at 4.30"), ("address", "For Mao Zedong.")]
    assert text(root.find(f".//{T}div/{T}p")).startswith("We agree")
    assert parties(root)["received"] == ["#mao"]
