"""The session's last leftovers: a name one letter from a known person's (said, not linked), the
form's "To:"/"From:" lines whose given names the editor supplies in brackets, a surname alone and
the name in full of one provisional person, and dates in cable shorthand."""

from __future__ import annotations

from lxml import etree

from source_helpers import T, convert, convert_one, text
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
    assert text(to_line) == "To: Deputy Minister Karel ZEMANEK, URGENT"
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
    from tei.authority import Authority
    from tei.transforms.names.provisional import provisional_person

    class Doc:
        authority = Authority.load()

        def __init__(self):
            self.provisional = {}

        def warn(self, *args):
            pass

    doc = Doc()
    assert provisional_person(doc, "Jan Nowakowski", 1, "test").id == "unresolved-jan-nowakowski"
    assert provisional_person(doc, "Nowakowski", 2, "test").id == "unresolved-jan-nowakowski"
    doc = Doc()
    assert provisional_person(doc, "Nowakowski", 1, "test").id == "unresolved-nowakowski"
    assert provisional_person(doc, "Jan Nowakowski", 2, "test").id == "unresolved-nowakowski"
    # (two of that surname: neither)
    doc = Doc()
    provisional_person(doc, "Jan Nowakowski", 1, "test"), provisional_person(doc, "Adam Nowakowski", 1, "test")
    assert provisional_person(doc, "Nowakowski", 2, "test").id == "unresolved-nowakowski"
