"""Collected works as real web transcriptions print them (found on the web in the session of
worksreal): an archive's page whose title and occasion the page breaks over lines, with "Source :"
and "Publisher :" lines; a title naming an office and a holder of three words with no comma; a
speech on a page of selected works refused."""

from __future__ import annotations

from source_helpers import T, convert_one, refused, text


def test_title_and_occasion_over_lines_and_the_publisher_line(tmp_path):
    root = convert_one(tmp_path, "works-stalin-kim-1951-09-09-archive-page-title-and-occasion-wrapped-publisher-line.txt")
    assert text(root.find(f".//{T}title[@type='source']")) == (
        "Greetings Telegram to the Chairman of the Cabinet of Ministers of the Democratic People's Republic of "
        "Korea Kim Il Sung")
    assert root.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#kim-il-sung"
    assert root.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1951-09-09"
    head = text(root.find(f".//{T}div[@type='telegram']/{T}head"))
    assert head.endswith("On the occasion of the third anniversary of the founding of the Democratic People's "
                         "Republic of Korea")
    witness = root.find(f".//{T}bibl[@type='witness']")
    assert text(witness.find(f"{T}publisher")) == "Red Star Press Ltd."
    assert text(witness.find(f"{T}pubPlace")) == "London"
    assert witness.find(f"{T}date").get("when") == "1986"
    assert witness.find(f"{T}biblScope[@unit='volume']").get("n") == "16"
    assert text(witness.find(f"{T}relatedItem[@type='original']")).startswith('"New Germany," Berlin Ed., No. 211')
    assert text(witness.find(f"{T}note[@type='credits']")).startswith("Transcription/HTML Markup : A. Volunteer")


def test_office_and_a_holder_of_three_words_without_a_comma(tmp_path):
    root = convert_one(tmp_path, "works-stalin-mao-1952-10-01-page-of-texts-holder-of-three-words-no-comma.txt")
    assert root.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#mao"
    assert not [p for p in root.iter(f"{T}person")
                if p.get("{http://www.w3.org/XML/1998/namespace}id").startswith("unresolved")]


def _refused(tmp_path, page_text):
    errors, written = refused(tmp_path, page_text, "speech.txt")
    assert not written
    return errors


SPEECH = ("Marx-Engels |  Lenin  | Stalin |  Home Page\n\nSelected Works of Mao Tse-tung\n\n"
          "Speech at the Reception for the Delegation of Workers\n\n{date}"
          "Source: People's Daily, November 3, 1952.\n\nDear comrades and friends:\n\n"
          "I am glad to welcome you in Peking on behalf of the Chinese people.\n\n"
          "Long live the friendship of our peoples!\n\nSelected Works of Mao Tse-tung\n")


def test_a_speech_with_a_stray_bracket_before_its_date_is_refused(tmp_path):
    [error] = _refused(tmp_path, SPEECH.format(date=">November 1, 1952\n\n"))
    assert "not telegrams or letters ('Speech at the Reception" in error.text and error.line == 5


def test_an_undated_speech_is_refused(tmp_path):
    [error] = _refused(tmp_path, SPEECH.format(date=""))
    assert "not telegrams or letters ('Speech at the Reception" in error.text


def test_a_frus_note_of_two_paragraphs_keeps_the_message_it_quotes(tmp_path):
    root = convert_one(tmp_path, "frus-web-kirk-acheson-1951-11-20-note-of-two-paragraphs-quoting-a-message.txt")
    notes = {n.get("n"): text(n) for n in root.iter(f"{T}note") if n.get("place") == "foot"}
    assert notes["1"] == "Chairman of the Central People's Government of the People's Republic of China."
    assert notes["2"].startswith("The text of the message, as printed by Pravda and translated by the Embassy, read:")
    assert notes["2"].endswith("I thank you for the equipment delivered. Mao Tse-tung.”")
    assert not [p for p in root.iter(f"{T}p") if text(p).startswith("“Moscow")]
