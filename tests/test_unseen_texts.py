"""Texts the converter misread: Markdown's emphasis over several lines and a letter quoted as a
block quotation without quotation marks; the cipher office's clerks' lines without a date or
number; "the Politburo" in the CCP's cable; the party inside its Central Committee's name; a
place the authority file lacks, named without its kind's word, reported."""

from __future__ import annotations

from source_helpers import T, convert, lines, text

from tei.messages import Report


def one(tmp_path, name, report=None):
    [root] = convert(tmp_path, name, report=report).values()
    return root


# --- 1. Markdown ----------------------------------------------------------------------------------

MARKDOWN = "cable-roshchin-filippov-1951-03-09-emphasis-over-lines-letter-in-block-quote.md"


def test_emphasis_over_several_lines_is_one_hi(tmp_path):
    """"*without any delay, since ..." / "meets on the fourteenth*": the marks were left in the
    text and the paragraph cut at the line that opens them."""
    root = one(tmp_path, MARKDOWN)
    first = root.find(f".//{T}div/{T}p")
    assert text(first).startswith("Today Zhou Enlai handed me") and text(first).endswith("must know your opinion:")
    [hi] = first.iter(T + "hi")
    assert hi.get("rend") == "italic"
    assert text(hi) == "without any delay, since the Government Council meets on the fourteenth"
    assert "*" not in text(root.find(f".//{T}body"))


def test_a_letter_in_a_block_quotation_without_marks_is_a_quoted_letter(tmp_path):
    """"> Dear Comrade Stalin!" ... "> MAO ZEDONG" / "> 8 March 1951": a floatingText with its
    opener and closer, as a letter quoted in marks is; the cable's own closer signs the cable."""
    root = one(tmp_path, MARKDOWN)
    quote = root.find(f".//{T}div/{T}quote")
    assert quote.get("rend") == "block"
    letter = quote.find(f"{T}floatingText[@type='letter']/{T}body")
    assert letter is not None
    assert lines(letter.find(f"{T}opener")) == [("salute", "Dear Comrade Stalin!")]
    assert lines(letter.find(f"{T}closer")) == [("salute", "With communist greetings,"), ("signed", "MAO ZEDONG"),
                                                ("dateline", "8 March 1951")]
    assert lines(root.find(f".//{T}div/{T}closer")) == [("signed", "ROSHCHIN"), ("dateline", "9 March 1951")]
    sent = root.find(f".//{T}correspAction[@type='sent']/{T}persName")
    assert sent.get("ref") == "#roshchin"


# --- 2. the clerks' lines -------------------------------------------------------------------------

def test_clerks_lines_without_a_date_or_number_are_the_closers(tmp_path):
    """"Deciphered by Lieutenant Orlova" / "Typed by Captain Belousov" / "3 copies" under the
    signature were paragraphs of the text: only such lines with a date or number were read."""
    root = one(tmp_path, "cable-zakharov-filippov-1951-03-06-clerks-lines-without-date-or-number.txt")
    div = root.find(f".//{T}div")
    assert [text(p) for p in div.iter(T + "p")] == [
        "The Chinese delegation arrived at the front headquarters this morning. Peng Dehuai asks that the question "
        "of the air cover for the crossings be settled before the end of the month."]
    assert lines(div.find(f"{T}closer")) == [("signed", "ZAKHAROV"), ("transmission", "Deciphered by Lieutenant Orlova"),
                                             ("transmission", "Typed by Captain Belousov"), ("transmission", "3 copies")]
    assert not div.find(f"{T}closer").findall(f".//{T}seg/{T}persName")  # the clerks are not tagged


def test_clerks_lines_are_the_closer_of_a_telegram_nobody_signs(tmp_path):
    """Under the text, no signature and no date: the closing lines (a closer must otherwise hold
    a date or a signature), not paragraphs of the text."""
    root = one(tmp_path, "cable-zakharov-filippov-1951-04-11-unsigned-clerks-lines-only.txt")
    div = root.find(f".//{T}div")
    assert len(list(div.iter(T + "p"))) == 1
    assert lines(div.find(f"{T}closer")) == [("transmission", "Deciphered by Captain Orlov"),
                                             ("transmission", "Typed by Captain Belousov, 3 copies")]


# --- 3. "the Politburo" in the CCP's cable --------------------------------------------------------

def test_the_politburo_in_a_cable_of_the_ccp_is_the_ccps(tmp_path):
    """Mao, "the CC CCP has received ...; the Politburo discussed ...", "Our Party asks": the
    Politburo was linked to the Soviet one (the file's "Politburo" while it existed)."""
    root = one(tmp_path, "telegram-mao-filippov-1951-06-19-politburo-of-our-party.txt")
    bodies = {text(o): o.get("ref") for o in root.find(f".//{T}body").iter(T + "orgName")}
    assert bodies["Politburo"] == "#ccp-politburo" and bodies["CC CCP"] == "#ccp-cc"
    assert root.find(f".//{T}standOff//{T}org[@{{http://www.w3.org/XML/1998/namespace}}id='politburo']") is None


def test_the_politburo_stays_the_soviet_one_where_the_text_names_the_soviet_party_too(tmp_path):
    """"We ask the CC CPSU and the Politburo" in Zhou's cable: the Soviet Politburo still."""
    root = one(tmp_path, "telegram-zhou-stalin-1951-04-17-politburo-before-the-rename.txt")
    refs = [o.get("ref") for o in root.find(f".//{T}body").iter(T + "orgName") if text(o) == "Politburo"]
    assert refs == ["#politburo"]


# --- 4. the party inside its Central Committee's name; 5. unknown places ---------------------------

KOREA = "cable-razuvaev-filippov-1952-05-27-party-inside-its-committee-unknown-places.txt"


def test_the_party_inside_its_committees_name_is_tagged_nested(tmp_path):
    root = one(tmp_path, KOREA)
    outer = next(o for o in root.find(f".//{T}body").iter(T + "orgName") if o.get("ref") == "#wpk-cc")
    inner = outer.find(f"{T}orgName")
    assert inner is not None and inner.get("ref") == "#wpk" and text(inner) == "Workers' Party of Korea"
    assert inner.find(f"{T}placeName").get("ref") == "#korea"
    assert text(outer) == "Central Committee of the Workers' Party of Korea"
    assert root.find(f".//{T}standOff//{T}org[@{{http://www.w3.org/XML/1998/namespace}}id='wpk']") is not None


def test_a_place_after_a_preposition_the_file_lacks_is_reported(tmp_path):
    """"reached Songchon", "near Kujang": never reported; not tagged (a guess), said with the line."""
    report = Report()
    root = one(tmp_path, KOREA, report=report)
    said = sorted((m.line, m.text.split("'")[1]) for m in report.messages if m.code == "unknown-place")
    assert said == [(24, "Kujang"), (24, "Songchon")]
    assert "Songchon" not in [text(p) for p in root.iter(T + "placeName")]
    # (the months, the known places and the persons after "to" are not reported)
    assert not [m for m in report.messages if m.code == "unknown-place" and ("June" in m.text or "Sinuiju" in m.text)]


# --- unseen texts of the three layouts ------------------------------------------------------------

def test_unseen_wilson_cable_clerks_lines_and_unknown_heights(tmp_path):
    report = Report()
    root = one(tmp_path, "cable-shtykov-vyshinsky-1949-10-21-ongjin-clash-clerks-lines-unknown-heights.txt", report)
    closer = root.find(f".//{T}div/{T}closer")
    assert lines(closer) == [("signed", "SHTYKOV"), ("transmission", "Deciphered by Lieutenant Kuzmina"),
                             ("transmission", "Typed by Senior Lieutenant Grigoriev, 4 copies")]
    assert sorted(m.text.split("'")[1] for m in report.messages if m.code == "unknown-place") == \
        ["Kangryong", "Unpa-san"]  # (Haeju the authority file knows)
    outer = next(o for o in root.iter(T + "orgName") if o.get("ref") == "#wpk-cc")
    assert outer.find(f"{T}orgName").get("ref") == "#wpk"


def test_unseen_markdown_letter_emphasis_over_lines_political_bureau_of_our_party(tmp_path):
    root = one(tmp_path, "letter-liu-stalin-1949-07-06-front-matter-emphasis-over-lines-block-letter.md")
    his = {text(h): h.get("rend") for h in root.iter(T + "hi")}
    assert his == {"Political Bureau of our Party has approved this list": "italic",
                   "at first not fewer than two hundred": "bold"}
    assert next(o for o in root.iter(T + "orgName") if text(o) == "Political Bureau").get("ref") == "#ccp-politburo"
    letter = root.find(f".//{T}quote/{T}floatingText/{T}body")
    assert lines(letter.find(f"{T}closer"))[1] == ("signed", "MAO TSE-TUNG")
    assert lines(root.find(f".//{T}div/{T}closer")) == [("signed", "LIU SHAO-CHI"), ("dateline", "6 July 1949")]


def test_unseen_compilation_cc_of_the_wpk(tmp_path):
    docs = convert(tmp_path, "compilation-1966-gromyko-shtykov-politburo-of-the-cc-of-the-wpk.txt")
    second = docs["tg-1951-08-24-shtykov-gromyko-soviet-korean-relations-1966"]
    cc = next(o for o in second.iter(T + "orgName") if o.get("ref") == "#wpk-cc")
    assert text(cc) == "CC of the Workers' Party of Korea"
    assert not [o for o in second.find(f".//{T}body").iter(T + "orgName") if o.get("ref") == "#politburo"]
