"""What the last stop left: a cable form's name on its own line, a signature printed with another
apostrophe than the title's, the cipher clerks' verbs and the offices and ranks said once for every
pattern, a citation printed in capitals shown in title case, and persons the authority file lacked
(Choibalsan, Bedell Smith, Trygve Lie, Kim Chaek, Kang Kon, Mu Chong, Zápotocký, Cyrankiewicz,
Paasikivi)."""

from __future__ import annotations

import re

from lxml import etree

from source_helpers import SOURCES, T, convert, convert_one, lines, text
from tei.messages import Report

SAVELYEV = "wilson-savelyev-vyshinsky-1949-12-03-form-name-on-its-line-curly-apostrophe.txt"
TUNKIN = "wilson-tunkin-vyshinsky-1949-10-04-charge-d-affaires-clerks-verified-issued.txt"
CAPITALS = "cable-roshchin-vyshinsky-1950-02-21-page-in-capitals-archive-abbreviation.txt"
KOREANS = "cable-shtykov-vyshinsky-1950-08-24-korean-commanders-and-un-secretary-general.txt"
GREETINGS = "works-stalin-web-page-of-greetings-to-heads-of-government-1950.txt"


def names(root, tag="persName"):
    return [(text(n), n.get("ref")) for n in root.find(f"{T}text").iter(f"{T}{tag}")]


# --- 1. the form's name ----------------------------------------------------------------------------

def test_a_cable_forms_name_on_its_line_is_its_form_not_a_classification(tmp_path):
    """"Ciphered Telegram." over "Strictly Secret" was typed a classification: it names the kind
    of document (TEI's form), as "COPY OF AN OUTGOING TELEGRAM" does; "BY CIPHER", how it goes,
    and "TOP SECRET" stay markings of secrecy and handling."""
    from tei.transforms.structure.lines import cable_line

    root = convert_one(tmp_path, SAVELYEV)
    assert lines(root.find(f".//{T}opener"))[:3] == [
        ("form", "Ciphered Telegram."), ("classification", "Strictly Secret"), ("classification", "Copy No. 4")]
    for line in ("Ciphered Telegram.", "Cipher telegram", "Coded telegram", "Enciphered telegram", "CIPHERED TELEGRAM",
                 "COPY OF AN OUTGOING TELEGRAM", "Incoming ciphered telegram", "Radiogram"):
        assert cable_line(line) == "form", line
    for line in ("BY CIPHER", "by telegraph", "TOP SECRET", "COPY OF AN OUTGOING TELEGRAM      TOP SECRET"):
        assert cable_line(line) == "classification", line
    assert cable_line("CIPHERED TELEGRAM No. 25512") == "number"


# --- 2. a name printed with another apostrophe ---------------------------------------------------

def test_a_signature_with_a_curly_apostrophe_is_the_person_the_title_names(tmp_path):
    """"SAVEL’YEV" under the text, "Savel'yev" in the title: one person (the signature was left
    untagged); the document's and the entry's ids are what they were (the slug keeps "'" as "-")."""
    report = Report()
    [(key, root)] = convert(tmp_path, SAVELYEV, report=report).items()
    assert key == "tg-1949-12-03-savel-yev-soviet-mfa-wilson-center"
    signed = root.find(f".//{T}closer/{T}signed/{T}persName")
    assert (signed.text, signed.get("ref")) == ("SAVEL’YEV", "#unresolved-savel-yev")
    assert root.find(f".//{T}author").get("ref") == "#unresolved-savel-yev"
    assert [m.code for m in report.messages] == ["unresolved-name"]
    # every apostrophe a transliteration prints: ' ’ ‘ ` ´ and the modifier letters ʹ ʼ
    from tei.authority import any_apostrophe, normalize

    assert len({normalize(f"Savel{a}yev") for a in "'’‘`´ʹʼ"}) == 1
    assert all(re.fullmatch(any_apostrophe("Savel'yev"), f"Savel{a}yev") for a in "'’‘`´ʹʼ")


def test_a_name_with_the_modifier_prime_is_the_provisional_person_of_the_title(tmp_path):
    """"Comrade Savelʹyev" (U+02B9, the soft sign's prime) in a text whose title names
    "Savel’yev": the same provisional person (it was cut at the prime and reported as "Savel"), its
    id the one every apostrophe gives."""
    from tei.convert import convert_sources

    page = (SOURCES / SAVELYEV).read_text(encoding="utf-8")
    page = page.replace("from Savel'yev in Urumchi", "from Savel’yev in Urumchi").replace(
        "I ask your instructions.", "Comrade Savelʹyev will report on the talks in person. I ask your instructions.")
    source = tmp_path / "page.txt"
    source.write_text(page, encoding="utf-8")
    report = Report()
    convert_sources([source], tmp_path / "out", report=report)
    [root] = [etree.parse(str(p)).getroot() for p in (tmp_path / "out").glob("*.xml")]
    assert ("Savelʹyev", "#unresolved-savel-yev") in names(root) and ("SAVEL’YEV", "#unresolved-savel-yev") in names(root)
    assert [m.code for m in report.messages] == ["unresolved-name"]


# --- 3. the cipher clerks' verbs ---------------------------------------------------------------------

def test_a_clerk_who_verified_or_issued_the_cable_is_no_person_of_the_edition(tmp_path):
    """"Verified by Kovalev", "Deciphered by Lt. Orlov": the clerk's line was read as one (its
    verbs were the line's), but his surname was linked to Ivan Kovalev and Andrei Orlov (the
    pattern that keeps it untagged knew neither "verified" nor "Lt.")."""
    from tei.transforms.names.patterns import CLERK
    from tei.transforms.structure.lines import CLERK_LINE

    root = convert_one(tmp_path, TUNKIN)
    closer = root.find(f".//{T}closer")
    clerks = [s for s in closer.iter(f"{T}seg") if re.match(r"(?:Deciphered|Verified|Issued) by", text(s))]
    assert [text(s) for s in clerks] == ["Deciphered by Lt. Orlov 4.X.49 22.40", "Verified by Kovalev",
                                         "Issued by Nekipelov Authenticated by: illegible signature"]
    assert not [n for s in clerks for n in s.iter(f"{T}persName")]
    for before in ("Issued by ", "Authenticated by: ", "Verified by Shift Chief ", "Typed by Junior Lieutenant "):
        assert CLERK.search(before) and CLERK_LINE.match(before + "Petrov"), before


# --- 4. the offices and ranks ----------------------------------------------------------------------

def test_every_pattern_knows_the_offices_and_ranks_the_others_knew(tmp_path):
    """"TUNKIN" / "Chargé d'Affaires of the USSR in the DPRK": the signature and its office
    (both were paragraphs: the office under a name knew "Ambassador", not "Chargé"); and each
    pattern's words are the one vocabulary's: "Prime Minister" under a name (only "Premier" and
    "Minister"), "Senior Lieutenant", "Rear Admiral V. Petrov", a title's "Consul General ...,
    Comrade X", FRUS's "The Head of the Soviet Delegation (Malik)"."""
    from tei.transforms.correspondence import OFFICE_AND_NAME, OFFICE_WORD
    from tei.transforms.names.patterns import OFFICE_WORDS
    from tei.transforms.structure.lines import RANK_BEFORE, office_line

    root = convert_one(tmp_path, TUNKIN)
    closer = root.find(f".//{T}closer")
    signed = closer.find(f"{T}signed")
    assert signed.find(f"{T}persName").text == "TUNKIN" and signed.find(f"{T}lb").tail == "Chargé d'Affaires of the "
    assert not [p for p in root.iter(f"{T}p") if "TUNKIN" in text(p) or "Chargé" in text(p)]
    assert office_line("Prime Minister of the Czechoslovak Republic") and office_line("Senior Lieutenant")
    assert RANK_BEFORE.match("Rear Admiral V. Petrov").group("name") == "V. Petrov"
    assert OFFICE_AND_NAME.match("the Consul General of the USSR in Mukden, Comrade Ivanov").group("name") == "Ivanov"
    assert OFFICE_WORD.search("The Head of the Soviet Delegation")
    assert {"chargé", "attaché", "sergeant", "member", "officer"} <= OFFICE_WORDS


# --- 5. a citation printed in capitals ---------------------------------------------------------------

def test_a_citation_printed_in_capitals_is_shown_in_title_case(tmp_path):
    """The HTML's "Citation of the source" showed "CIPHERED TELEGRAM, ROSHCHIN TO VYSHINSKY,"
    ... as printed, where the other cited titles are in title case: the TEI keeps the printed
    form and gives the title case beside it (choice: orig, reg), its archive's abbreviation in
    capitals ("AVP RF", as the authority file writes it)."""
    from lxml import html as lxml_html

    from tei.html import render_site
    from tei.validate import run

    tei = tmp_path / "tei"
    [(key, root)] = convert(tei, CAPITALS).items()
    note = root.find(f".//{T}sourceDesc/{T}bibl/{T}note[@type='citation']")
    printed = note.findtext(f"{T}choice/{T}orig")
    cited = note.findtext(f"{T}choice/{T}reg")
    assert printed.startswith('"CIPHERED TELEGRAM, ROSHCHIN TO VYSHINSKY," FEBRUARY 21, 1950, HISTORY AND PUBLIC')
    assert cited == ('"Ciphered Telegram, Roshchin to Vyshinsky," February 21, 1950, History and Public Policy Program '
                     'Digital Archive, AVP RF, Fond 07, Opis 23a, Papka 18, Delo 235, List 12. Translated by Sergey Radchenko.')
    assert note.find(f"{T}choice/{T}reg").get("resp") == "#encoder"
    assert run([tei]).ok
    assert render_site(tei, tmp_path / "site", Report(), search=False, workers=1).ok
    page = lxml_html.parse(str(tmp_path / "site" / f"{key}.html")).getroot()
    rows = {" ".join(dt.text_content().split()): " ".join(dt.getnext().text_content().split()) for dt in page.iter("dt")}
    # (its straight quotation marks typeset as the page's own)
    assert rows["Citation of the source"] == cited.replace('"Ciphered', "“Ciphered").replace('Vyshinsky,"', "Vyshinsky,”")


# --- 6. persons the authority file lacked ------------------------------------------------------------

def test_the_korean_commanders_the_un_secretary_general_and_bedell_smith_are_known(tmp_path):
    report = Report()
    [root] = convert(tmp_path, KOREANS, report=report).values()
    found = names(root)
    for name, ref in (("Kim Chaek", "#kim-chaek"), ("Kang Kon", "#kang-kon"), ("Mu Chong", "#mu-chong"),
                      ("Trygve Lie", "#trygve-lie"), ("Walter Bedell Smith", "#bedell-smith")):
        assert (name, ref) in found, name
    assert not [m for m in report.messages if m.code == "unresolved-name"]
    person = root.find(f".//{T}standOff//{T}person[@{{http://www.w3.org/XML/1998/namespace}}id='kim-chaek']")
    assert person is not None and person.get("cert") is None and "Korean" in text(person.find(f"{T}note"))


def test_the_heads_of_government_greeted_are_known(tmp_path):
    """"... Republic - Marshal Tshoibalsan", "... Republic Antonin Zapotocky", "..., Jozef
    Cyrankiewicz": the holders the titles name are the authority file's (they were provisional)."""
    report = Report()
    docs = convert(tmp_path, GREETINGS, report=report)
    assert sorted(docs) == ["tg-1950-02-08-stalin-choibalsan-stalin-works", "tg-1950-05-09-stalin-zapotocky-stalin-works",
                            "tg-1950-07-22-stalin-cyrankiewicz-stalin-works"]
    received = {k: d.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") for k, d in docs.items()}
    assert sorted(received.values()) == ["#choibalsan", "#cyrankiewicz", "#zapotocky"]
    assert ("Choibalsan", "#choibalsan") in names(docs["tg-1950-02-08-stalin-choibalsan-stalin-works"])
    assert not [m for m in report.messages if m.code == "unresolved-name"]
    # (Paasikivi, whom a page of replies names in the editor's title)
    [reply] = [d for k, d in convert(tmp_path / "replies", "works-web-stalin-1951-06-reply-in-editors-brackets.txt").items()
               if k.startswith("tg-1951-06-09-")]
    assert reply.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#paasikivi"
