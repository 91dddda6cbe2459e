"""Telegrams of forms the converter had not seen (tenth round of unseen texts): a record dated
to some days of a month, a page set wholly in capitals, a plain text with a BOM, tabs and soft
hyphens, a book giving both romanizations of a name, a bulletin whose notes at the end are
numbered "1." and marked in the text by superscripts."""

from __future__ import annotations

from source_helpers import T, convert, text
from tei.textio import decode


def one(tmp_path, name):
    [root] = convert(tmp_path, name).values()
    return root


def test_a_record_dated_to_days_of_a_month(tmp_path):
    """"March 7-9, 1951": the telegram was sent on one of those days (it was undated, the
    record's date not read at all)."""
    root = one(tmp_path, "cable-mao-filippov-1951-03-07-record-dated-to-days-of-a-month.txt")
    sent = root.find(f".//{T}correspAction[@type='sent']/{T}date")
    assert (sent.get("notBefore"), sent.get("notAfter"), sent.get("when")) == ("1951-03-07", "1951-03-09", None)
    assert root.findtext(f".//{T}title[@type='main']") == "Mao Zedong to Stalin, 7–9 March 1951"
    record = root.find(f".//{T}sourceDesc/{T}bibl/{T}date")  # (the record's date: those days too)
    assert (record.get("notBefore"), record.get("notAfter"), record.get("when")) == ("1951-03-07", "1951-03-09", None)


def test_a_page_in_capitals_gives_its_date_archive_and_translator(tmp_path):
    """A record copied in capitals: "SEPTEMBER 25, 1952", "FOND 45, OPIS 1, DELO 348, LIST 60",
    "TRANSLATED BY GARY GOLDBERG" are read as in lower case (the shelfmark and translator were
    missing)."""
    root = one(tmp_path, "cable-kim-filippov-1952-09-25-whole-page-in-capitals.txt")
    assert root.findtext(f".//{T}msIdentifier/{T}idno") == "FOND 45, OPIS 1, DELO 348, LIST 60"
    assert root.findtext(f".//{T}titleStmt/{T}respStmt/{T}persName") == "GARY GOLDBERG"
    assert root.find(f".//{T}sourceDesc/{T}bibl/{T}date").get("when") == "1952-09-25"


def test_soft_hyphens_are_not_kept_in_the_words():
    """A soft hyphen (U+00AD) copied from a web page stays invisible in the word; at a line's
    end it is the hyphen that divided the word there."""
    assert decode("re\u00adgrouping of the nego\u00ad\ntiations\u200b".encode(), "x")[0] == "regrouping of the nego-\ntiations"


def test_a_plain_text_with_bom_tabs_and_soft_hyphens(tmp_path):
    root = one(tmp_path, "cable-razuvaev-filippov-1952-04-18-bom-tabs-soft-hyphens-long-line.txt")
    body = text(root.find(f".//{T}body"))
    assert "\u00ad" not in body and "regrouping" in body and "negotiations" in body
    assert root.findtext(f".//{T}msIdentifier/{T}idno") == "f. 45, op. 1, d. 348, ll. 20-21"


def test_a_name_in_one_romanization_with_the_other_in_brackets(tmp_path):
    """"Comrade Ye Chi-chuang (Ye Jizhuang)": the Wade-Giles form the authority file lacks is
    the person the pinyin in brackets names (it was a provisional person of its own)."""
    roots = convert(tmp_path, "compilation-1958-wade-giles-with-pinyin-in-brackets.txt")
    root = roots["tg-1951-12-12-zhou-enlai-vyshinsky-selected-documents-sino-soviet-1958"]
    refs = {text(p): p.get("ref") for p in root.find(f".//{T}body").iter(f"{T}persName")}
    assert refs["Ye Chi-chuang"] == refs["Ye Jizhuang"] == "#ye-jizhuang"
    assert not root.xpath("//t:person[starts-with(@xml:id, 'unresolved')]", namespaces={"t": T[1:-1]})


def test_notes_numbered_under_notes_marked_by_superscripts(tmp_path):
    """A bulletin's notes at the end of the article, "1. ...", "2. ...", their marks "¹", "²"
    in the text: each at its mark (they went to the header, said to have no mark)."""
    roots = convert(tmp_path, "compilation-2004-bulletin-document-no-notes-numbered-marks-raised.txt")
    first, second = (roots[k] for k in sorted(roots))
    notes = first.findall(f".//{T}body//{T}p/{T}note[@place='foot']")
    assert [(n.get("n"), text(n)) for n in notes] == [
        ("1", "Peng Dehuai was the commander of the Chinese People's Volunteers."), ("2", "See Document No. 10 above.")]
    assert "Dehuai,¹" not in text(first.find(f".//{T}body")) and "¹" not in text(first.find(f".//{T}body"))
    for root in (first, second):
        assert not [n for n in root.iterfind(f".//{T}sourceDesc/{T}bibl/{T}note") if "no mark" in text(n)]
