"""Round eighteen's leftovers, found on real pages: our own writing, each with a source of ours in
the real page's layout (or a telegram of an earlier round's where the form was there already)."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from conftest import SHARED, require
from source_helpers import SOURCES, T, convert_one, converted_variant, lines, parties, refused, text, variant
from tei.messages import Report


# --- a completion the source prints in parentheses keeps them -----------------------------------------

COMPLETED = "wilson-new-site-mao-huang-su-1954-05-02-addressees-completed-in-brackets-wengao.txt"


def test_a_completion_in_parentheses_is_supplied_in_parentheses_in_the_tei_html_and_print(tmp_path):
    """"Huang (Kecheng) and Su (Yu):": the editor's completions supplied with rend="parentheses";
    the HTML and the print edition print the source's parentheses (both had printed "[Kecheng]").
    A completion in square brackets has no rend and keeps its brackets."""
    from lxml import html as lxml_html

    from tei.html import STYLESHEET
    from tei.pdf.render import typst_source
    from tei.pdf.volume import load
    from tei.validate import run
    from tei.xslt import transform

    out = tmp_path / "tei"
    page = (SOURCES / COMPLETED).read_text(encoding="utf-8")
    assert "Huang (Kecheng) and Su (Yu):" in page
    source = tmp_path / "page.txt"
    # (a square bracket's completion in the text beside them)
    source.write_text(page.replace("(1) Wei Guoqing's plan", "(1) Peng [Dehuai] agreed to Wei Guoqing's plan"),
                      encoding="utf-8")
    from tei.convert import convert_sources

    convert_sources([source], out, report=Report())
    [path] = out.glob("*.xml")
    root = etree.parse(str(path)).getroot()
    supplied = [(s.text, s.get("rend")) for s in root.find(f".//{T}body").iter(f"{T}supplied")]
    assert supplied == [("Kecheng", "parentheses"), ("Yu", "parentheses"), ("Dehuai", None)]
    assert run([out]).ok  # (the schema and the Schematron allow the rend)
    assert "rend=\"parentheses\"" in text(root.find(f".//{T}editorialDecl/{T}interpretation"))

    body = lxml_html.fromstring(transform(STYLESHEET, xml_text=path.read_text(encoding="utf-8")))
    shown = [re.sub(r"\s+", " ", s.text_content()) for s in body.xpath("//span[contains(@class, 'supplied')]")]
    assert shown == ["(Kecheng)", "(Yu)", "[Dehuai]"]

    typst = typst_source(load([path], Report()), "a5", False)
    assert '[#"Huang "#"("#"Kecheng"#")"]' in typst and '[#"Su "#"("#"Yu"#")"]' in typst
    assert '[#"Peng "#supplied[#"Dehuai"]]' in typst


# --- the id-uniquing loop is linear in the duplicates of one id -----------------------------------------

class _CountingSet(set):
    """A set that counts the membership tests made of it."""
    tests = 0

    def __contains__(self, key):
        type(self).tests += 1
        return super().__contains__(key)


def _reference_unique(item_id: str, extra: str, taken: set[str]) -> str:
    """The id as _unique gave it before (tried "-2", "-3", ... from the start each time)."""
    if item_id not in taken:
        return item_id
    doc_id, n = f"{item_id}-{extra}", 2
    while doc_id in taken:
        doc_id, n = f"{item_id}-{extra}-{n}", n + 1
    return doc_id


def test_many_telegrams_with_one_id_are_made_unique_in_linear_time_with_the_same_ids():
    """k telegrams with one id and one telegram number tried "-2", "-3", ... from "-2" each time
    (k*k/2 tests); now each base remembers where it stopped: the ids the same, in about 3k tests.
    Ids already taken by other telegrams ("x-7-4") are still skipped."""
    from types import SimpleNamespace

    from tei.convert import _unique

    items = [SimpleNamespace(id="x", extra_key="7") for _ in range(600)]
    items[2:2] = [SimpleNamespace(id="x-7-4", extra_key="1"), SimpleNamespace(id="y", extra_key="7")]
    expected, reference_taken = [], set()
    for item in items:
        expected.append(_reference_unique(item.id, item.extra_key, reference_taken))
        reference_taken.add(expected[-1])
    _CountingSet.tests = 0
    taken, next_n, made = _CountingSet(), {}, []
    for item in items:
        made.append(_unique(item, taken, next_n))
        taken.add(made[-1])
    assert made == expected and len(set(made)) == len(made)
    assert made[:6] == ["x", "x-7", "x-7-4", "y", "x-7-2", "x-7-3"] and made[6] == "x-7-5"
    assert _CountingSet.tests < 4 * len(items), _CountingSet.tests


# --- a ministry's registry stamp with its number, above or below the text ------------------------------

REGISTRY = "wilson-panyushkin-vyshinsky-1952-03-11-ministry-registry-stamps-special-n-above-and-below.txt"


def test_the_ministrys_registry_stamps_are_number_lines_of_the_opener_and_closer(tmp_path):
    """"Ministry of Foreign Affairs of the USSR Special N1475" over the form's lines and "MFA USSR
    Special N 1480" under the signature: the form's number lines (they had been paragraphs of the
    text, and the one above it had kept the opener, the dateline and the address from being read)."""
    root = convert_one(tmp_path, REGISTRY)
    div = root.find(f".//{T}body/{T}div")
    assert lines(div.find(f"{T}opener")) == [
        ("number", "Ministry of Foreign Affairs of the USSR Special N1475"), ("classification", "Top Secret"),
        ("dateline", "Beijing, 10 March 1952"), ("address", "To Comrade VYSHINSKY")]
    assert lines(div.find(f"{T}closer")) == [("signed", "PANYUSHKIN"), ("number", "MFA USSR Special N 1480")]
    assert [text(p) for p in div.findall(f"{T}p")][-1] == "I ask for your instructions."
    assert parties(root) == [("sent", "#panyushkin"), ("received", "#vyshinsky")]


@pytest.mark.parametrize("line, kind", [
    ("MFA USSR Special N1475", "number"), ("MID SSSR Spets. N 327", "number"), ("USSR MFA Outgoing N 22/s", "number"),
    ("Ministry of Foreign Affairs of the Soviet Union, Special No. 12", "number"), ("Special N1475", "number"),
    ("MFA USSR", "classification"),
    # no number: no registry's line
    ("MFA USSR Special", None), ("Ministry of Foreign Affairs of the USSR", None),
    ("MFA USSR informed the embassy of N 12", None)])
def test_a_registry_stamps_line(line, kind):
    from tei.transforms.structure.lines import cable_line

    assert cable_line(line) == kind


# --- a signer the heading does not name at the end of the run-on text -----------------------------------

RUN_ON = "wilson-pdf-text-one-paragraph-roshchin-filippov-1950-10-05-signer-the-heading-does-not-name.txt"


def _run_on_with_end(tmp_path, end: str):
    """The run-on record with its text's last words replaced: (its TEI root, the report)."""
    from tei.convert import convert_sources

    page = (SOURCES / RUN_ON).read_text(encoding="utf-8")
    assert page.rstrip().endswith("Greetings. Roshchin")
    source = tmp_path / "page.txt"
    source.write_text(page.rstrip()[:-len("Greetings. Roshchin")] + end + "\n", encoding="utf-8")
    report = Report()
    convert_sources([source], tmp_path / "out", report=report)
    [out] = (tmp_path / "out").glob("*.xml")
    return etree.parse(str(out)).getroot(), report


def test_a_known_persons_name_closing_the_run_on_text_is_the_signature(tmp_path):
    """"... to his government. Greetings. Roshchin", the heading naming only the addressee: the
    name the signature and the sender (it had been the text's last word, the record refused for
    want of a sender)."""
    root = convert_one(tmp_path, RUN_ON)
    assert parties(root) == [("sent", "#roshchin"), ("received", "#stalin")]
    div = root.find(f".//{T}body/{T}div")
    assert lines(div.find(f"{T}closer")) == [("signed", "Roshchin")]
    assert text(div.findall(f"{T}p")[-1]).endswith("to tell this to his government. Greetings.")


@pytest.mark.parametrize("end, signed, last", [
    ("Greetings. Roshchin.", "Roshchin", "Greetings."),
    ("Greetings. N. Roshchin", "N. Roshchin", "Greetings."),
    # a name the authority file knows whom the heading does not name: the signer too (it had stayed the text's)
    ("Greetings. Gao Gang", "Gao Gang", "Greetings."),
    # a name the authority file lacks, or no person's: the text's, as printed
    ("Greetings. Petrovsky", None, "Greetings. Petrovsky"),
    ("He is going to Beijing.", None, "He is going to Beijing."),
    # the name not after a sentence's end: the sentence's
    ("He told this to Roshchin", None, "He told this to Roshchin"),
])
def test_a_name_closing_the_run_on_text(tmp_path, end, signed, last):
    root, _ = _run_on_with_end(tmp_path, end)
    div = root.find(f".//{T}body/{T}div")
    closer = div.find(f"{T}closer")
    assert (text(closer.find(f"{T}signed")) if closer is not None else None) == signed
    assert text(div.findall(f"{T}p")[-1]).endswith(last)


@pytest.mark.parametrize("end, signed, dated", [
    ("Greetings. Roshchin 5.X.50", "Roshchin", "5.X.50"),
    ("Greetings. N. Roshchin 5 October 1950", "N. Roshchin", "5 October 1950"),
    ("Greetings. Roshchin. October 5, 1950", "Roshchin", "October 5, 1950"),
])
def test_a_name_and_a_date_closing_the_run_on_text(tmp_path, end, signed, dated):
    """"... Greetings. Roshchin 5.X.50", the signature's date run on too: the name the signature,
    the date the closer's dateline (both had stayed the text's, the record refused for want of a
    sender); the text ends at "Greetings."."""
    root, report = _run_on_with_end(tmp_path, end)
    assert "no-parties" not in {m.code for m in report.messages}
    assert parties(root) == [("sent", "#roshchin"), ("received", "#stalin")]
    div = root.find(f".//{T}body/{T}div")
    closer = div.find(f"{T}closer")
    assert [(etree.QName(c).localname, text(c)) for c in closer] == [("signed", signed), ("dateline", dated)]
    assert closer.find(f"{T}dateline/{T}date").get("when") == "1950-10-05"
    assert text(div.findall(f"{T}p")[-1]).endswith("to tell this to his government. Greetings.")


@pytest.mark.parametrize("end", [
    "He told this to the comrades on 5.X.50",  # a date ending a sentence, no name before it
    "Greetings. Petrovsky 5.X.50",  # a name the authority file lacks
])
def test_a_date_closing_the_run_on_text_without_a_known_name_before_it_stays_the_texts(tmp_path, end):
    root, _ = _run_on_with_end(tmp_path, end)
    div = root.find(f".//{T}body/{T}div")
    assert div.find(f"{T}closer") is None
    assert text(div.findall(f"{T}p")[-1]).endswith(end.split(". ")[-1])


# --- a given name in an old romanization, its second syllable capitalised --------------------------------

OLD_ROMANIZATION = "wilson-roshchin-filippov-1950-06-12-old-romanization-given-name-in-capitals.txt"


def test_a_family_name_and_a_hyphenated_given_name_in_capitals_is_a_person(tmp_path):
    """"handed to Chang Siu-Tsuan": a person the authority file lacks (provisional, reported), not a
    place (both had been reported as places after "to"), as "Chou En-lai" would be; "to Siu-Tsuan"
    after it, his given name, is no place either."""
    from tei.convert import convert_sources

    report = Report()
    convert_sources([SOURCES / OLD_ROMANIZATION], tmp_path, report=report)
    [out] = tmp_path.glob("*.xml")
    root = etree.parse(str(out)).getroot()
    names = [(text(n), n.get("ref")) for n in root.find(f".//{T}body").iter(f"{T}persName")]
    assert ("Chang Siu-Tsuan", "#unresolved-chang-siu-tsuan") in names
    codes = [(m.code, str(m)) for m in report.messages]
    assert not [m for c, m in codes if c == "unknown-place"], codes
    assert [c for c, m in codes if "Chang Siu-Tsuan" in m] == ["unresolved-name"]


@pytest.mark.parametrize("words, name", [
    ("handed to Chang Siu-Tsuan, who", "Chang Siu-Tsuan"), ("met Chou En-lai today", "Chou En-lai"),
    ("met Pak Hon-yong today", "Pak Hon-yong"),
    # an English word after the hyphen, or a place's name: no person
    ("the Sino-Soviet treaty", None), ("the Korea-Based units", None), ("went to Hong Kong-Macao", None)])
def test_romanized_names_with_a_capital_after_the_hyphen(words, name):
    from tei.transforms.names.patterns import romanized_names

    assert [m.group("name") for m in romanized_names(words)] == ([name] if name else [])


# --- an editor's "[handwritten: ..." never closed ---------------------------------------------------------

UNCLOSED = "wilson-roshchin-filippov-1950-06-14-handwritten-note-never-closed-copy-without-blank-lines.txt"


def test_a_handwritten_note_never_closed_is_closed_at_its_line_and_the_text_kept(tmp_path):
    """"[handwritten: to Cde. Molotov, Malenkov, ... for" over the text's first line, in a copy
    without blank lines, no "]" after it: the note closed at its own line, reported; the text's
    first sentence its paragraph (it had been joined to the note's line, one paragraph beginning
    with the raw bracket)."""
    from tei.convert import convert_sources

    report = Report()
    convert_sources([SOURCES / UNCLOSED], tmp_path, report=report)
    [out] = tmp_path.glob("*.xml")
    div = etree.parse(str(out)).getroot().find(f".//{T}body/{T}div")
    [note] = div.findall(f"{T}note")
    assert note.get("type") == "annotation" and text(note.find(f"{T}label")) == "handwritten"
    assert text(note) == "handwritten: to Cde. Molotov, Malenkov, Beria, Mikoyan and Kaganovich for"
    paragraphs = [text(p) for p in div.findall(f"{T}p")]
    assert paragraphs[0].startswith("Zhou Enlai asked me to pass on") and "[" not in " ".join(paragraphs)
    assert len(paragraphs) == 2
    [warning] = [m for m in report.messages if m.code == "unclosed-bracket"]
    assert warning.line == 5 and "[handwritten: to Cde. Molotov" in warning.text


@pytest.mark.parametrize("old, new, notes, raw_kept", [
    # a paragraph of its own between blank lines: closed at its end
    ("[handwritten: to Cde. Molotov, Malenkov, Beria, Mikoyan and Kaganovich for\n",
     "[handwritten: to Cde. Molotov, Malenkov, Beria, Mikoyan and Kaganovich for\n\n", 1, False),
    # opened after the last sentence: closed at the paragraph's end, the sentence kept
    ("He also asked when the Soviet delegation could arrive in Beijing.\n",
     "He also asked when the Soviet delegation could arrive in Beijing. [stamp: Incoming Nº 1397\n", 2, False),
    # closed a line below (the page broke it): one note, as before, no warning
    ("[handwritten: to Cde. Molotov, Malenkov, Beria, Mikoyan and Kaganovich for\n",
     "[handwritten: to Cde. Molotov, Malenkov, Beria, Mikoyan and Kaganovich for\ninformation. I. St.]\n", 1, False),
    # closed five lines below, an editor's bracket inside it: one note, as before, no warning (the
    # veto asked at every line looked three ahead of each and cut it after its first)
    ("[handwritten: to Cde. Molotov, Malenkov, Beria, Mikoyan and Kaganovich for\n",
     "[handwritten: to Cde. Molotov [V. M.], Malenkov, Beria, Mikoyan and Kaganovich for\nthe answer to the comrades\n"
     "of the Central Committee and of\nthe government, to be sent\nfor information. I. St.]\n", 1, False),
])
def test_where_an_unclosed_annotation_ends(tmp_path, old, new, notes, raw_kept):
    report = Report()
    div = converted_variant(tmp_path, UNCLOSED, (old, new), report=report).find(f".//{T}body/{T}div")
    assert len(div.findall(f".//{T}note[@type='annotation']")) == notes
    assert any(text(p).startswith("Zhou Enlai asked me") for p in div.findall(f"{T}p"))
    assert ("[" in " ".join(text(p) for p in div.findall(f"{T}p"))) is raw_kept
    closed = "information. I. St.]" in new
    assert bool([m for m in report.messages if m.code == "unclosed-bracket"]) is not closed


# --- a telegram whose source names no recipient --------------------------------------------------------

NO_RECIPIENT = "wilson-new-site-kuznetsov-fedorenko-1953-08-07-telegram-from-the-senders-alone-no-recipient.txt"


def test_a_telegram_from_its_senders_alone_has_an_unknown_recipient_in_every_output(tmp_path):
    """"Telegram from Kuznetsov and Fedorenko", no address or salutation, signed by both: a telegram
    to an unknown recipient (it had been refused, no-parties): the received correspAction's party
    "Unknown" (as CMIF writes it) with a note type="party" saying why, reported; valid (schema,
    Schematron: a warning), titled "to an unknown recipient"; the HTML, the print edition and the CMIF
    entry name the recipient "Unknown"."""
    from lxml import html as lxml_html

    from tei.authority import Authority
    from tei.convert import convert_sources
    from tei.deposit.cmif import build_cmif
    from tei.deposit.documents import read_documents
    from tei.html import STYLESHEET
    from tei.pdf.render import typst_source
    from tei.pdf.volume import load
    from tei.validate import run
    from tei.xslt import transform

    report = Report()
    out = tmp_path / "tei"
    convert_sources([SOURCES / NO_RECIPIENT], out, report=report)
    assert not report.count("error")
    assert [m.code for m in report.messages if m.level == "warning"] == ["unknown-recipient"]
    [path] = out.glob("*.xml")
    root = etree.parse(str(path)).getroot()
    assert [(a.get("type"), [n.get("ref") for n in a.iter(f"{T}persName")]) for a in root.iter(f"{T}correspAction")] \
        == [("sent", ["#vasily-kuznetsov", "#fedorenko"]), ("received", [None])]
    received = root.find(f".//{T}correspAction[@type='received']")
    assert [(etree.QName(c).localname, text(c)) for c in received][0] == ("persName", "Unknown")
    assert "names no recipient" in text(received.find(f"{T}note[@type='party']"))
    assert root.findtext(f".//{T}titleStmt/{T}title[@type='main']") == \
        "Kuznetsov and Fedorenko to an unknown recipient, 7 August 1953"
    checked = run([out])
    assert checked.ok

    page = lxml_html.fromstring(transform(STYLESHEET, xml_text=path.read_text(encoding="utf-8")))
    assert "Unknown" in " ".join(page.text_content().split())
    typst = typst_source(load([path], Report()), "a5", False)
    assert 'title: "Kuznetsov and Fedorenko → Unknown"' in typst
    docs, _ = read_documents(out)
    cmif = build_cmif(docs, Authority.load(), "https://example.org/edition/", "A. Editor", "a@example.org")
    [action] = [a for a in cmif.iter(f"{T}correspAction") if a.get("type") == "received"]
    assert [(etree.QName(c).localname, c.text) for c in action] == [("persName", "Unknown")]
    rng = require(SHARED / "cmif" / "cmi-customization.rng", "the CMIF schema is read from ../shared/cmif")
    schema = etree.RelaxNG(etree.parse(str(rng)))
    assert schema.validate(cmif), [str(e) for e in schema.error_log]
    # (the header's editorial decisions say how the unknown recipient is encoded)
    assert 'received by "Unknown"' in text(root.find(f".//{T}editorialDecl/{T}interpretation"))


@pytest.mark.parametrize("title, is_refused", [
    ("Telegram from Kuznetsov and Fedorenko", False),
    ("Ciphered Telegram No. 1234 from Kuznetsov and Fedorenko", False),
    # not said to be a telegram: refused as before (no recipient, no layout that shows it a telegram)
    ("Report from Kuznetsov and Fedorenko", True),
    ("Letter from Kuznetsov and Fedorenko", True),
])
def test_which_titles_make_a_telegram_to_no_one(tmp_path, title, is_refused):
    report = Report()
    refused(tmp_path, variant(NO_RECIPIENT, ("Telegram from Kuznetsov and Fedorenko", title)), report=report)
    assert bool([m for m in report.messages if m.code == "no-parties"]) is is_refused
    assert bool([m for m in report.messages if m.code == "unknown-recipient"]) is not is_refused


def test_the_forms_sender_line_is_no_address_to_a_recipient(tmp_path):
    """"From: Kuznetsov" over the text, no "To:": the form's sender line is no address naming a
    recipient, so the telegram is still one to an unknown recipient (an address line had made it a
    telegram refused for want of parties)."""
    report = Report()
    converted_variant(tmp_path, NO_RECIPIENT, ("[reporting a conversation", "From: KUZNETSOV\n[reporting a conversation"), report=report)
    assert not [m for m in report.messages if m.code == "no-parties"]
    assert [m for m in report.messages if m.code == "unknown-recipient"]


# --- the site-wide pages leave an unknown party out and link no party without an entry -----------------

UNKNOWN_RECIPIENT = "wilson-new-site-kuznetsov-fedorenko-1953-08-07-telegram-from-the-senders-alone-no-recipient.txt"
OFFICE_ALONE = "page-new-site-soviet-ambassador-mfa-1961-03-03-office-alone-its-holder-unknown.txt"
KNOWN_PARTIES = "cable-zhou-molotov-1953-04-09-family-name-alone-by-the-date.txt"


def _edition_with_unknown_parties(tmp_path, list_max: int = 1000):
    """The HTML edition of a telegram to an unknown recipient, two from offices whose holders are
    unknown (no entry: the Soviet Ambassador's, and the same page from a Consul General two days
    later) and one between two known persons; its pages parsed by name."""
    from lxml import html as lxml_html

    from tei.convert import convert_sources
    from tei.html import render_site

    consul = tmp_path / "consul.txt"
    consul.write_text((SOURCES / OFFICE_ALONE).read_text(encoding="utf-8").replace("Soviet Ambassador", "Soviet Consul General")
                      .replace("March 3, 1961", "March 5, 1961").replace("3.III.61", "5.III.61"), encoding="utf-8")
    sources = [SOURCES / UNKNOWN_RECIPIENT, SOURCES / OFFICE_ALONE, SOURCES / KNOWN_PARTIES, consul]
    convert_sources(sources, tmp_path / "tei", report=Report())
    assert len(list((tmp_path / "tei").glob("*.xml"))) == 4
    site = tmp_path / "site"
    assert render_site(tmp_path / "tei", site, Report(), search=False, workers=1, list_max=list_max).ok
    return {p.name: lxml_html.parse(str(p)).getroot() for p in site.glob("*.html")}


def _said(el) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()


CORRESPONDENTS = ["Ministry of Foreign Affairs of the USSR", "Nikolai Fedorenko", "Soviet Ambassador",
                  "Soviet Consul General", "Vasily Kuznetsov", "Vyacheslav Molotov", "Zhou Enlai"]


def test_the_home_page_counts_and_filters_no_unknown_party_and_offices_without_entry_by_name(tmp_path):
    """"Unknown" (the recipient a telegram's source does not name) is none of the correspondents
    the home page names ("exchanged by ... and Unknown" before) nor one to filter by (an option
    whose value was empty, with "all"'s); an office whose holder is unknown (no entry) is, by its
    name: each its own (the two had one empty value between them), its telegrams' lines marked with it."""
    pages = _edition_with_unknown_parties(tmp_path)
    home = pages["index.html"]
    about = _said(home.xpath("//section[@aria-labelledby='intro-heading']/p")[0])
    assert about.startswith("This edition holds 4 telegrams of April 1953 – March 1961, exchanged by "
                            + ", ".join(CORRESPONDENTS[:-1]) + " and Zhou Enlai. ")
    options = [(o.get("value"), o.text) for o in home.xpath("//select[@id='filter-person']/option")]
    assert options == [("", "all"), ("soviet-mfa", "Ministry of Foreign Affairs of the USSR"),
                       ("fedorenko", "Nikolai Fedorenko"), ("name:Soviet%20Ambassador", "Soviet Ambassador"),
                       ("name:Soviet%20Consul%20General", "Soviet Consul General"),
                       ("vasily-kuznetsov", "Vasily Kuznetsov"), ("molotov", "Vyacheslav Molotov"),
                       ("zhou-enlai", "Zhou Enlai")]
    lines = {_said(li.xpath(".//p[@class='entry-people']")[0]): li.get("data-correspondents")
             for li in home.xpath("//ol[@id='entries']/li")}
    # (the telegram's line still says to whom: "Unknown", as its page does)
    assert lines == {"Zhou Enlai → Vyacheslav Molotov": "zhou-enlai molotov",
                     "Vasily Kuznetsov, Nikolai Fedorenko → Unknown": "vasily-kuznetsov fedorenko",
                     "Soviet Ambassador → Ministry of Foreign Affairs of the USSR": "name:Soviet%20Ambassador soviet-mfa",
                     "Soviet Consul General → Ministry of Foreign Affairs of the USSR": "name:Soviet%20Consul%20General soviet-mfa"}


def test_the_network_draws_no_unknown_party_and_links_no_office_without_entry(tmp_path):
    """No node "Unknown" linking to "persons.html#", the number of correspondents drawn without it;
    an office without entry a node of its own, linked nowhere (it and the other office were one
    node, "persons.html#"), each with its arrow to the ministry; the table gives the telegram to
    the unknown recipient, "Unknown" unlinked, and a row per office."""
    network = _edition_with_unknown_parties(tmp_path)["network.html"]
    graph = network.xpath("//svg")[0]
    assert sorted(t.text for t in graph.xpath(".//text[@class='node-label']")) == CORRESPONDENTS
    hrefs = [a.get("href") for a in graph.xpath(".//a")]
    assert len(hrefs) == 5 and all(re.fullmatch(r"(persons|organisations)\.html#[\w-]+", h) for h in hrefs), hrefs
    assert sorted(t.text for t in graph.xpath(".//g[@class='unlinked']/text")) == ["Soviet Ambassador", "Soviet Consul General"]
    assert len(graph.xpath(".//line[@class='edge']")) == 3  # Zhou to Molotov, each office to the ministry
    rows = [[_said(td) for td in tr.xpath("td")[:4]] for tr in network.xpath("//table[@class='network-table']/tbody/tr")]
    assert sorted(rows) == sorted([["Zhou Enlai", "Vyacheslav Molotov", "—", "1"],
                                   ["Vasily Kuznetsov, Nikolai Fedorenko", "Unknown", "—", "1"],
                                   ["Soviet Ambassador", "Ministry of Foreign Affairs of the USSR", "—", "1"],
                                   ["Soviet Consul General", "Ministry of Foreign Affairs of the USSR", "—", "1"]])
    assert not network.xpath("//a[@href='persons.html#' or @href='organisations.html#']")


def test_the_telegram_to_an_unknown_recipient_keeps_it_on_its_page_as_no_search_filter(tmp_path):
    """Its page: "Recipient: Unknown" with the note why; the line over the text names it, but
    not as a correspondent the search filters by (the senders are); the chronology has a row
    per office without entry (the two were one row)."""
    pages = _edition_with_unknown_parties(tmp_path)
    [page] = [p for name, p in pages.items() if name.startswith("tg-1953-08-07")]
    [recipient] = page.xpath("//dt[.='Recipient']/following-sibling::dd[1]")
    assert recipient.text == "Unknown" and not recipient.xpath(".//a")
    assert _said(recipient.xpath("span[@class='date-note']")[0]).startswith("The source names no recipient")
    spans = page.xpath("//p[@class='correspondents']/span")
    assert [(s.text, s.get("data-pagefind-filter")) for s in spans] == [
        ("Vasily Kuznetsov", "correspondent"), ("Nikolai Fedorenko", "correspondent"), ("Unknown", None)]
    lanes = [_said(t) for t in pages["chronology.html"].xpath("//svg//text[@class='lane-label']")]
    assert sorted(lanes) == ["Soviet Ambassador", "Soviet Consul General", "Vasily Kuznetsov", "Zhou Enlai"]


def test_at_scale_the_month_filters_and_the_network_rows_leave_out_the_unknown_party_too(tmp_path):
    """Listed month by month (past list_max), the pages made from the catalogue's merged rows: the
    home page's account and a month's filter without "Unknown"; the network's table a row per
    office without entry, each listing its own telegram (its rows grouped by the offices' names)."""
    pages = _edition_with_unknown_parties(tmp_path, list_max=1)
    about = _said(pages["index.html"].xpath("//section[@aria-labelledby='intro-heading']/p")[0])
    assert "exchanged by " + ", ".join(CORRESPONDENTS[:-1]) + " and Zhou Enlai. " in about
    august = pages["telegrams-1953-08.html"]
    assert [o.text for o in august.xpath("//select[@id='filter-person']/option")] == [
        "all", "Nikolai Fedorenko", "Vasily Kuznetsov"]
    march = pages["telegrams-1961-03.html"]
    assert [o.get("value") for o in march.xpath("//select[@id='filter-person']/option")] == [
        "", "soviet-mfa", "name:Soviet%20Ambassador", "name:Soviet%20Consul%20General"]
    rows = {_said(tr.xpath("td")[0]): [a.get("href")[:13] for a in tr.xpath("td[5]//a")]
            for tr in pages["network.html"].xpath("//table[@class='network-table']/tbody/tr")}
    assert rows["Soviet Ambassador"] == ["tg-1961-03-03"] and rows["Soviet Consul General"] == ["tg-1961-03-05"]
    assert rows["Vasily Kuznetsov, Nikolai Fedorenko"] == ["tg-1953-08-07"]
