"""Real pages, round thirty (Wilson Center records of other collections and years: Vietnam 1954, the
Sino-Soviet split, Iran 1945-46): what the converter misread, each with a source of our own in the
page's layout (the pages themselves are not ours to keep)."""

from __future__ import annotations

from source_helpers import T, convert_one, lines, text, witness

PRC_FORM = "wilson-new-site-chinese-embassy-mfa-1961-05-09-prc-form-lines-quoted-subject-date-last.txt"


def test_a_subject_quoted_after_the_comma_is_not_the_senders_name(tmp_path):
    """"Cable from the Chinese Embassy in the Soviet Union, 'Suggestions on the Coming Trade Talks'":
    the embassy the sender, the quoted subject not part of its name (it was one provisional body
    "Chinese Embassy in the Soviet Union, 'Suggestions ...'"); the addressee the address line's, the
    title naming none (no recipient was found: the TEI was not valid)."""
    root = convert_one(tmp_path, PRC_FORM)
    sender = root.find(f".//{T}correspAction[@type='sent']/{T}orgName")
    assert text(sender) == "Chinese Embassy in the Soviet Union"
    assert root.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#li-fuchun"


def test_the_chinese_telegram_forms_lines_are_the_openers(tmp_path):
    """The Chinese form as the archive translates it, each line under the other without blank lines:
    its heading, where it came from, its numbers ("No. (61) 604", the year in brackets; the
    ministry's department's number), the subject the title quotes, the address and the copy line:
    the opener (all were paragraphs of the text)."""
    root = convert_one(tmp_path, PRC_FORM)
    div = root.find(f".//{T}body/{T}div")
    assert [kind for kind, _ in lines(div.find(f"{T}opener"))] == [
        "form", "transmission", "classification", "number", "number", "subject", "address", "distribution"]
    assert text(div.find(f"{T}p")).startswith("The Soviet side has let it be known")


def test_a_date_alone_last_before_author_is_the_dateline_not_the_description(tmp_path):
    """"9 May 1961" the text's last line over "Author(s):", the record giving no description: the
    closer's dateline (it was taken for the record's description, the summary, and left the text)."""
    root = convert_one(tmp_path, PRC_FORM)
    date = root.find(f".//{T}body/{T}div/{T}closer/{T}dateline/{T}date")
    assert date is not None and date.get("when") == "1961-05-09"
    assert root.find(f".//{T}abstract") is None or "9 May 1961" not in text(root.find(f".//{T}abstract"))


PRINTED = "wilson-new-site-mao-huang-1954-05-03-printed-source-unlabelled-under-document-information.txt"


def test_a_printed_source_unlabelled_under_document_information_is_the_citation(tmp_path):
    """"Document Information" / "Mao wengao, vol. 4, p. 501. Translated for CWIHP by ...", no "Source"
    label and no archive named: the citation and its translator (the record was said to have an
    empty source, converted uncited)."""
    root = convert_one(tmp_path, PRINTED)
    bibl = witness(root)
    assert text(bibl.find(f"{T}note[@type='citation']")) == "Mao wengao, vol. 4, p. 501. Translated for CWIHP by Peter N. Example."
    assert text(bibl.find(f"{T}respStmt[{T}resp='Translated by']/{T}persName")) == "Peter N. Example"
    assert bibl.find(f"{T}note[@type='uncited']") is None


def test_form_line_patterns():
    """The patterns' edges: the form's "Copy" line with a name, not "Copy No. 1:"; a department's
    number line, not a sentence with a number in it."""
    from tei.transforms.structure.lines import cable_line

    assert cable_line("Copy [Chinese] Central Committee:") == "distribution"
    assert cable_line("Copy No. 1:") != "distribution"
    assert cable_line("Ministry of Foreign Affairs 4th department No. 42") == "number"
    assert cable_line("We sent the list to the department No. 42 yesterday.") is None
    assert cable_line("Telegram From: the Soviet Union") == "transmission"


FUNDED = "wilson-old-site-soviet-embassy-note-1960-07-20-funders-line-over-the-citation.txt"


def test_the_funders_line_over_the_citation_is_the_credits_not_the_summary(tmp_path):
    """The older pages: "This document was made possible with support from ..." under the date, over
    "• Citation" and the description: the record's credits; the summary the description alone (the
    funder's line was its first sentence)."""
    root = convert_one(tmp_path, FUNDED)
    abstract = text(root.find(f".//{T}abstract"))
    assert abstract.startswith("The Soviet Embassy tells the Chinese Foreign Ministry") and "made possible" not in abstract
    assert text(witness(root).find(f"{T}note[@type='credits']")).endswith("the Leon Levy Foundation")


PARTY_CC = "wilson-new-site-bagirov-stalin-1946-04-20-place-and-party-cc-address-lines.txt"


def test_the_place_and_the_party_cc_to_the_comrade_are_the_address(tmp_path):
    """"Moscow" / "CC VKPB to Cde. Stalin" over the text (Bagirov's telegrams from Baku): the
    address, the place where it goes over the Central Committee and the comrade it is for (both
    were the text's first paragraphs); Stalin the recipient."""
    from tei.transforms.structure.lines import is_address

    root = convert_one(tmp_path, PARTY_CC)
    div = root.find(f".//{T}body/{T}div")
    assert lines(div.find(f"{T}opener")) == [("address", "Moscow"), ("address", "CC VKPB to Cde. Stalin")]
    assert text(div.find(f"{T}p")).startswith("The repair of the railway")
    assert root.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#stalin"
    assert div.find(f"{T}closer/{T}dateline/{T}date").get("when") == "1946-04-20"
    assert is_address("CC VKP(b) to Comrade Stalin I.V.") and not is_address("CC asked us to send it to Comrade Stalin")


def test_what_the_copy_holds_above_the_records_date_is_not_its_title(tmp_path):
    """"A note from Bagirov to Molotov about ..." over "April 20, 1946" (the description of the record
    the site lists before it, copied with the page): not the title, the line under the date is (it
    was taken for the title, the document a letter to Molotov, the real title a paragraph)."""
    root = convert_one(tmp_path, PARTY_CC)
    assert text(root.find(f".//{T}titleStmt/{T}title[@type='source']")) == "Telegram from Bagirov to Stalin about the railway to Tabriz"
    assert root.find(f".//{T}body/{T}div").get("type") == "telegram"
    assert "paper for the newspapers" not in "".join(root.itertext())


def test_the_addressees_names_the_editor_completes_before_a_colon_are_the_address(tmp_path):
    """"Huang (Kecheng) and Su (Yu):" over the text, as the archive's translations of Chinese cables
    head them, the editor completing the names in brackets: the address (it was the text's first
    paragraph); a line of names with no completion, or a sentence, is not."""
    from tei.transforms.structure.lines import is_address

    root = convert_one(tmp_path, PRINTED)
    div = root.find(f".//{T}body/{T}div")
    # (the completions in parentheses the editor's supplied words in the names: see test_unseen_leftovers17)
    assert lines(div.find(f"{T}opener")) == [("address", "Huang Kecheng and Su Yu:")]
    assert text(div.find(f"{T}p")).startswith("The plan of Wei Guoqing")
    assert is_address("Chairman [Mao], Comrade [Liu] Shaoqi and the Central Committee:")
    assert not is_address("Zhou Enlai:") and not is_address("Mao (Zedong) said the following:")
