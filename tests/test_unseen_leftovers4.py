"""What the fourth round of leftovers fixed: a telegram typed in capitals as its cable form prints it,
a letter a FRUS telegram quotes with its own salutation and signature, a text dated only by its
first printing, and initials read as "comrade"."""

from __future__ import annotations

from source_helpers import T, convert, lines, text
from tei.messages import Report

RAILWAYMEN = "works-mao-railwaymen-1949-11-03-dated-only-by-its-first-printing.txt"


# --- a date only in the source line -----------------------------------------------------------------

def test_a_text_dated_only_by_its_first_printing_takes_that_issues_day_inferred(tmp_path):
    """"[Source: People's Daily, November 3, 1949.]" and no other date: the telegram was sent that
    day or before; the day is the sent date, marked as the encoder's inference, and said so."""
    report = Report()
    [root] = convert(tmp_path, RAILWAYMEN, report=report).values()
    assert root.get("{http://www.w3.org/XML/1998/namespace}id").startswith("tg-1949-11-03-mao-")
    sent = root.find(f".//{T}correspAction[@type='sent']")
    date = sent.find(f"{T}date")
    assert (date.get("when"), date.get("evidence"), date.get("resp")) == ("1949-11-03", "internal", "#encoder")
    assert "first printed in People's Daily" in text(sent.find(f"{T}note[@type='date']"))
    assert not [m for m in report.messages if m.code == "no-date"]


# --- "T." an initial before another ---------------------------------------------------------------

def test_t_before_another_initial_is_an_initial_not_comrade(tmp_path):
    """"T." is the Russian t. (comrade) only before a surname: "T. Vyshinsky" is Vyshinsky, but
    "T. F. Tsiang" and "T. V. Soong" are the authority file's forms, initials and all."""
    from tei.authority import Authority

    authority = Authority.load()
    found = {n: getattr(authority.lookup(n), "id", None) for n in (
        "T. F. Tsiang", "T. V. Soong", "T. Vyshinsky", "t. Stalin", "V. M. Molotov", "A. Ya. Vyshinsky",
        "Comrade V. M. Molotov", "Chairman T. F. Tsiang")}
    assert found == {"T. F. Tsiang": "tsiang-tingfu", "T. V. Soong": "song-ziwen", "T. Vyshinsky": "vyshinsky",
                     "t. Stalin": "stalin", "V. M. Molotov": "molotov", "A. Ya. Vyshinsky": "vyshinsky",
                     "Comrade V. M. Molotov": "molotov", "Chairman T. F. Tsiang": "tsiang-tingfu"}


# --- a telegram typed in capitals as its form prints it ---------------------------------------------

HO = "page-ho-byrnes-1945-10-22-cable-form-typed-in-capitals.txt"


def test_a_cable_form_typed_in_capitals_reads_its_form_address_message_and_signature(tmp_path):
    """"* TELEGRAM" (the blog's bullet), the sender's line, "TO THE SECRETARY OF STATE ...": the
    form's name and the two address lines of the opener, not a list item and paragraphs; the
    message's lines, cut at the form's width, one paragraph, its "STOP"s kept as typed;
    "RESPECTFULLY" the closing formula and "HOCHIMINH", the name written as one word as a cable
    counts it, the signature, linked to Ho Chi Minh; the blog's Vietnamese lines left out."""
    report = Report()
    [root] = convert(tmp_path, HO, report=report).values()
    div = root.find(f".//{T}div")
    assert div.find(f"{T}list") is None
    assert lines(div.find(f"{T}opener")) == [
        ("form", "TELEGRAM"), ("address", "PRESIDENT HOCHIMINH PROVISIONAL GOVERNMENT VIETNAM HANOI"),
        ("address", "TO THE SECRETARY OF STATE WASHINGTON D.C.")]
    [p] = div.findall(f"{T}p")
    assert text(p).startswith("IN THE NAME OF THE PROVISIONAL GOVERNMENT I HAVE THE HONOUR TO DRAW")
    assert text(p).endswith("BEFORE THE COUNCIL OF FOREIGN MINISTERS") and text(p).count(" STOP ") == 2
    assert lines(div.find(f"{T}closer")) == [("salute", "RESPECTFULLY"), ("signed", "HOCHIMINH")]
    assert div.find(f"{T}closer/{T}signed/{T}persName").get("ref") == "#ho-chi-minh"
    assert root.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#byrnes"
    assert "Bức" not in text(div) and [m for m in report.messages if m.code == "other-language"]


def test_a_name_written_as_one_word_is_the_persons_and_stop_ends_a_summarys_sentence():
    """A person's name of several words written as one ("HOCHIMINH") is his, where no other
    person's is so written; a cable's "STOP" ends the first sentence a summary gives."""
    from tei.authority import Authority
    from tei.html.entry import one_line

    authority = Authority.load()
    assert authority.lookup("HOCHIMINH").id == "ho-chi-minh" and authority.solid("MAOTSETUNG").id == "mao"
    assert authority.solid("GOVERNMENT") is None and authority.solid("Ho Chi") is None
    assert one_line("TROOPS IN HANOI STOP MEANWHILE FRENCH TROOPS PREPARE STOP I APPEAL") == "TROOPS IN HANOI STOP"


# --- a letter a FRUS telegram quotes ----------------------------------------------------------------

INITIALS = "frus-web-state-embassy-1962-11-05-quoted-letter-sincerely-initials.txt"
IN_FULL = "frus-web-state-embassy-1962-11-03-quoted-letter-signed-in-full-source-bullet.txt"


def test_a_letter_the_telegram_quotes_has_its_own_salutation_and_signature(tmp_path):
    """"Dear Mr. Chairman:" ... "Sincerely, JFK." in the quotation marks: a floatingText of the
    letter with its salutation and its closer ("Sincerely," no signer's name), its paragraphs with
    their notes inside it; the telegram's own text and dateline outside."""
    [root] = convert(tmp_path, INITIALS).values()
    div = root.find(f".//{T}div")
    letter = div.find(f"{T}quote/{T}floatingText[@type='letter']/{T}body")
    assert lines(letter.find(f"{T}opener")) == [("salute", "Dear Mr. Chairman:")]
    assert lines(letter.find(f"{T}closer")) == [("salute", "Sincerely,"), ("signed", "JFK.")]
    assert text(letter.find(f"{T}p/{T}note")) == "Not found."
    assert len(letter.findall(f"{T}p")) == 2
    assert div.find(f"{T}closer") is None and div.find(f"{T}opener/{T}dateline") is not None


def test_a_quoted_letter_signed_in_full_and_a_source_note_bulleted_without_its_link(tmp_path):
    """"Sincerely yours, John F. Kennedy.": the formula to its comma, the name with its initial
    the signature; "- Source: ..." at the page's end, cut short, the source note (0) in the head,
    not a list of the text."""
    from tei.transforms.structure.lines import formula_and_name, is_signature

    [root] = convert(tmp_path, IN_FULL).values()
    div = root.find(f".//{T}div")
    letter = div.find(f"{T}quote/{T}floatingText/{T}body")
    assert lines(letter.find(f"{T}closer")) == [("salute", "Sincerely yours,"), ("signed", "John F. Kennedy.")]
    assert div.find(f"{T}list") is None
    assert text(div.find(f"{T}head/{T}note")).startswith("Source: Department of State, Presidential Correspondence")
    assert text(div.findall(f"{T}p")[-1]) == "Please report time delivery."
    assert formula_and_name("Sincerely, JFK.") == ("Sincerely,", "JFK.")
    assert not any(map(is_signature, ("Sincerely", "RESPECTFULLY", "Very truly yours", "Faithfully,")))
