"""Round four's leftovers: the editor's dateline in brackets with its place, a day and month in
figures without the year, "the 5th prox.", a doctor the authority file lacks, and a cable passed
on to an office ("Transmit to the Chairman of the CC CCP:") by the ambassador it is addressed to."""

from __future__ import annotations

from lxml import etree

from source_helpers import T, convert_one, text

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def etree_name(el) -> str:
    return etree.QName(el).localname


def _actions(root) -> list[tuple[str, str]]:
    return [(a.get("type"), a[0].get("ref")) for a in root.iterfind(f".//{T}correspAction")]


# --- the editor's dateline in brackets, with its place ------------------------------------------------

BRACKETED = "compilation-1959-the-editor-s-dateline-in-brackets-with-its-place.txt"


def test_the_editor_s_dateline_with_its_place_gives_the_place_of_sending(tmp_path):
    """"[Moscow, 5 February 1949]" under the heading: the editor's words supplied (they were a gap,
    "omitted in the source", for a bracket of more than three words alone on its line), Moscow the
    place of sending in the header (there was none)."""
    root = convert_one(tmp_path, BRACKETED)
    dateline = root.find(f".//{T}body/{T}div/{T}opener/{T}dateline")
    [supplied] = dateline
    assert (supplied.tag, supplied.get("resp"), text(supplied)) == (f"{T}supplied", "#source-editor", "Moscow, 5 February 1949")
    assert supplied.find(f"{T}placeName").get("ref") == "#moscow"
    assert dateline.find(f".//{T}gap") is None
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert [(etree_name(c), c.get("ref") or c.get("when")) for c in sent] == [
        ("persName", "#stalin"), ("placeName", "#moscow"), ("date", "1949-02-05")]


def test_a_bracket_of_words_alone_in_the_text_is_still_an_omission(tmp_path):
    """(a bracket of more than three words after a sentence, not a dateline: what the editor left out)"""
    from source_helpers import SOURCES
    from tei.convert import convert_sources
    from tei.messages import Report

    page = tmp_path / BRACKETED
    page.write_text((SOURCES / BRACKETED).read_text(encoding="utf-8").replace(
        "will report on it.", "will report on it. [Details of the grain deliveries]"), encoding="utf-8")
    convert_sources([page], tmp_path / "out", report=Report())
    [written] = (tmp_path / "out").glob("*.xml")
    gap = etree.parse(str(written)).find(f".//{T}body/{T}div/{T}p/{T}gap")
    assert gap is not None and text(gap) == "Details of the grain deliveries"


# --- a cable passed on to an office; dates and a doctor in its text -----------------------------------

OFFICE = "cable-filippov-mao-1950-02-20-transmit-to-an-office-days-without-year-proximo-a-doctor.txt"


def test_transmit_to_an_office_makes_the_ambassador_at_the_post_the_one_who_transmits(tmp_path):
    """"PEKING, TO THE SOVIET AMBASSADOR" / "Transmit to the Chairman of the CC CCP:" (February
    1950): Roshchin transmitted it to Mao, the office's holder (no one was said to: only a name
    after "to" was read, not an office after "to the")."""
    root = convert_one(tmp_path, OFFICE)
    assert _actions(root) == [("sent", "#stalin"), ("transmitted", "#roshchin"), ("received", "#mao")]


def test_a_day_and_month_in_figures_proximo_and_a_doctor(tmp_path):
    """In a cable of 20 February 1950: "Your telegram of 19.2." 19 February 1950, inferred (no
    date); "the 5th prox." 5 March (no date); "Dr. Šubašić" a provisional person (untagged: "Dr." was
    no title); "on 2.3. of the draft" (a point), "1." and "2." (numbered points), "4.5." (a decimal)
    no dates."""
    root = convert_one(tmp_path, OFFICE)
    body = root.find(f".//{T}body")
    found = [(text(d), d.get("when"), d.get("resp")) for d in body.iter(f"{T}date")]
    assert found == [("19.2.", "1950-02-19", "#encoder"), ("the 5th prox.", "1950-03-05", "#encoder")]
    refs = [(text(p), p.get("ref")) for p in body.iter(f"{T}persName")]
    assert ("Šubašić", "#unresolved-subasic") in refs
    assert "unresolved-subasic" in [p.get(XML_ID) for p in root.findall(f".//{T}standOff//{T}person")]


def test_day_and_month_in_figures_alone():
    from tei.dates import find_dates

    def read(sentence, context="1950-02-20"):
        return [(sentence[f.start:f.end], f.value.when) for f in find_dates(sentence, context)]

    assert read("Your telegram of 19.2. has been received.") == [("19.2.", "1950-02-19")]
    assert read("your telegram No. 241 of 3.11. received") == [("3.11.", "1949-11-03")]  # (a month ahead: last year's)
    assert read("He arrived on 5.2. in Mukden.") == [("5.2.", "1950-02-05")]
    assert read("Your cable of 29.12. received", "1951-01-04") == [("29.12.", "1950-12-29")]
    # (not a point's number, a decimal, a year glued to it, a day that is none, nor after another word)
    assert read("See point 2.3. above.") == [] and read("comments on 2.3. of the draft") == []
    assert read("the rate of 4.5. The rest") == [] and read("raised by 2.5. The rest") == []
    assert read("on 1.2. and 1.3. of the plan") == [] and read("on 31.2. he left") == []
    assert read("your telegram of 19.2.50") == [("19.2.50", "1950-02-19")]


def test_proximo():
    from tei.dates import find_dates

    def read(sentence, context="1950-02-20"):
        return [(sentence[f.start:f.end], f.value.when) for f in find_dates(sentence, context)]

    assert read("will be paid on the 5th prox.") == [("the 5th prox.", "1950-03-05")]
    assert read("will be paid on the fifth proximo") == [("the fifth proximo", "1950-03-05")]
    assert read("on the 5th prox.", "1950-12-20") == [("the 5th prox.", "1951-01-05")]
    assert read("your letter of the 3rd inst.") == [("the 3rd inst.", "1950-02-03")]  # (as before)


def test_doctor_and_professor_are_titles():
    from tei.transforms.names.patterns import TITLED

    assert [m.group("name") for m in TITLED.finditer("Dr. Šubašić and Dr Ivo Ribar met Prof. Kardelj.")] == [
        "Šubašić", "Ivo Ribar", "Kardelj"]
