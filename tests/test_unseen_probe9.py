"""Telegrams of forms the converter had not seen (ninth round of unseen texts): the Digital
Archive's current pages ("To Cite"), a web clipper's Markdown (footnotes, images, escapes),
routing lines above the text, a receipt noted beside the date, East European and Korean
correspondents, a compilation of letters and telegrams, another in two columns, collected
works with a title over two lines or a date and hour under it."""

from __future__ import annotations

from lxml import etree

from source_helpers import SOURCES, T, convert, lines, text
from tei.convert import convert_sources
from tei.messages import Report


def one(tmp_path, name):
    [root] = convert(tmp_path, name).values()
    return root


def parties(root) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for a in root.iterfind(f".//{T}correspAction"):
        found.setdefault(a.get("type"), []).extend(p.get("ref") for p in a if p.get("ref"))
    return found


def when(root, kind: str) -> str | None:
    date = root.find(f".//{T}correspAction[@type='{kind}']/{T}date")
    return None if date is None else date.get("when")


def test_the_current_site_cites_the_record_under_to_cite(tmp_path):
    """The Digital Archive's pages since 2023: "Digital Archive Document" over the title, the
    text before "Document Information", the citation under "To Cite" (it was not read: the
    record was titled "Wilson Center", from the site's name, and had no address or number)."""
    root = one(tmp_path, "cable-ho-filippov-1950-02-02-current-site-to-cite-after-the-text.txt")
    assert root.get("{http://www.w3.org/XML/1998/namespace}id") == "tg-1950-02-02-ho-chi-minh-stalin-wilson-center-300412"
    assert root.findtext(f".//{T}title[@type='source']") == "Cable from Ho Chi Minh to Filippov [Stalin]"
    assert root.find(f".//{T}sourceDesc/{T}bibl/{T}ref").get("target") == "https://digitalarchive.wilsoncenter.org/document/300412"
    body = text(root.find(f".//{T}body"))
    assert not any(w in body for w in ("Associated", "Hồ, Chí Minh", "Record ID", "Subscribe", "Document Information"))
    assert lines(root.find(f".//{T}closer")) == [("salute", "With communist greetings,"), ("signed", "Ho Shi Min"),
                                                ("dateline", "2.II.50")]


def test_a_web_clippers_markdown(tmp_path):
    """MarkDownload's copy: its front matter's "source:" the page's address and an empty
    "author:" (it swallowed the page up to the citation), the page's description under "> ##
    Excerpt" the summary, a link within the site its text, an image of the page left out (it
    was a paragraph, "!Page 1 of the original"), "1\\." an escaped point, "[^1]" a footnote's
    mark with its text at the end (they were "^1" supplied words and paragraphs, and the
    closing lines were paragraphs above them)."""
    root = one(tmp_path, "telegram-roshchin-filippov-1950-02-11-web-clipper-footnotes-images-escapes.md")
    assert root.findtext(f".//{T}abstract/{T}p").startswith("Roshchin reports a conversation with Zhou Enlai")
    div = root.find(f".//{T}body/{T}div")
    notes = div.findall(f".//{T}p/{T}note[@place='foot']")
    assert [n.get("n") for n in notes] == ["1", "2"]
    assert text(notes[0]).startswith("The draft was handed to the Chinese delegation")
    assert [p.get("n") for p in div.iterfind(f"{T}p")] == [None, "1", "2", None]
    assert not any("!Page" in text(p) or "^" in text(p) for p in div.iter(f"{T}p"))
    assert lines(div.find(f"{T}closer")) == [("signed", "ROSHCHIN"), ("dateline", "11.II.50")]


def test_routing_lines_on_lines_of_their_own(tmp_path):
    """"From Peking" / "Dispatched 17.XI.52 at 21.40" / "Received 17.XI.52 at 23.55" above the
    address (the opener stopped at "From Peking": all were paragraphs, the address too): the
    place of sending and the date of receipt in the header; "the 16th inst." one date; "the
    Instance", the Soviet leadership, an organisation of the authority file."""
    root = one(tmp_path, "cable-panyushkin-vyshinsky-1952-11-17-routing-on-lines-of-their-own-inst.txt")
    assert lines(root.find(f".//{T}opener")) == [
        ("form", "CIPHERED TELEGRAM"), ("transmission", "From Peking"),
        ("transmission", "Dispatched 17.XI.52 at 21.40"), ("transmission", "Received 17.XI.52 at 23.55"),
        ("address", "To Comrade Vyshinsky")]
    assert root.find(f".//{T}correspAction[@type='sent']/{T}placeName").get("ref") == "#beijing"
    assert when(root, "received") == "1952-11-17T23:55:00"
    date = root.find(f".//{T}body//{T}p/{T}date")
    assert (date.text, date.get("when")) == ("the 16th inst.", "1952-11-16")
    assert root.find(f".//{T}body//{T}orgName[@ref='#instance']") is not None


def test_inst_and_ult():
    """"the 28th inst." is of the telegram's month, "the 28th ult." of the month before,
    whatever day the telegram is of ("inst." was left outside the date)."""
    from tei.dates import find_dates
    for phrase, words, value in (("your telegram of the 28th inst. received", "the 28th inst.", "1950-01-28"),
                                 ("your telegram of the 28th ult. received", "the 28th ult.", "1949-12-28"),
                                 ("we met on the 3rd instant and agreed", "the 3rd instant", "1950-01-03")):
        [found] = find_dates(phrase, context="1950-01-14")
        assert (phrase[found.start:found.end], found.value.when) == (words, value)


def test_a_receipt_noted_beside_the_date(tmp_path):
    """"Date: 3 March 1952 (received 4 March)" at the head of the text (a paragraph, and the
    address under it too), or "3 March 1952 (received 4 March)" closing it (no closer was
    read): the dateline, the note of receipt a routing line beside it (a dateline holds one
    date), the date of receipt in the header."""
    root = one(tmp_path / "a", "cable-razuvaev-fynsi-1952-03-03-received-in-parentheses.txt")
    assert lines(root.find(f".//{T}opener")) == [("dateline", "Date: 3 March 1952"), ("transmission", "(received 4 March)"),
                                                ("address", "To Comrade Fyn Si.")]
    assert (when(root, "sent"), when(root, "received")) == ("1952-03-03", "1952-03-04")
    source = (SOURCES / "cable-razuvaev-fynsi-1952-03-03-received-in-parentheses.txt").read_text(encoding="utf-8")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "record.txt").write_text(
        source.replace("Date: 3 March 1952 (received 4 March)\n\n", "").replace("No. 0317\n3 March 1952", "No. 0317\n3 March 1952 (received 4 March)"),
        encoding="utf-8")
    report = Report()
    convert_sources([tmp_path / "src"], tmp_path / "b", report=report)
    [root] = [etree.parse(str(p)).getroot() for p in (tmp_path / "b").glob("*.xml")]
    assert lines(root.find(f".//{T}closer"))[-2:] == [("dateline", "3 March 1952"), ("transmission", "(received 4 March)")]
    assert when(root, "received") == "1952-03-04"


def test_an_office_before_the_senders_name_in_the_title(tmp_path):
    """"Cable from Soviet Ambassador to the PRC P. F. Yudin to the CC CPSU": the sender Yudin,
    the recipient the Central Committee (the title was cut at its first "to": a provisional
    person "Soviet Ambassador" wrote to the People's Republic of China, a place as a persName,
    an invalid file); a title naming a place as a party ("Mao Zedong to Moscow") names none."""
    root = one(tmp_path, "cable-yudin-cc-cpsu-1956-10-23-office-before-the-name-in-title.txt")
    assert parties(root) == {"sent": ["#yudin"], "received": ["#cpsu-cc"]}  # (in 1956: the CPSU's, not the VKP(b)'s)
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "works.txt").write_text(
        "Telegram of Mao Zedong to Moscow dated 19 March 1950\n"
        "Mao Zedong. Selected Works. - Vol. V. - Beijing: Foreign Languages Press, 1977, p. 19.\n"
        "Comrade Filippov,\nI thank you for the telegram.\nMao Zedong\n19 March 1950\n", encoding="utf-8")
    report = Report()
    convert_sources([tmp_path / "src"], tmp_path / "b", report=report)
    [root] = [etree.parse(str(p)).getroot() for p in (tmp_path / "b").glob("*.xml")]
    assert parties(root) == {"sent": ["#mao"], "received": ["#stalin"]} and not report.messages


def test_letters_and_telegrams_of_the_peoples_democracies(tmp_path):
    """A compilation of letters and telegrams: "Your devoted" / "M. Rákosi" closing a letter
    (both were paragraphs: no stop after the formula, a name with a diacritic); the book's
    note whose mark the text lacks, "1. Vladimír Clementis, ...", to the header of the item
    naming Clementis (it stayed in the last item's text, under "NOTES"); Gerő and Clementis
    in the authority file."""
    docs = convert(tmp_path, "compilation-2009-letters-and-telegrams-your-devoted-note-without-mark.txt")
    by_date = {k.split("-stalin")[0][3:]: r for k, r in docs.items()}
    assert [r.find(f".//{T}body/{T}div").get("type") for _, r in sorted(by_date.items())] == ["letter", "telegram", "letter", "telegram"]
    rakosi = by_date["1950-03-09-rakosi"]
    assert lines(rakosi.find(f".//{T}closer")) == [("salute", "Your devoted"), ("signed", "M. Rákosi"),
                                                   ("dateline", "Budapest, 9 March 1950")]
    assert rakosi.find(f".//{T}body//{T}persName[@ref='#gero']") is not None
    gottwald = by_date["1950-01-11-gottwald"]
    assert gottwald.findtext(f".//{T}bibl/{T}note[@type='source']").startswith("1. Vladimír Clementis, Minister")
    last = by_date["1950-03-22-rakosi"]
    assert lines(last.find(f".//{T}closer")) == [("signed", "Rákosi"), ("dateline", "22.III.50")]
    assert "NOTES" not in text(last.find(f".//{T}body"))


def test_a_compilation_in_two_columns_run_together(tmp_path):
    """A page of two columns copied line by line (each line the left column's words, a
    gutter, the right column's): the left column read, then the right (the two telegrams were
    one, their lines interleaved), its lines joined as the column's width cut them, each
    heading whole."""
    docs = convert(tmp_path, "compilation-1994-two-columns-run-together.txt")
    assert sorted(docs) == ["tg-1951-08-07-mao-stalin-korean-war-in-soviet-1994",
                            "tg-1951-08-09-stalin-mao-korean-war-in-soviet-1994"]
    first, second = (docs[k] for k in sorted(docs))
    assert text(first.find(f".//{T}head")) == "12. TELEGRAM FROM MAO TSE-TUNG TO FILIPPOV, 7 AUGUST 1951"
    assert [text(p) for p in first.iterfind(f".//{T}body/{T}div/{T}p")] == [
        "The negotiations at Kaesong have been interrupted by the enemy. We consider that our delegation should "
        "not return to the conference until the enemy apologizes for the incident of 4 August.",
        "Please tell us your opinion."]
    assert lines(second.find(f".//{T}closer")) == [("signed", "Filippov")]


def test_collected_works_title_over_two_lines_and_kind_under_it(tmp_path):
    """"TO GENERALISSIMO J. V. STALIN" / "ON HIS SEVENTIETH BIRTHDAY" / "(Telegram)": one
    title, the kind a heading (the title's second line and the kind were paragraphs, and the
    salutation under them too); "HO CHI MINH" over the book's title its author (the book was
    "Ho Chi Minh Selected Writings")."""
    root = one(tmp_path, "works-ho-stalin-1949-12-21-title-over-two-lines-kind-under-it.txt")
    assert root.findtext(f".//{T}title[@type='source']") == "TO GENERALISSIMO J. V. STALIN ON HIS SEVENTIETH BIRTHDAY"
    assert root.findtext(f".//{T}bibl/{T}title[@level='m']") == "Selected Writings (1920-1969)"
    div = root.find(f".//{T}body/{T}div")
    assert [(etree.QName(c).localname, c.get("type")) for c in div][:2] == [("head", "sub"), ("opener", None)]
    assert lines(div.find(f"{T}opener")) == [("salute", "Dear Comrade Stalin,")]


def test_collected_works_date_and_hour_under_the_title(tmp_path):
    """"(27 January 1951, 24:00 hours)" under the title dates the telegram (it was undated);
    "Note: Printed from the original manuscript kept in the Central Archives." under the
    signature a note of the source, its archive the manuscript's (the signature was a
    paragraph above it)."""
    root = one(tmp_path, "works-peng-mao-cmc-1951-01-27-date-and-hour-under-title-printed-from-note.txt")
    assert when(root, "sent") == "1951-01-27"
    assert root.findtext(f".//{T}bibl/{T}note[@type='source']").startswith("Note: Printed from the original manuscript")
    assert root.find(f".//{T}msIdentifier/{T}repository").get("ref") == "#cca"
    assert lines(root.find(f".//{T}closer")) == [("signed", "Peng Dehuai")]
    assert "Printed from" not in text(root.find(f".//{T}body"))


def test_via_line_and_a_korean_name_in_three_words(tmp_path):
    """"Pyongyang, via Razuvaev" above the salutation: a routing line, Razuvaev the
    intermediary (it was a paragraph, the salutation too); "Choe En Gen", a Korean name in
    three words, one provisional person (it was "En Gen", read as pinyin); "Pen Dekhuai" and
    "Kim Ir Sen", the Russian transcriptions, the known persons."""
    report = Report()
    [root] = convert(tmp_path, "telegram-kim-fynsi-1951-04-02-via-line-korean-name-in-three-words.md", report=report).values()
    assert lines(root.find(f".//{T}opener")) == [("classification", "TOP SECRET"), ("transmission", "Pyongyang, via Razuvaev"),
                                                ("salute", "Dear Comrade Fyn Si!")]
    assert parties(root) == {"sent": ["#kim-il-sung"], "transmitted": ["#razuvaev"], "received": ["#stalin"]}
    names = {text(p): p.get("ref") for p in root.iterfind(f".//{T}body//{T}persName")}
    assert names["Choe En Gen"] == "#unresolved-choe-en-gen" and names["Pen Dekhuai"] == "#peng-dehuai"
    assert ["'Choe En Gen'" in str(m) for m in report.messages if "[unresolved-name]" in str(m)] == [True]


def test_east_european_and_russian_transcribed_names(tmp_path):
    """The authority file knows them now: "Pak Khen En" (Pak Hon-yong as Russian writes him),
    Kimon Georgiev and Lulchev, Mehmet Shehu and the Albanian Party of Labour, Gomułka's party
    name "Wiesław" after his signature (the signature and its formula were paragraphs: a name
    with "ł", a name in parentheses after it)."""
    shtykov = one(tmp_path / "a", "cable-shtykov-vyshinsky-1950-02-04-russian-transcriptions.txt")
    assert shtykov.find(f".//{T}body//{T}persName[@ref='#pak-hon-yong']").text == "Pak Khen En"
    dimitrov = one(tmp_path / "b", "cable-dimitrov-stalin-molotov-1946-01-11-bulgarian-opposition.txt")
    refs = {p.get("ref") for p in dimitrov.iterfind(f".//{T}body//{T}persName")}
    assert {"#kimon-georgiev", "#lulchev", "#petkov", "#vyshinsky"} <= refs
    hoxha = one(tmp_path / "c", "letter-hoxha-stalin-1949-10-26-party-of-labour.txt")
    assert {"#shehu"} <= {p.get("ref") for p in hoxha.iterfind(f".//{T}body//{T}persName")}
    assert hoxha.find(f".//{T}body//{T}orgName[@ref='#pla-albania']") is not None
    gomulka = one(tmp_path / "d", "letter-gomulka-stalin-1948-12-14-signature-with-party-name-diacritics.md")
    assert lines(gomulka.find(f".//{T}closer")) == [("salute", "With communist greetings,"), ("signed", "W. Gomułka (Wiesław)")]
    assert [p.get("type") for p in gomulka.iterfind(f".//{T}closer/{T}signed//{T}persName")] == [None, "pseudonym"]
    note = gomulka.find(f".//{T}body//{T}note[@place='foot']")
    assert text(note).startswith("The Polish Socialist Party (PPS) merged with the PPR")
