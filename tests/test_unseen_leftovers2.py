"""What the session's helpers found and left: a cable's number before the date it was sent, a
name of three words, a title before an office, the Soviet foreign ministry's abbreviations, a
place named with its kind's word in lower case, a body of a body the file knew only in part, a
numbered point after the editor's note, an office as the title's recipient, a surname the title
misspells."""

from __future__ import annotations

from source_helpers import T, convert, text
from tei.messages import Report

MISSPELT = "cable-shtykov-vyshinskyy-1950-08-07-misspelt-recipient-cable-number-before-date-ongjin.txt"
OFFICE = "cable-shtykov-first-deputy-1951-09-17-office-as-recipient-political-bureau-of-the-wpk.txt"


def one(tmp_path, name, report=None):
    [root] = convert(tmp_path, name, report=report).values()
    return root


def body(root):
    return root.find(f".//{T}body")


def tagged(root, tag):
    return [(text(n), n.get("ref")) for n in body(root).iter(f"{T}{tag}")]


def received(root):
    return [n.get("ref") for n in root.find(f".//{T}correspAction[@type='received']") if n.get("ref")]


# --- 1. a cable's number before a date: "your 1813 July 21" --------------------------------

def test_a_cable_number_before_the_month_is_no_year(tmp_path):
    """"In reply to your 1813 July 21" in a cable of August 1950 was the date 1813-07-21: a year
    written before the month is read only where it is the telegram's year or the one before."""
    root = one(tmp_path, MISSPELT)
    dates = [(text(d), d.get("when")) for d in body(root).iter(f"{T}date")]
    assert ("July 21", "1950-07-21") in dates
    assert not any(w.startswith("1813") for _, w in dates)
    assert body(root).find(f"{T}div/{T}p").text.endswith("your 1813 ")  # (the cable's number, plain text)


# --- 2. and 3. three words one person; a title before an office no one -------------------------

def test_given_middle_and_surname_are_one_person_and_an_office_is_no_person(tmp_path):
    report = Report()
    root = one(tmp_path, OFFICE, report)
    persons = tagged(root, "persName")
    assert ("Harlan Bascom Tyler", "#unresolved-harlan-bascom-tyler") in persons
    assert not any(n in ("Harlan Bascom", "Tyler") for n, _ in persons)
    # "Comrade Prime Minister", "Comrade Chairman", "Comrade Ambassador": offices, not names
    assert not [m for m in report.messages if "Prime Minister" in str(m) or "Ambassador'" in str(m)]
    assert not any("Minister" in n or "Ambassador" in n for n, _ in persons)


# --- 4. "MFA USSR", "the MID" ------------------------------------------------------------------

def test_the_soviet_foreign_ministry_by_its_russian_abbreviations(tmp_path):
    orgs = tagged(one(tmp_path, MISSPELT), "orgName")
    assert ("MFA USSR", "#soviet-mfa") in orgs and ("MID", "#soviet-mfa") in orgs


# --- 5. "the Ongjin peninsula", "the Haeju area", "fired on Chaeryong" ---------------------------

def test_a_place_named_with_its_kind_in_lower_case(tmp_path):
    report = Report()
    root = one(tmp_path, MISSPELT, report)
    places = tagged(root, "placeName")
    assert ("Ongjin peninsula", "#ongjin") in places  # (now in the authority file, as Haeju is)
    assert places.count(("Haeju", "#haeju")) == 2  # ("the Haeju area", "near Haeju")
    said = [str(m) for m in report.messages if m.code == "unknown-place"]
    assert len(said) == 1 and "'Chaeryong' after 'on'" in said[0]


# --- 6. "The Political Bureau of the CC of the Workers' Party of Korea" --------------------------

def test_the_political_bureau_of_the_wpk_is_one_body_with_its_parts_inside(tmp_path):
    root = one(tmp_path, OFFICE)
    [first, *rest] = body(root).iter(f"{T}orgName")
    assert (text(first), first.get("ref")) == ("Political Bureau of the CC of the Workers' Party of Korea", "#wpk-politburo")
    assert [n.get("ref") for n in first.iter(f"{T}orgName")] == ["#wpk-politburo", "#wpk-cc", "#wpk"]
    assert ("Politburo", "#wpk-politburo") in tagged(root, "orgName")  # (the body the text named in full)


# --- 7. a point's number after the editor's note -------------------------------------------------

def test_a_numbered_point_after_a_bracketed_note_keeps_its_number(tmp_path):
    ps = body(one(tmp_path, MISSPELT)).findall(f".//{T}p")
    three = [p for p in ps if p.get("n") == "3"]
    assert len(three) == 1 and three[0][0].tag == f"{T}note"
    assert text(three[0]).startswith("Translator's note: the following paragraph") and " 3. " not in text(three[0])


# --- 8. an office as the title's recipient -------------------------------------------------------

def test_an_office_in_the_title_is_its_holder_at_the_date(tmp_path):
    """"to the USSR First Deputy Minister of Foreign Affairs" in 1951: Gromyko (1949-1952)."""
    report = Report()
    root = one(tmp_path, OFFICE, report)
    assert received(root) == ["#gromyko"]
    assert not [m for m in report.messages if "First Deputy" in str(m)]


# --- 9. a surname the title misspells ------------------------------------------------------------

def test_a_surname_misspelt_in_the_title_is_the_person_the_address_names(tmp_path):
    report = Report()
    root = one(tmp_path, MISSPELT, report)
    assert received(root) == ["#vyshinsky"]
    assert root.get("{http://www.w3.org/XML/1998/namespace}id").startswith("tg-1950-08-07-shtykov-vyshinsky-")
    [said] = [str(m) for m in report.messages if m.code == "misspelt-name"]
    assert "'Vyshinskyy'" in said and "'Vyshinsky'" in said


def test_one_letter_apart():
    from tei.transforms.correspondence import _one_letter_apart
    assert _one_letter_apart("vyshinskyy", "vyshinsky") and _one_letter_apart("vyshinsky", "vishinsky")
    assert _one_letter_apart("shtykov", "shtykova") and not _one_letter_apart("molotov", "molotova2")
    assert not _one_letter_apart("gromyko", "gromyko") and not _one_letter_apart("kovalev", "kovalyov")
