"""Real pages, round thirty-one (Wilson Center records of the core correspondence itself, 1949-1953:
Stalin as Filippov and Feng Xi, Mao Zedong, Zhou Enlai, Shtykov, Roshchin, Zakharov): what the
converter misread, each with a source of our own in the page's layout (the pages themselves are not
ours to keep)."""

from __future__ import annotations

from source_helpers import T, convert_one, lines, text, witness

DESCRIBED = "wilson-new-site-shtykov-fengxi-1950-09-03-description-names-a-date-copies-over-two-lines.txt"


def test_a_description_that_names_a_date_is_the_summary_not_the_texts_dateline(tmp_path):
    """The record's description, last under the text, names the date of the telegram it answers
    ("... Stalin's telegram of September 1, 1950, ..."): the summary still (it was taken for a date
    alone, the dateline, and left in the text: no summary, the copy line and number paragraphs)."""
    root = convert_one(tmp_path, DESCRIBED)
    assert text(root.find(f".//{T}abstract")).startswith("Telegram from Shtykov to Stalin on how Kim Il Sung")
    div = root.find(f".//{T}body/{T}div")
    assert all("Telegram from Shtykov" not in text(p) for p in div.iter(f"{T}p"))
    assert lines(div.find(f"{T}closer")) == [
        ("number", "No. 1012"),
        ("distribution", "Copies: Stalin (2), Malenkov, Beria, Bulganin, Mikoyan, Khrushchev, File of 8th")]


SMALL_FOR = "wilson-new-site-filippov-mao-1951-10-02-address-in-small-letters-under-the-title.txt"


def test_an_address_in_small_letters_under_the_title_is_not_the_titles_end(tmp_path):
    """"for Comrade Mao Zedong" on its line under the title, blank lines between: the address, the
    opener's (it was joined to the title, the witness's title ending "... to Mao Zedong for Comrade
    Mao Zedong")."""
    root = convert_one(tmp_path, SMALL_FOR)
    assert text(witness(root).find(f"{T}title")) == "Ciphered Telegram, Filippov [Stalin] to Mao Zedong"
    assert lines(root.find(f".//{T}body/{T}div/{T}opener")) == [("address", "for Comrade Mao Zedong")]


UNDER_ADDRESS = "wilson-filippov-zhou-1951-03-02-for-comrade-in-small-letters-under-the-address.txt"


def test_for_comrade_in_small_letters_under_the_address_line_is_the_address(tmp_path):
    """"BEIJING - To Comrade ZAKHAROV" / "for Comrade ZHOU ENLAI": both address lines (the second was
    the text's first paragraph)."""
    root = convert_one(tmp_path, UNDER_ADDRESS)
    div = root.find(f".//{T}body/{T}div")
    assert lines(div.find(f"{T}opener"))[-2:] == [("address", "BEIJING - To Comrade ZAKHAROV"),
                                                  ("address", "for Comrade ZHOU ENLAI")]
    assert text(div.find(f"{T}p")).startswith("We have considered your request")


SERIES = "wilson-new-site-roshchin-filippov-1951-06-20-cipher-series-line-over-the-address.txt"


def test_the_cipher_series_line_is_a_marking_and_the_address_under_it_the_openers(tmp_path):
    """'Series "G" T' between the received line and "To Comrade FILIPPOV [Stalin]": a marking of the
    form; the address under it the opener's (both were paragraphs of the text)."""
    root = convert_one(tmp_path, SERIES)
    div = root.find(f".//{T}body/{T}div")
    assert lines(div.find(f"{T}opener"))[-2:] == [("classification", "Series G T"),  # (quotes and
                                                  ("address", "To Comrade FILIPPOV Stalin")]  # brackets: markup)
    assert text(div.find(f"{T}p")).startswith("To my telegram No. 3012.")


def test_a_received_line_with_the_months_name_between_stops_dates_the_receipt(tmp_path):
    """"Received 18:40 20.June.1951": the day, the month's name and the year between stops, the hour
    before them: when it was received (the date was not read, the receipt undated)."""
    root = convert_one(tmp_path, SERIES)
    received = root.find(f".//{T}correspAction[@type='received']/{T}date")
    assert received is not None and received.get("when") == "1951-06-20T18:40:00"


DASHED = "wilson-new-site-kim-stalin-1950-10-11-copies-with-dashed-counts-over-two-lines.txt"


def test_a_copy_list_with_dashed_counts_broken_after_a_comma_is_one_line(tmp_path):
    """"Distribution list - 11 copies: Stalin - 2," / "Molotov - 1, Malenkov - 1, ...": one line of
    the opener (the second was the text's first paragraph)."""
    root = convert_one(tmp_path, DASHED)
    div = root.find(f".//{T}body/{T}div")
    assert lines(div.find(f"{T}opener"))[-1] == (
        "distribution", "Distribution list - 11 copies: Stalin - 2, Molotov - 1, Malenkov - 1, Beria - 1, "
        "Mikoyan - 1, Kaganovich - 1, Bulganin - 1.")
    assert text(div.find(f"{T}p")).startswith("I herewith transmit a letter")


def test_patterns_edges():
    """The new patterns' edges: a series mark, not a sentence about a series; "for Comrade" in small
    letters an address, not "for" before any name."""
    from tei.sources.base import lines_to_blocks
    from tei.transforms.structure.lines import cable_line, is_address

    assert cable_line('Series "G" T') == "classification"
    assert cable_line("The series of talks will go on tomorrow.") is None
    from tei.dates import parse_date
    assert parse_date("13.Jun.1951").when == "1951-06-13"
    from tei.transforms.structure.lines import NAMES_RUN
    assert NAMES_RUN.match("Molotov - 1, Malenkov - 1, Beria - 1.")
    assert not NAMES_RUN.match("We agree with you - 1 more division.")
    assert is_address("for Comrade ZHOU ENLAI")
    assert not is_address("for the information of the comrades")
    # (a sentence cut before its last line still goes on: only an address alone under a title keeps its line)
    blocks = lines_to_blocks([(1, "We ask you to pass the text of the agreement without delay"),
                              (2, "to the comrades in the delegation.")])
    assert len(blocks) == 1


ISSUING = "wilson-vyshinsky-mao-1950-05-20-issuing-form-destination-and-to-whom-columns.txt"


def test_the_forms_destination_and_to_whom_columns_name_the_ambassador_who_passed_it_on(tmp_path):
    """"Destination: PEKING  To Whom: SovAmbassador" over "For Mao Zedong.": the Soviet ambassador in
    Peking at the date (Roshchin) passed it on, Mao the addressee (no intermediary was found)."""
    from source_helpers import parties

    root = convert_one(tmp_path, ISSUING)
    assert parties(root) == [("sent", "#vyshinsky"), ("transmitted", "#roshchin"), ("received", "#mao")]


COPY_FOR_ANOTHER = "wilson-mao-stalin-1951-01-20-copy-of-a-telegram-to-another-for-transmission-to-a-third.txt"


def test_a_copy_of_a_telegram_to_another_for_transmission_to_a_third_keeps_the_addressee(tmp_path):
    """"I send you a copy of my telegram of 18 January 1951 to Comrade Peng Dehuai for transmission to
    Comrade Kim Il Sung": the transmission the copied telegram's, Stalin (Filippov) the addressee as the
    title says (the telegram was made Mao's to Kim Il Sung, Stalin the one who passed it on)."""
    from source_helpers import parties

    root = convert_one(tmp_path, COPY_FOR_ANOTHER)
    assert parties(root) == [("sent", "#mao"), ("received", "#stalin")]


def test_another_telegrams_transmission_pattern():
    """The sentence before "for transmission to" names the telegram copied and its addressee; a form's
    heading ("CIPHERED TELEGRAM to Comrade Kovalev") does not."""
    from tei.transforms.correspondence import ANOTHERS_TRANSMISSION

    assert ANOTHERS_TRANSMISSION.search("I send you a copy of my telegram of 14 January to Comrade Peng Dehuai ")
    assert not ANOTHERS_TRANSMISSION.search("CIPHERED TELEGRAM to Comrade Kovalev ")
