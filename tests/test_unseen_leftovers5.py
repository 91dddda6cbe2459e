"""The session's last leftovers: a name one letter from a known person's (said, not linked), the
form's "To:"/"From:" lines whose given names the editor supplies in brackets, a surname alone and
the name in full of one provisional person, and dates in cable shorthand."""

from __future__ import annotations

from lxml import etree

from source_helpers import ProvisionalDoc, T, convert, convert_one, lines, text
from tei.messages import Report

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


# --- a name one letter from a known person's --------------------------------------------------------

MISSPELT = "wilson-shtykov-vyshinsky-1950-03-14-names-a-letter-from-known-ones.txt"


def test_a_provisional_name_one_letter_from_a_known_person_s_is_said_but_not_linked(tmp_path):
    """"Comrade Mikoian", "Comrade Gromiko": provisional persons still (a wrong link is worse than
    none), each with a warning at its line naming the entry it is likely to be and what to do; not
    "Comrade Kovalenko", whom no known name is near."""
    report = Report()
    [root] = convert(tmp_path, MISSPELT, report=report).values()
    refs = [(text(p), p.get("ref")) for p in root.find(f".//{T}body").iter(f"{T}persName")]
    assert ("Mikoian", "#unresolved-mikoian") in refs and ("Gromiko", "#unresolved-gromiko") in refs
    near = [m for m in report.messages if m.code == "near-name"]
    assert [(m.line, m.text.split("'")[1]) for m in near] == [(10, "Mikoian"), (11, "Gromiko")]
    assert "a name of Anastas Mikoyan ('mikoyan')" in near[0].text
    assert "add 'Mikoian' to mikoyan's variants in the authority file if it is he" in near[0].text
    assert MISSPELT in str(near[0])


def test_near_person_rules():
    """Same first letter, one letter inserted, left out, replaced or two swapped (two in names of
    twelve letters or more), one best candidate; never a name under seven letters."""
    from tei.authority import Authority

    authority = Authority.load()

    def near(name):
        found = authority.near_person(name)
        return found and found[0].id

    assert [near(n) for n in ("Mikoian", "MIKOIAN", "Shtikov", "Gromiko", "Zhou Enali", "Anastas Mikoian")] == [
        "mikoyan", "mikoyan", "shtykov", "gromyko", "zhou-enlai", "mikoyan"]
    # (a known form itself, a short name, another first letter, two letters off in a short name: none)
    assert [near(n) for n in ("Mikoyan", "Petrov", "Nikoian", "Mikoiann", "Kovalenko")] == [None] * 5
    assert near("Zhou Enlaiii") is None and near("Mao Tsetungg") == "mao"


# --- the form's "To:" and "From:" lines --------------------------------------------------------------

EMBASSY = "wilson-new-site-czechoslovak-embassy-cairo-1958-02-11-from-line-the-ambassador-in-brackets.txt"


def test_the_form_s_from_line_names_the_sender_and_the_embassy_is_his_body(tmp_path):
    """"From: [Ambassador Josef] HRUBES" under a title naming the embassy: one persName for the
    whole name, the editor's brackets his supplied words within it (the given name was tagged alone,
    the surname not), the person the sender and the embassy his body in the header's sent action
    (it was the sender); the "To:" line's person alike."""
    root = convert_one(tmp_path, EMBASSY)
    opener = root.find(f".//{T}body/{T}div/{T}opener")
    to_line, from_line = opener.findall(f"{T}seg[@type='address']")
    [name] = from_line.findall(f"{T}persName")
    assert name.get("ref") == "#unresolved-josef-hrubes" and text(name) == "Ambassador Josef HRUBES"
    assert (name[0].tag, name[0].get("resp"), name[0].text, name[0].tail) == (
        f"{T}supplied", "#source-editor", "Ambassador Josef", " HRUBES")
    assert text(to_line) == "To: Deputy Minister Karel ZEMANEK,"  # (its marking "URGENT" the next line)
    assert to_line.getnext().get("type") == "classification" and text(to_line.getnext()) == "URGENT"
    assert to_line.find(f"{T}persName").get("ref") == "#unresolved-karel-zemanek"
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert [(etree_name(c), c.get("ref")) for c in sent if etree_name(c) != "date"] == [
        ("persName", "#unresolved-josef-hrubes"), ("orgName", "#unresolved-czechoslovak-embassy-in-cairo")]
    assert root.get(XML_ID).startswith("tg-1958-02-11-josef-hrubes-karel-zemanek-")
    assert [p.get(XML_ID) for p in root.findall(f".//{T}standOff//{T}person")] == [
        "unresolved-josef-hrubes", "unresolved-karel-zemanek"]  # (no "Josef" alone)


def etree_name(el) -> str:
    return etree.QName(el).localname


# --- a surname alone and the name in full: one person -------------------------------------------------

SURNAMES = "wilson-new-site-hrubes-zemanek-1958-02-12-surnames-in-the-title-names-in-full-on-the-form.txt"


def test_a_surname_in_the_title_and_the_name_in_full_on_the_form_are_one_provisional_person(tmp_path):
    """"Telegram from Hrubes to Zemanek" and "To: [Deputy Minister Karel] ZEMANEK": one person,
    one id (there were two, "unresolved-zemanek" and "unresolved-karel-zemanek"), his full name a
    form of his entry; the text's "Zemanek" him too."""
    root = convert_one(tmp_path, SURNAMES)
    people = root.findall(f".//{T}standOff//{T}person")
    assert sorted(p.get(XML_ID) for p in people) == ["unresolved-hrubes", "unresolved-zemanek"]
    zemanek = next(p for p in people if p.get(XML_ID) == "unresolved-zemanek")
    assert [(n.get("type"), n.text) for n in zemanek.findall(f"{T}persName")] == [
        ("main", "Zemanek"), ("variant", "Karel Zemanek")]
    refs = {p.get("ref") for p in root.find(f".//{T}body").iter(f"{T}persName")}
    assert refs == {"#unresolved-hrubes", "#unresolved-zemanek"}


def test_provisional_surname_and_full_name_either_order():
    from tei.transforms.names.provisional import provisional_person

    doc = ProvisionalDoc()
    assert provisional_person(doc, "Jan Nowakowski", 1, "test").id == "unresolved-jan-nowakowski"
    assert provisional_person(doc, "Nowakowski", 2, "test").id == "unresolved-jan-nowakowski"
    doc = ProvisionalDoc()
    assert provisional_person(doc, "Nowakowski", 1, "test").id == "unresolved-nowakowski"
    assert provisional_person(doc, "Jan Nowakowski", 2, "test").id == "unresolved-nowakowski"
    # (two of that surname: neither)
    doc = ProvisionalDoc()
    provisional_person(doc, "Jan Nowakowski", 1, "test"), provisional_person(doc, "Adam Nowakowski", 1, "test")
    assert provisional_person(doc, "Nowakowski", 2, "test").id == "unresolved-nowakowski"


# --- dates in cable shorthand ------------------------------------------------------------------------

SHORTHAND = "wilson-roshchin-vyshinsky-1950-03-24-days-in-cable-shorthand-instant-and-may.txt"


def test_days_in_words_with_instant_a_paper_s_day_before_its_verb_and_a_day_that_may_come(tmp_path):
    """In a cable of 24 March 1950: "on the twelfth instant" 12 March (a day in words was no date);
    "Local press 14th reports" the paper of 14 March (no date without "of the"); "may continue from
    the 6th" 6 April, a day to come (it was 6 March, past, as "will continue from" is not)."""
    root = convert_one(tmp_path, SHORTHAND)
    found = [(text(d), d.get("when") or (d.get("from"), d.get("to"))) for d in root.find(f".//{T}body").iter(f"{T}date")]
    assert found[:4] == [("the twelfth instant", "1950-03-12"), ("14th", "1950-03-14"), ("the 6th", "1950-04-06"),
                         ("the 2nd to the 5th of this month", ("1950-03-02", "1950-03-05"))]


def test_day_forms_alone():
    from tei.dates import find_dates

    def read(sentence):
        return [(sentence[f.start:f.end], f.value.when) for f in find_dates(sentence, "1950-03-24")]

    assert read("your letter of the twenty-first ultimo") == [("the twenty-first ultimo", "1950-02-21")]
    assert read("on the twelfth of this month") == [("the twelfth of this month", "1950-03-12")]
    assert read("Pravda 28th writes that") == [("28th", "1950-02-28")]  # (a paper out: past, last month's 28th)
    # (not a unit's number, nor a day in words alone, nor after "the")
    assert read("The 8th Army reports heavy fighting") == [] and read("on the twelfth") == [] \
        and read("the 14th reports") == []
    # the tense: "may have continued" is done, "continued" too
    assert read("it may have continued from the 6th") == [("the 6th", "1950-03-06")]
    assert read("it continued from the 6th") == [("the 6th", "1950-03-06")]


# --- an office then a surname alone, the signature -----------------------------------------------------

OFFICE_FIRST = "wilson-new-site-bagirov-molotov-1946-05-03-office-then-surname-signature.txt"


def test_an_office_then_the_surname_the_title_names_is_the_signature(tmp_path):
    """"Secretary of the Tsekapart of Azerbaijan Bagirov" over the date: the signature (it was a
    paragraph: an office before a name was read as one only before initials, "Marshal of the
    Soviet Union A. Vasilevsky"), its name the sender the title names."""
    root = convert_one(tmp_path, OFFICE_FIRST)
    div = root.find(f".//{T}body/{T}div")
    assert [etree_name(c) for c in div] == ["opener", "p", "p", "closer"]
    signed = div.find(f"{T}closer/{T}signed")
    assert text(signed) == "Secretary of the Tsekapart of Azerbaijan Bagirov"
    assert signed.find(f"{T}persName").get("ref") == "#bagirov"  # (the authority file's since sweep 34)


def test_an_office_then_a_word_that_is_no_one_s_name_is_no_signature():
    from types import SimpleNamespace

    from tei.authority import Authority
    from tei.transforms import Document
    from tei.transforms.structure.known import _signs

    doc = Document(raw=SimpleNamespace(title="Telegram from the Central Committee to Bagirov"), authority=Authority.load(),
                   report=Report())
    assert _signs(doc, "Secretary of the Tsekapart of Azerbaijan Bagirov")
    assert _signs(doc, "Minister of Foreign Affairs Gromyko")  # (a known person, whom the title need not name)
    assert not _signs(doc, "Secretary of the Central Committee")
    assert not _signs(doc, "Secretary of the Tsekapart of Azerbaijan Ivanov")  # (not named, not known)


# --- a record headed by the cable's form, number and place --------------------------------------------

HEADED = "wilson-new-site-sadchikov-molotov-1946-05-10-headed-cable-number-from-a-place.txt"


def test_a_cable_headed_by_its_number_and_place_is_read_its_signer_the_sender(tmp_path):
    """"Cable Nº 123 from Tehran" over "To Cde. Molotov" ... "SADCHIKOV": read (it was refused with
    the message for any title), the signer the file lacks the sender, provisional, Tehran the place
    of sending the title gives."""
    root = convert_one(tmp_path, HEADED)
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert [(etree_name(c), c.get("ref")) for c in sent if etree_name(c) != "date"] == [
        ("persName", "#unresolved-sadchikov"), ("placeName", "#tehran")]
    assert root.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#molotov"


def test_a_cable_headed_by_its_place_that_no_one_signs_is_refused_saying_what_is_missing(tmp_path):
    """The same record without the signature: refused (no sender), the message saying the title
    names only where the cable came from and no signature is under the text."""
    from source_helpers import SOURCES, refused

    page = (SOURCES / HEADED).read_text(encoding="utf-8").replace("SADCHIKOV\n", "")
    errors, _ = refused(tmp_path, page)
    assert [m.code for m in errors] == ["no-parties"]
    assert "the title names only the place it came from, Tehran, and no signature is under the text" in errors[0].text


# --- an embassy's cable to a ministry and a person, the embassy signing ---------------------------------

EMBASSY_SIGNS = "wilson-new-site-chinese-embassy-poland-1957-03-18-address-to-a-ministry-and-a-person-embassy-signs.txt"


def test_an_address_to_a_ministry_and_a_person_and_the_embassy_signing(tmp_path):
    """"To the Ministry of Foreign Affairs and Premier Zhou [Enlai]:": both received it, the ministry
    (which the file lacks) provisional and first, as written (the person only was); "[Chinese] Embassy
    in Poland", the last line, the closer's signature (it was a paragraph), the sender's orgName
    with the editor's word his supplied one."""
    root = convert_one(tmp_path, EMBASSY_SIGNS)
    received = root.find(f".//{T}correspAction[@type='received']")
    assert [(etree_name(c), c.get("ref")) for c in received] == [
        ("orgName", "#unresolved-ministry-of-foreign-affairs-of-china"), ("persName", "#zhou-enlai")]  # (the embassy's: leftovers8)
    div = root.find(f".//{T}body/{T}div")
    assert [etree_name(c) for c in div][-2:] == ["p", "closer"] and text(div.findall(f"{T}p")[-1]) == "Please instruct."
    assert lines(div.find(f"{T}closer")) == [("signed", "Chinese Embassy in Poland"), ("dateline", "18 March 1957")]
    name = div.find(f"{T}closer/{T}signed/{T}orgName")
    assert name.get("ref") == "#unresolved-chinese-embassy-in-poland" == \
        root.find(f".//{T}correspAction[@type='sent']/{T}orgName").get("ref")
    assert (name[0].tag, name[0].text) == (f"{T}supplied", "Chinese")


def test_a_body_before_a_person_only_where_the_address_names_both():
    from tei.transforms.correspondence import BODY_AND_PERSON

    def body(line):
        m = BODY_AND_PERSON.match(line)
        return m and m.group("body")

    assert body("To the Ministry of Foreign Affairs and Comrade [Li] Fuchun:") == "Ministry of Foreign Affairs"
    assert body("To the Central Committee and Chairman Mao:") == "Central Committee"
    assert body("To the Ministry of Foreign Affairs:") is None and body("To the Ministry and the Embassy:") is None
