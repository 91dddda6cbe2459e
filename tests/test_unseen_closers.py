"""The lines under a real cable's text the Wilson Center's pages print: the cipher office's and
registry's ("Two copies made", "copies NºNº 1-2 to Cde. ...", "Typed by ..." / "at 2320 19
September", "Verified by Shift Chief ..."; "Typed on ... at 1140", "Distributed at 1215", "Issued by
...  Authenticated by: ..."; a copy list the page broke over two lines; a numbered copy list, "1.
Comr. Stalin") and the formulas above them ("Telegraph when this is done.", "Immediately telegraph
the fulfillment.") are the closer's; and what the titles and salutations of such pages say: the
sender alone ("... from Sokolov in Kashgar", the addressee the copy's holder), an intermediary in
square brackets, a stray bracket in a salutation, several recipients the editor completes."""

from __future__ import annotations

import pytest

from source_helpers import T, convert, lines, text


@pytest.fixture(scope="module")
def one(tmp_path_factory):
    done = {}

    def converted(name):
        if name not in done:
            done[name] = next(iter(convert(tmp_path_factory.mktemp("closers"), name).values()))
        return done[name]
    return converted


def _div(root):
    return root.find(f".//{T}div")


def _parties(root, kind):
    action = root.find(f".//{T}correspAction[@type='{kind}']")
    return [p.get("ref") for p in action.iterfind(f"{T}persName")] if action is not None else []


def test_registry_and_clerks_lines_under_a_quoted_message_are_the_closer(one):
    div = _div(one("cable-filippov-mao-1949-09-19-registry-lines-under-a-quoted-message.txt"))
    assert div.find(f"{T}p") is None
    assert lines(div.find(f"{T}closer")) == [
        ("salute", "Telegraph when this is done."), ("transmission", "Two copies made"),
        ("distribution", "copies NºNº 1-2 to Cde. Vyshinsky"), ("transmission", "Typed by Korneeva"),
        ("transmission", "at 2320 19 September"), ("number", "Nº 6014"),
        ("transmission", "Verified by Shift Chief Larionov 0110")]
    # the clerk's date is his line's, not a dateline of the telegram
    assert div.find(f"{T}closer/{T}dateline") is None


def test_title_with_the_sender_alone_the_copy_holder_receives_it_and_the_clerks_lines_close_it(one):
    root = one("cable-sokolov-1949-11-09-title-names-the-sender-alone-copy-list-form.txt")
    assert _parties(root, "sent") == ["#unresolved-sokolov"]
    assert _parties(root, "received") == ["#molotov"]  # "... Copy Nº 2" / "Copy Nº 2 to Molotov"
    # a reading of the form, not its words: said in the header (and reported, see below)
    [note] = root.findall(f".//{T}correspAction[@type='received']/{T}note[@type='party']")
    assert "names no addressee" in text(note) and "No. 2" in text(note)
    div = _div(root)
    pervukhin = [p for p in div.iter(f"{T}persName") if text(p) == "Pervukhin"]
    assert pervukhin and pervukhin[0].get("ref") == "#pervukhin"  # a person in the copy list, no place
    assert lines(div.find(f"{T}closer")) == [
        ("dateline", "9 November 1949"), ("signed", "SOKOLOV"), ("transmission", "5 copies. ls"),
        ("transmission", "Typed on 10 November at 1140"), ("transmission", "Distributed at 1215"),
        ("transmission", "Issued by Fomin Authenticated by: illegible signature")]


def test_copy_list_broken_over_two_lines_is_one_distribution_line_of_the_closer(one):
    div = _div(one("cable-razuvaev-fengxi-1950-06-14-copies-list-broken-over-two-lines.txt"))
    assert lines(div.find(f"{T}closer")) == [
        ("number", "No. 1207"), ("distribution", "Copies: Stalin (2), Molotov, Malenkov, Bulganin, Beria, File of 8th")]
    assert [text(p) for p in div.iterfind(f"{T}p")][-1].startswith("He asked me")


def test_numbered_copy_list_and_the_copies_date_are_the_closer_not_points(one):
    div = _div(one("cable-gromyko-roshchin-1950-03-27-numbered-copy-list-under-the-text.txt"))
    assert not [p for p in div.iter(f"{T}p") if p.get("n")]
    assert lines(div.find(f"{T}closer")) == [
        ("salute", "Telegraph the fulfillment ispolnenie telegrafte."), ("transmission", "4 copies"),
        ("transmission", "27 March 1950"), ("distribution", "1. Comr. Stalin"), ("distribution", "2. Comr. Molotov"),
        ("distribution", "3. Comr. 10th department"), ("distribution", "4. Comr. Copy")]


def test_formulas_above_the_signature_are_each_a_salute(one):
    div = _div(one("cable-gromyko-roshchin-1951-10-18-formulas-above-the-signature.txt"))
    assert lines(div.find(f"{T}closer"))[:3] == [
        ("salute", "Confirm receipt."), ("salute", "Immediately telegraph the fulfillment."), ("dateline", "18.X.51")]


def test_intermediary_in_square_brackets_in_the_title(one):
    root = one("cable-kovalev-stalin-1949-02-23-intermediary-in-square-brackets.txt")
    assert _parties(root, "transmitted") == ["#vyshinsky"]
    assert _parties(root, "received") == ["#stalin"]


def test_stray_bracket_in_the_salutation_and_closer_before_an_omission(one):
    div = _div(one("cable-mao-zhou-1950-02-03-stray-bracket-in-the-salutation-closer-before-omission.txt"))
    assert lines(div.find(f"{T}opener")) == [("salute", "Comrade Zhou Enlai]:")]
    assert lines(div.find(f"{T}closer")) == [("signed", "Mao Zedong"), ("dateline", "11:00 p.m., 3 February 1950")]
    assert div[-1].tag == f"{T}gap"


def test_several_recipients_the_editor_completes_are_all_recipients(one):
    root = one("cable-liu-mao-1952-08-05-several-recipients-with-the-editors-completions.txt")
    assert _parties(root, "received") == ["#mao", "#zhou-enlai", "#zhu-de", "#gao-gang", "#chen-yun"]
    assert lines(_div(root).find(f"{T}opener"))[0][0] == "address"


def test_the_copy_holder_taken_as_recipient_is_reported_and_shown_in_both_editions(tmp_path):
    from lxml import etree, html as lxml_html

    from tei.html import STYLESHEET
    from tei.messages import Report
    from tei.pdf.render import typst_source
    from tei.pdf.volume import load
    from tei.xslt import transform

    report = Report()
    [(key, root)] = convert(tmp_path, "cable-sokolov-1949-11-09-title-names-the-sender-alone-copy-list-form.txt",
                            report=report).items()
    assert [m.code for m in report.messages if "Molotov" in m.text] == ["copy-holder"]
    page = lxml_html.fromstring(transform(STYLESHEET, xml_text=etree.tostring(root, encoding="unicode")))
    rows = {dt.text_content(): " ".join(dt.getnext().text_content().split()) for dt in page.xpath("//dl//dt")}
    assert rows["Recipient"].startswith("Vyacheslav Molotov") and "The cable names no addressee" in rows["Recipient"]
    typst = typst_source(load([tmp_path / f"{key}.xml"], Report()), "a5", False)
    assert 'label: "Recipient")[#"The cable names no addressee' in typst
