"""Gaps the last probes left in the converter, closed: the Soviet party's bodies renamed in
October 1952, short closing formulas before the signature, an hour under a collected-works
title, a salutation run into a quoted letter's first paragraph, a collected-works copy that
gives only its title page, a bare year after "for"."""

from __future__ import annotations

from lxml import etree

from source_helpers import SOURCES, T, convert, lines, text
from tei.messages import Report


def one(tmp_path, name):
    [root] = convert(tmp_path, name).values()
    return root


def refs(root, tag="orgName") -> list[tuple[str, str]]:
    """(text, @ref) of every name of that kind in the telegram's text."""
    return [(text(n), n.get("ref")) for n in root.find(f".//{T}text").iter(f"{T}{tag}")]


def parties(root) -> dict[str, list[str]]:
    return {a.get("type"): [n.get("ref") for n in a if n.get("ref")]
            for a in root.iterfind(f".//{T}correspAction")}


# --- 1. the VKP(b) renamed the CPSU, its Politburo the Presidium (October 1952) -----------------

def test_the_cc_cpsu_of_1956_is_not_the_vkpb_central_committee(tmp_path):
    """A 1956 telegram "to the CC CPSU" was titled and indexed "Central Committee of the VKP(b)":
    the party was renamed in October 1952, and its Central Committee and Presidium (the
    Politburo's successor) are entries of their own, dated; "the Central Committee" (the
    correspondent) and "the Presidium" are those of the telegram's date."""
    root = one(tmp_path / "a", "telegram-mao-cc-cpsu-1956-12-04-renamed-bodies-by-date.txt")
    assert root.get("{http://www.w3.org/XML/1998/namespace}id").startswith("tg-1956-12-04-mao-cpsu-cc-")
    assert text(root.find(f".//{T}title[@type='main']")) == "Mao Zedong to Central Committee of the CPSU, 4 December 1956"
    assert parties(root) == {"sent": ["#mao"], "received": ["#cpsu-cc"]}
    # (the party inside its body's name nested in it: "CPSU", "CCP")
    assert refs(root) == [("Central Committee of the CPSU", "#cpsu-cc"), ("CPSU", "#vkpb"), ("CC CCP", "#ccp-cc"),
                          ("CCP", "#ccp"), ("Central Committee", "#cpsu-cc"), ("Presidium", "#cpsu-presidium"),
                          ("Politburo of the CC CCP", "#ccp-politburo"), ("CC CCP", "#ccp-cc"), ("CCP", "#ccp")]
    assert {o.get("{http://www.w3.org/XML/1998/namespace}id") for o in root.iter(f"{T}org")} >= {
        "cpsu-cc", "cpsu-presidium"}
    assert root.find(f".//{T}org[@{{http://www.w3.org/XML/1998/namespace}}id='vkpb-cc']") is None

    # a translation of 1951 that says "CC CPSU" means the VKP(b)'s; its Politburo is the Soviet one,
    # and "the Presidium" (of another body) is not the party's Presidium, which did not yet exist
    root = one(tmp_path / "b", "telegram-zhou-stalin-1951-04-17-politburo-before-the-rename.txt")
    assert refs(root) == [("CC CCP", "#ccp-cc"), ("CCP", "#ccp"), ("CC CPSU", "#vkpb-cc"), ("CPSU", "#vkpb"),
                          ("Politburo", "#politburo")]


def test_which_body_a_name_is_by_the_date():
    """The forms the two Central Committees share are the one of the date, even in a text that
    recalls the other by name; a body's name alone only while that body existed, unless the text
    names another body of the kind in full; a presidium of the state is not the party's."""
    from tei.authority import Authority
    from tei.transforms.names.bodies import _of_another_party

    authority = Authority.load()
    ids = lambda when, name, text="": getattr(authority.on(when, text).lookup(name), "id", None)  # noqa: E731
    assert [ids(w, "CC CPSU") for w in ("1949-01-10", "1952-10-13", "1952-10-14", "1956-12-04", "")] == [
        "vkpb-cc", "vkpb-cc", "cpsu-cc", "cpsu-cc", "vkpb-cc"]
    assert ids("1956-12-04", "CC CPSU", "the CC VKP(b) decided in 1950; now the CC CPSU") == "cpsu-cc"
    assert ids("1956-12-04", "Central Committee of the VKP(b)") == "vkpb-cc"  # (recalled by its own name)
    assert [ids(w, "Politburo") for w in ("1949-01-10", "1952-10-15", "1952-10-16", "1956-12-04")] == [
        "politburo", "politburo", None, None]
    assert [ids(w, "Presidium") for w in ("1950-03-02", "1952-10-16", "1956-12-04", "1967-01-01")] == [
        None, "cpsu-presidium", "cpsu-presidium", None]
    assert ids("1956-12-04", "Politburo", "the Politburo of the CC CCP met; the Politburo") == "ccp-politburo"
    assert ids("1949-01-10", "Politburo", "the Politburo of the CC CCP met; the Politburo") == "ccp-politburo"
    presidium = authority.on("1956-12-04").lookup("Presidium")
    assert _of_another_party(authority, "Presidium of the Supreme Soviet of the USSR", 0, 9, presidium)
    assert not _of_another_party(authority, "Presidium of the CPSU", 0, 9, presidium)


# --- 2. a short closing formula before the signature, or closing the text -----------------------

def test_waiting_for_an_answer_is_the_closing_line(tmp_path):
    """"Waiting for an answer." ending the Works vol. 18 translation (the edition's notes under it,
    no signature) was the last paragraph, so the side-by-side page set the other translation's
    "Awaiting your reply," against nothing: it is the closer's formula.  Before a signature the
    short formulas ("Awaiting your reply.", "Regards") are the closer's too."""
    root = one(tmp_path / "a", "works-stalin-mao-1950-11-23-waiting-for-an-answer-closes-the-text.txt")
    div = root.find(f".//{T}div")
    assert lines(div.find(f"{T}closer")) == [("salute", "Waiting for an answer.")]
    assert text(div.findall(f"{T}p")[-1]) == "We ask you to let us know whether you agree to this."

    # (the seed that ends so: the Works translation, found by its words)
    [works] = [p for p in sorted((SOURCES.parent.parent / "seeds").glob("*.txt"))
               if "Waiting for an answer." in p.read_text(encoding="utf-8")]
    seed = convert(tmp_path / "seed", f"../../seeds/{works.name}")
    [root] = seed.values()
    assert lines(root.find(f".//{T}div/{T}closer")) == [("salute", "Waiting for an answer.")]

    source = (SOURCES / "works-stalin-mao-1950-11-23-waiting-for-an-answer-closes-the-text.txt").read_text(encoding="utf-8")
    for formula in ("Awaiting your reply.", "Regards", "Greetings.", "With communist greetings,"):
        folder = tmp_path / formula.strip(".,").replace(" ", "-")
        (folder / "src").mkdir(parents=True)
        (folder / "src" / "works.txt").write_text(
            source.replace("Waiting for an answer.\n", f"{formula}\nFyn Si.\n23.XI.50.\n"), encoding="utf-8")
        report = Report()
        from tei.convert import convert_sources
        convert_sources([folder / "src"], folder / "out", report=report)
        [path] = (folder / "out").glob("*.xml")
        closer = etree.parse(str(path)).getroot().find(f".//{T}div/{T}closer")
        assert lines(closer) == [("salute", formula), ("signed", "Fyn Si."), ("dateline", "23.XI.50.")], formula


def test_which_last_lines_are_closing_formulas():
    from tei.transforms.structure.lines import CLOSING_FORMULA, ENDING_FORMULA

    for formula in ("Waiting for an answer.", "Awaiting your reply.", "Awaiting your reply,", "We await your instructions.",
                    "I am waiting for your answer.", "Greetings.", "Regards", "With communist greetings,",
                    "Warmest regards!", "With fraternal greetings"):
        assert ENDING_FORMULA.match(formula) and CLOSING_FORMULA.match(formula), formula
    for sentence in ("Waiting for an answer from the Koreans on the railway.", "Send him our greetings.",
                     "We are awaiting the arrival of the delegation.", "Regards to Comrade Liu Shaoqi.",
                     "Your answer is awaited."):
        assert not ENDING_FORMULA.match(sentence), sentence


# --- 3. the hour under a collected works' title ------------------------------------------------

def test_the_hour_under_the_title_is_in_the_date(tmp_path):
    """"(14 March 1951, 24:00 hours)" under the title: the date was read without its hour.  24:00
    is the end of the day, the next day's first instant, 1951-03-15T00:00:00 (ISO 8601 writes
    1951-03-14T24:00 too, but the validators of TEI's @when take no hour 24, and XML Schema's
    canonical form is the next day's); the telegram stays dated to the 14th, as the source gives
    it, and a closing dateline at 24:00 is explained by a note of the date.  The title's subject
    "ON THE WITHDRAWAL FROM SEOUL" does not say where it was sent from."""
    from tei.convert import convert_sources
    from tei.dates import day_of, find_dates
    from tei.validate import run

    source = SOURCES / "works-peng-mao-1951-03-14-end-of-the-day-hour-under-the-title.txt"
    root = one(tmp_path / "a", source.name)
    head = root.find(f".//{T}div/{T}head[@type='sub']")
    assert [(text(d), d.get("when")) for d in head.iter(f"{T}date")] == [("14 March 1951, 24:00 hours", "1951-03-15T00:00:00")]
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert sent.find(f"{T}date").get("when") == "1951-03-14" and sent.find(f"{T}placeName") is None
    assert sent.find(f"{T}note") is None

    # the hour in the closing dateline too: the note says why it is the next day's
    (tmp_path / "b" / "src").mkdir(parents=True)
    (tmp_path / "b" / "src" / "works.txt").write_text(source.read_text(encoding="utf-8").replace(
        "Peng Dehuai\n", "Peng Dehuai\nPeking, 14 March 1951, 24:00 hours\n"), encoding="utf-8")
    report = Report()
    convert_sources([tmp_path / "b" / "src"], tmp_path / "b" / "out", report=report)
    [path] = (tmp_path / "b" / "out").glob("*.xml")
    root = etree.parse(str(path)).getroot()
    assert lines(root.find(f".//{T}closer"))[-1] == ("dateline", "Peking, 14 March 1951, 24:00 hours")
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert sent.find(f"{T}date").get("when") == "1951-03-14"
    assert "24:00 on 14 March 1951, is the end of that day" in text(sent.find(f"{T}note[@type='date']"))
    assert run([path]).ok

    values = lambda t: [(f.value.when, day_of(f.value).when) for f in find_dates(t)]  # noqa: E731
    assert values("(27 January 1951, 24:00 hours)") == [("1951-01-28T00:00:00", "1951-01-27")]
    assert values("At 24.00 hours on 31 December 1950") == [("1951-01-01T00:00:00", "1950-12-31")]
    assert values("28 February 1951, 24.00") == [("1951-03-01T00:00:00", "1951-02-28")]
    assert values("27 January 1951, 24:30") == [("1951-01-27", "1951-01-27")]  # (no such time)


# --- 4. a salutation run into a quoted letter's first paragraph --------------------------------

def test_a_quoted_letters_run_in_salutation_is_its_openers(tmp_path):
    """'"Dear Comrade Stalin! On behalf of the Government ...' opening a letter the cable quotes:
    the letter's opener has the salutation and its first paragraph the rest (the salutation stayed
    in the paragraph); quoted without quotation marks after "the following letter:", the letter
    is found by that salutation too (it was read as the cable's own text, its closing lines run
    together with the cable's)."""
    source = "cable-shtykov-stalin-1950-08-19-quoted-letter-salutation-run-into-its-text.txt"
    for name, marks in (("quoted", True), ("unmarked", False)):
        if marks:
            root = one(tmp_path / name, source)
        else:
            (tmp_path / name / "src").mkdir(parents=True)
            (tmp_path / name / "src" / "cable.txt").write_text(
                (SOURCES / source).read_text(encoding="utf-8").replace('"Dear Comrade', "Dear Comrade")
                .replace('18 August 1950"', "18 August 1950"), encoding="utf-8")
            from tei.convert import convert_sources
            report = Report()
            convert_sources([tmp_path / name / "src"], tmp_path / name / "out", report=report)
            [path] = (tmp_path / name / "out").glob("*.xml")
            root = etree.parse(str(path)).getroot()
        div = root.find(f".//{T}div")
        quote = div.find(f"{T}quote")
        assert quote.get("rend") == ("quoted" if marks else None), name
        letter = quote.find(f"{T}floatingText/{T}body")
        assert lines(letter.find(f"{T}opener")) == [("salute", "Dear Comrade Stalin!")], name
        assert text(letter.find(f"{T}p")).startswith("On behalf of the Government of the Democratic People's Republic")
        assert lines(letter.find(f"{T}closer"))[1:] == [("signed", "KIM IL SUNG"), ("dateline", "Pyongyang, 18 August 1950")]
        assert lines(div.find(f"{T}closer")) == [("signed", "SHTYKOV"), ("dateline", "19.8.50")], name


# --- 5. a book's title page alone, the pages at the end ------------------------------------------

def test_a_title_page_alone_with_the_pages_at_the_end(tmp_path):
    """"HO CHI MINH / SELECTED WRITINGS / (1920-1969) / FOREIGN LANGUAGES PUBLISHING HOUSE / Hanoi
    1973" above the title and "pp. 101-102" under the text: refused as no known layout; the title
    page is the citation (author, book, place, publisher, year) and the last line its pages, not
    a paragraph."""
    from tei.sources import sniff

    source = SOURCES / "works-ho-mao-1950-05-19-title-page-alone-pages-at-the-end.txt"
    assert sniff(source.read_text(encoding="utf-8")) == "collected-works"
    root = one(tmp_path, source.name)
    bibl = root.find(f".//{T}sourceDesc/{T}bibl")
    assert [(etree.QName(c).localname, text(c)) for c in bibl if etree.QName(c).localname != "note"] == [
        ("title", "To Chairman Mao Tse-tung on the Greetings of the Chinese People"), ("author", "Ho Chi Minh"),  # (cited in title case)
        ("title", "Selected Writings (1920-1969)"), ("pubPlace", "Hanoi"),
        ("publisher", "Foreign Languages Publishing House"), ("date", "1973"), ("biblScope", "101-102")]
    assert parties(root) == {"sent": ["#ho-chi-minh"], "received": ["#mao"]}
    div = root.find(f".//{T}div")
    assert "pp. 101" not in text(div)
    assert lines(div.find(f"{T}closer"))[-1] == ("dateline", "Viet Bac, May 19, 1950")

    # not without its pages at the end, nor without the place and year: a layout is not guessed
    for cut in ("\npp. 101-102\n", "Hanoi 1973\n"):
        assert sniff(source.read_text(encoding="utf-8").replace(cut, "\n")) != "collected-works", cut


# --- 6. a bare year after "for" ----------------------------------------------------------------

def test_a_year_after_for_is_a_date_where_no_count_follows(tmp_path):
    """"the credit granted for 1950 ... should be granted for 1951." and "The deliveries for 1951
    will be agreed": the years were left untagged ("in 1950" was tagged); "spare parts for 1950
    trucks" is a count, not a year."""
    from tei.dates import find_dates

    root = one(tmp_path, "cable-filippov-mao-1950-12-28-credit-granted-for-a-year.txt")
    dates = [(text(d), d.get("when")) for d in root.find(f".//{T}div").iter(f"{T}date")]
    assert dates == [("25 December", "1950-12-25"), ("1950", "1950"), ("1951", "1951"), ("1951", "1951"),
                     ("28.XII.50", "1950-12-28")]
    found = lambda t: [t[f.start:f.end] for f in find_dates(t)]  # noqa: E731
    assert found("the credit for 1951 may be used in 1950") == ["1951", "1950"]
    assert found("For 1951 the plan provides 200 tractors; the plan for 1952, 300.") == ["1951", "1952"]
    for count in ("a credit for 1951 roubles", "for 1950 trucks", "for 1951,000 roubles", "for 1950-1951"):
        assert found(count) == [], count
