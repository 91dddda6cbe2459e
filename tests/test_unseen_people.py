"""People, places and dates of unseen telegrams: namesakes told apart by the telegram's date,
places and bodies the authority file lacks, approximate dates in the order of the telegrams.

Each test converts a source of tests/sources written for it (source_helpers.convert).
"""

from __future__ import annotations

from tei.authority import Authority

from source_helpers import T, convert, text


def _names(root, tag: str = "persName") -> list[tuple[str, str]]:
    """(text, ref) of the names of a kind tagged in the text."""
    return [(text(n), n.get("ref")) for n in root.find(f"{T}text").iter(T + tag)]


def test_a_family_name_alone_is_the_namesake_active_at_the_telegrams_date(tmp_path):
    """"Comrade Kuznetsov" in a cable of April 1953 is V. V. Kuznetsov, the ambassador in
    Beijing from that spring (it was F. F. Kuznetsov, the intelligence chief of the 1949
    cables): the authority file gives both their years of activity."""
    [root] = convert(tmp_path, "cable-zhou-molotov-1953-04-09-family-name-alone-by-the-date.txt").values()
    assert [r for n, r in _names(root) if n == "Kuznetsov"] == ["#vasily-kuznetsov", "#vasily-kuznetsov"]
    assert root.find(f".//{T}standOff//{T}person[@{{http://www.w3.org/XML/1998/namespace}}id='kuznetsov']") is None
    floruit = root.find(f".//{T}standOff//{T}person/{T}floruit")
    assert (floruit.get("from"), floruit.get("to")) == ("1953-03", "1977")


def test_the_date_decides_only_between_namesakes_and_only_where_it_can():
    """The authority file read for a text: the form two entries share is the one the text names
    in full, else the one active at its date, else (both active, or no date) the first entry,
    as before; a form of one entry is that entry whatever the date."""
    authority = Authority.load()
    assert authority.lookup("Kuznetsov").id == "kuznetsov"
    assert authority.on("1953-04-09").lookup("Comrade Kuznetsov").id == "vasily-kuznetsov"
    assert authority.on("1953").lookup("Kuznetsov").id == "vasily-kuznetsov"
    assert authority.on("1947-05").lookup("Kuznetsov").id == "kuznetsov"
    assert authority.on("1949-01-14").lookup("Kuznetsov").id == "kuznetsov"  # both active: the first
    assert authority.on("").lookup("Kuznetsov").id == "kuznetsov"
    assert authority.on("1949-11-23", "the delegation of V. V. Kuznetsov").lookup("Kuznetsov").id == "vasily-kuznetsov"
    assert authority.on("1953-04-09", "Fyodor Kuznetsov and Kuznetsov").lookup("Kuznetsov").id == "kuznetsov"
    assert authority.on("1953-04-09").lookup("Mikoyan").id == "mikoyan"


def test_initials_neither_namesake_has_still_make_another_person(tmp_path):
    """"Comrade N. G. Kuznetsov" (the naval minister) in 1952 is neither F. F. nor V. V.
    Kuznetsov, the one the date would choose: a provisional person, as before."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "record.txt").write_text(
        "Cable, Zakharov to Filippov [Stalin]\nFebruary 12, 1952\n\nCitation:\n\n\"Cable, Zakharov to Filippov "
        "[Stalin],\" February 12, 1952, History and Public Policy Program Digital Archive, APRF, F. 45, Op. 1, D. 343, "
        "L. 12. Translated by Gary Goldberg.\nhttps://digitalarchive.wilsoncenter.org/document/990212\n\nContents:\n\n"
        "English Translation\n\nTo Comrade Filippov.\n\nThe naval minister, Comrade N. G. Kuznetsov, has been informed "
        "of the request of the Chinese comrades for torpedo boats.\n\nZAKHAROV\n\n12.II.52\n", encoding="utf-8")
    [root] = convert_dir(tmp_path, src)
    assert ("N. G. Kuznetsov", "#unresolved-n-g-kuznetsov") in _names(root)


def convert_dir(tmp_path, src) -> list:
    from tei.convert import convert_sources
    from tei.messages import Report
    from lxml import etree

    report = Report()
    convert_sources([src], tmp_path / "out", report=report)
    assert not report.count("error"), [str(m) for m in report.messages]
    return [etree.parse(str(p)).getroot() for p in sorted((tmp_path / "out").glob("*.xml"))]


def test_a_place_or_body_the_words_around_it_name_is_a_provisional_entry(tmp_path):
    """"the Tumen River", "the town of Namyang", "the Hungarian Workers' Party", "the Anshan
    steel works": a place or body the authority file lacks, named with its kind's word, is
    tagged and linked to a provisional entry (cert="low", reported) as a person is (they were
    untagged); "the Central Committee of the Communist Party" (whose?) stays untagged."""
    from tei.messages import Report

    report = Report()
    [root] = convert(tmp_path, "telegram-shtykov-vyshinsky-1950-08-26-unknown-river-town-and-party.md",
                     report=report).values()
    assert ("Tumen River", "#unresolved-tumen-river") in _names(root, "placeName")
    assert ("Namyang", "#unresolved-namyang") in _names(root, "placeName")
    assert ("Hungarian Workers' Party", "#unresolved-hungarian-workers-party") in _names(root, "orgName")
    assert ("Anshan steel works", "#unresolved-anshan-steel-works") in _names(root, "orgName")
    assert ("Anshan", "#anshan") in _names(root, "placeName")  # the known place inside the body's name
    assert not [n for n, _ in _names(root, "orgName") if "Communist" in n]
    standoff = root.find(f"{T}standOff")
    river = standoff.find(f".//{T}place[@{{http://www.w3.org/XML/1998/namespace}}id='unresolved-tumen-river']")
    assert (river.get("type"), river.get("cert")) == ("river", "low")
    assert river.find(f"{T}note[@type='unresolved']") is not None
    town = standoff.find(f".//{T}place[@{{http://www.w3.org/XML/1998/namespace}}id='unresolved-namyang']")
    party = standoff.find(f".//{T}org[@{{http://www.w3.org/XML/1998/namespace}}id='unresolved-hungarian-workers-party']")
    assert (town.get("type"), party.get("type")) == ("city", "party")
    warned = [str(m) for m in report.messages if "unresolved-name" in str(m)]
    assert any("unknown place 'Tumen River'" in m for m in warned)
    assert any("unknown organisation 'Hungarian Workers' Party'" in m for m in warned)


def test_only_a_proper_name_with_its_kinds_word_is_taken_for_a_place_or_body():
    """What the patterns leave: an adjective of a people ("the Soviet steel works", "the Red
    River"), words that begin a sentence ("In Liaoning Province": Liaoning Province), a party
    of generic words ("the Communist Party"), a name going on ("the Soviet River Fleet"), and a
    known place ("the Yalu River", "the town of Kaesong")."""
    from lxml import etree

    from tei.authority import Authority
    from tei.sources.model import Publication, RawTelegram
    from tei.transforms import Document
    from tei.transforms.names.places import _unknown_places_and_bodies
    from tei.messages import Report

    raw = RawTelegram("probe.txt", "wilson-text", 1, 1, Publication("archive-record"))
    doc = Document(raw=raw, authority=Authority.load(), report=Report())
    el = etree.Element(f"{T}p")
    _unknown_places_and_bodies(doc, el, "In Liaoning Province the Soviet steel works, the Red River, the Communist "
                                        "Party, the Soviet River Fleet, the Yalu River and the town of Kaesong.")
    assert sorted(e.main for e in doc.provisional.values()) == ["Liaoning Province"]


def test_a_body_the_authority_file_lacks_as_a_correspondent_is_a_provisional_organisation(tmp_path):
    """"Telegram of Mao Zedong to the Central Committee of the Mongolian People's Revolutionary
    Party": the recipient is a body (it was a provisional person, "the Central Committee of
    ..." with its article), linked as an orgName; the party inside its name is not reported
    again as a body of its own."""
    from tei.messages import Report

    report = Report()
    [root] = convert(tmp_path, "works-mao-mprp-1951-07-11-body-as-recipient.txt", report=report).values()
    body = "unresolved-central-committee-of-the-mongolian-people-s-revolutionary-party"
    received = root.find(f".//{T}correspAction[@type='received']")
    assert [(c.tag, c.get("ref"), text(c)) for c in received] == [
        (f"{T}orgName", "#" + body, "Central Committee of the Mongolian People's Revolutionary Party")]
    org = root.find(f"{T}standOff//{T}org[@{{http://www.w3.org/XML/1998/namespace}}id='{body}']")
    assert (org.get("type"), org.get("cert")) == ("party-organ", "low")
    assert ("Tsedenbal", "#tsedenbal") in _names(root)  # (the authority file knows him)
    assert not [m for m in report.messages if "'Mongolian People's Revolutionary Party'" in str(m)]


def test_a_telegram_dated_to_a_month_or_part_of_one_stands_after_the_days_it_may_be(tmp_path):
    """"mid-September 1952" (11-20), "late September 1952" (21-30), "[September 1952]": the
    sent date's TEI says the days (@notBefore, @notAfter, cert="low"; the month keeps @when),
    and each stands after the telegrams of the days it may be, in the exchange's previous and
    next, in the HTML catalogue and in the print volume (all stood before the month's dated
    telegrams, "1952-09" before "1952-09-04"); the title says the part of the month."""
    from tei.html.catalogue import Catalogue, CatalogueEntry
    from tei.readings import doc_date

    docs = convert(tmp_path, "compilation-1995-approximate-dates-in-one-month.txt")
    titled = {root.findtext(f".//{T}title[@type='main']").split(", ")[-1]: (stem, root) for stem, root in docs.items()}
    assert set(titled) == {"4 September 1952", "mid-September 1952", "27 September 1952", "late September 1952",
                           "September 1952"}
    sent = {t: dict(root.find(f".//{T}correspAction[@type='sent']/{T}date").attrib) for t, (_, root) in titled.items()}
    assert sent["mid-September 1952"] == {"notBefore": "1952-09-11", "notAfter": "1952-09-20", "cert": "low"}
    assert sent["late September 1952"] == {"notBefore": "1952-09-21", "notAfter": "1952-09-30", "cert": "low"}
    assert sent["September 1952"] == {"when": "1952-09"}
    assert doc_date(titled["late September 1952"][1]) == "1952-09"  # shown as the month
    order = ["4 September 1952", "mid-September 1952", "27 September 1952", "late September 1952", "September 1952"]
    for before, after in zip(order, order[1:]):
        (a, root_a), (b, root_b) = titled[before], titled[after]
        assert root_a.find(f".//{T}ref[@type='next']").get("target") == b + ".xml"
        assert root_b.find(f".//{T}ref[@type='prev']").get("target") == a + ".xml"
    catalogue = Catalogue(CatalogueEntry.of(root, stem + ".xml") for stem, root in docs.items())
    assert catalogue.order == [titled[t][0] for t in order]
    import re

    from tei.messages import Report
    from tei.pdf.render import typst_source
    from tei.pdf.volume import load

    typst = typst_source(load(sorted(tmp_path.glob("*.xml")), Report()), "a5", False)
    assert re.findall(r'#telegram\(no: \d+, key: "([^"]+)"', typst) == [titled[t][0] for t in order]


def test_korean_names_without_hyphens_and_initials_after_a_comma(tmp_path):
    """"Kim Sok", "Kang Mun", "Mu Song": a Korean family name and a one-syllable given name
    is a person's name (they were untagged and unreported; "Mu Song" was taken for pinyin);
    "To Comrade Vyshinsky, A. Ya.": the initials after the comma are his name's (they were
    left out of it)."""
    from tei.messages import Report

    report = Report()
    [root] = convert(tmp_path, "telegram-shtykov-vyshinsky-1950-07-03-korean-names-without-hyphens.md",
                     report=report).values()
    names = _names(root)
    for name in ("Kim Sok", "Kang Mun", "Mu Song"):
        assert (name, "#unresolved-" + name.lower().replace(" ", "-")) in names
    assert ("Vyshinsky, A. Ya.", "#vyshinsky") in names
    assert ("Choe Yong-gon", "#choe-yong-gon") in names and ("Pak Il-u", "#pak-il-u") in names
    assert any("'Mu Song' (a Korean personal name)" in str(m) for m in report.messages)


def test_a_pseudonym_the_text_explains_in_brackets(tmp_path):
    """"Comrade Andreev (Mikoyan)": the name the text explains by a known person's is his
    pseudonym (it was a provisional person "Andreev"); "Comrade Feng Xi (Stalin)" as before."""
    [root] = convert(tmp_path, "cable-terebin-kuznetsov-1949-01-22-pseudonyms-explained-in-the-text.txt").values()
    pseudonyms = [(text(n), n.get("ref")) for n in root.find(f"{T}text").iter(f"{T}persName") if n.get("type") == "pseudonym"]
    assert ("Andreev", "#mikoyan") in pseudonyms and ("Feng Xi", "#stalin") in pseudonyms
    assert not [r for _, r in _names(root) if r.startswith("#unresolved")]


def test_wade_giles_names_and_a_day_with_a_roman_month_without_its_stop(tmp_path):
    """A message of Chou En-lai in Wade-Giles ("Li Fu-chun", "Yeh Chi-chuang", "Kao Kang",
    "Nieh Jung-chen", "Hsinhua", "Manchouli"), each linked; "until 20.II to conclude": a date,
    the year the telegram's (it was text: the roman month needed its stop)."""
    [root] = convert(tmp_path, "cable-roshchin-filippov-1950-02-16-wade-giles-names-roman-month-without-stop.txt").values()
    names = _names(root)
    assert {("Li Fu-chun", "#li-fuchun"), ("Yeh Chi-chuang", "#ye-jizhuang"), ("Kao Kang", "#gao-gang"),
            ("Nieh Jung-chen", "#nie-rongzhen"), ("Chou En-lai", "#zhou-enlai")} <= set(names)
    dates = {text(d): d.get("when") for d in root.find(f"{T}text").iter(f"{T}date")}
    assert dates["20.II"] == "1950-02-20" and dates["the 14th"] == "1950-02-14"


def test_a_day_after_telegram_of_and_the_political_bureau_of_the_cc_ccp(tmp_path):
    """"After their telegram of the 14th the Political Bureau of the CC CCP ...": the day is a
    date whatever follows (it was text: "the" was not among the words after a day), the body
    the CCP's Politburo (only "CC CCP" was tagged)."""
    [root] = convert(tmp_path, "works-mao-filippov-1950-10-18-day-after-telegram-of-political-bureau.txt").values()
    dates = {text(d): d.get("when") for d in root.find(f"{T}text").iter(f"{T}date")}
    assert dates["the 14th"] == "1950-10-14"
    assert ("Political Bureau of the CC CCP", "#ccp-politburo") in _names(root, "orgName")


def test_a_heading_in_capitals_dated_approximately_in_brackets(tmp_path):
    """"3. KIM IL SUNG AND PAK HON-YONG TO J. V. STALIN (Letter, c. mid-October 1950)": a
    heading (it was a paragraph of the telegram above, which then took Kim Il Sung's signature:
    "Matveev to Fyn Si" was sent by Kim Il Sung); the letter dated to the middle of the month."""
    docs = convert(tmp_path, "compilation-1966-parties-in-capitals-approximate-date-in-brackets.txt")
    assert sorted(docs) == ["tg-1950-10-08-stalin-kim-il-sung-korean-war-1966", "tg-1950-10-10-zakharov-stalin-korean-war-1966",
                            "tg-1950-10-kim-il-sung-stalin-korean-war-1966"]
    letter = docs["tg-1950-10-kim-il-sung-stalin-korean-war-1966"]
    assert letter.findtext(f".//{T}title[@type='main']") == "Kim Il Sung and Pak Hon-yong to Stalin, mid-October 1950"
    assert letter.find(f".//{T}correspAction[@type='sent']/{T}date").get("notAfter") == "1950-10-20"
    matveev = docs["tg-1950-10-10-zakharov-stalin-korean-war-1966"]
    assert [text(s) for s in matveev.iter(f"{T}signed")] == ["Matveev"]
