"""Session marks36's holes in the converter, each on texts of our own in the style of the real
ones: a bracketed given name taken for a family name alone, a bracketed clause taken for an
identification, a book taken for a serial by its title's last word, a page's number under a
heading taken for a note's mark, words a copy lost, a name a person and a place share."""

from __future__ import annotations

from source_helpers import SOURCES, T
from test_unseen_conv35 import converted


def _cmc_cable(body: str, parties: str = "Lin Biao") -> str:
    """A record page of the archive (its text as scraped): a cable of the Central Military Commission."""
    return f"""The Central Military Commission tells {parties} when the trains will leave.
February 3, 1950
Cable, Central Military Commission to {parties}
This document was made possible with support from Leon Levy Foundation
Comrade Lin [Biao]:
{body}
Central Military Commission
February 3 [1950]
The Central Military Commission tells {parties} when the trains will leave.
Author(s):
Associated People & Organizations
Document Information
Source
APRF, fond 45, opis 1, delo 331, list 61.
Rights
The History and Public Policy Program welcomes reuse of Digital Archive materials for research and educational purposes.
"""


def _paragraph(doc):
    [p] = doc.find(f".//{T}body/{T}div").iter(f"{T}p")
    return p


def _names(el) -> list[tuple[str, str]]:
    return [(n.get("ref"), "".join(n.itertext())) for n in el.iter(f"{T}persName", f"{T}placeName")]


# --- 1. a bracketed given name completing a short name ------------------------------------------

def test_a_bracketed_given_name_after_a_surname_is_not_the_family_name_of_one_named_in_full(tmp_path):
    """"An [Ho]" where the text names Ho Lung (He Long) in full: "Ho" is An Ho's given name the
    editor supplies, not He Long's family name alone (it was linked to He Long); "Ho [Lung]" and
    "Ho" alone after him still his."""
    [doc], _ = converted(tmp_path, "wilson-cmc-lin-1950-02-given-name.txt", _cmc_cable(
        "Ho [Lung] reported that the troops were ready. An [Ho] is to report by wire when the first train "
        "arrives, and Then An [Ho] will meet it; Ho will wait in Chongqing."))
    p = _paragraph(doc)
    assert [n for n in _names(p) if n[0] == "#he-long"] == [("#he-long", "Ho Lung"), ("#he-long", "Ho")]
    supplied = [s for s in p.iter(f"{T}supplied") if s.text == "Ho"]
    assert len(supplied) == 2 and not any(len(s) for s in supplied)


def test_a_bracket_completing_a_word_of_english_to_a_name_is_that_name_only_where_the_document_names_him(tmp_path):
    """"He [Long] will report": He Long where the text names him in full elsewhere; where nothing
    does (title, heading, text), the pronoun "he" identified as one Long (it was He Long always)."""
    sentence = "He [Long] will report by wire when the first train arrives{}."
    for n, (more, expected) in enumerate([("", []), (", and He Long will meet it", ["#he-long", "#he-long"])]):
        [doc], _ = converted(tmp_path / str(n), "wilson-cmc-lin-1950-02-pronoun.txt", _cmc_cable(sentence.format(more)))
        p = _paragraph(doc)
        assert [ref for ref, _ in _names(p)] == expected
        assert bool(p.findall(f"{T}gloss[@type='identification']")) == (not expected)


# --- 2. a bracketed clause after a name ---------------------------------------------------------

def _bracket_after_name(tmp_path, sentence: str):
    [doc], _ = converted(tmp_path, "wilson-cmc-lin-1950-02-bracket.txt", _cmc_cable(sentence))
    p = _paragraph(doc)
    return [(el.tag.replace(T, ""), el.get("type"), "".join(el.itertext())) for el in p.iter(f"{T}gloss", f"{T}supplied")]


def test_a_bracketed_subject_and_its_bare_verb_are_supplied_words_not_an_identification(tmp_path):
    """"to Moscow [Kim and Pak travel]", "Pak Hon-yong [They agree]": a clause the editor supplies
    (both were glosses identifying the name before them); "Stalin [the Chairman of the Council of
    Ministers]" and "Wonsan [Wonsan harbour]" identifications still."""
    marks = _bracket_after_name(tmp_path, "Kim Il Sung and Pak Hon-yong are to go to Moscow [Kim and Pak travel] by train. "
                                "Pak Hon-yong [They agree] with Stalin [the Chairman of the Council of Ministers] "
                                "that the ships wait at Wonsan [Wonsan harbour].")
    assert marks == [("supplied", None, "Kim and Pak travel"), ("supplied", None, "They agree"),
                     ("gloss", "identification", "the Chairman of the Council of Ministers"),
                     ("gloss", "identification", "Wonsan harbour")]


def test_a_modal_that_is_a_noun_makes_no_clause(tmp_path):
    """"the Assembly [the Assembly, the will of the people]": "will" a noun after "the" (it was read as a
    clause's modal, the bracket supplied words); "Kim Il Sung [Kim can travel]" a clause still; a pronoun
    before a noun of people, "[you comrades]", no clause's subject, "[you agree]" one."""
    marks = _bracket_after_name(tmp_path, "The Supreme People's Assembly [The Assembly, the will of the people] has met. "
                                "Kim Il Sung [Kim can travel] will come. The Marshal [The Marshal, the might of the army] "
                                "waits. We thank Kim Il Sung [You comrades] and Pak Hon-yong [You agree] that it is so.")
    assert marks == [("gloss", "identification", "The Assembly, the will of the people"),
                     ("supplied", None, "Kim can travel"), ("gloss", "identification", "The Marshal, the might of the army"),
                     ("gloss", "identification", "You comrades"), ("supplied", None, "You agree")]


# --- 3. a book whose title ends as a periodical's may -------------------------------------------

MARKDOWN_COPY = """# Telegram from Mao Zedong to Stalin

**Date:** March 2, 1950

**Source:** {source}; reproduced by The Red Flag. Translated by the editors of this test.

**Summary:** Mao thanks Stalin for the welcome given to the delegation on its way home.

**Original Language:** Chinese

## English Translation

Comrade Stalin,

The delegation crossed the frontier at Manchouli this morning. I thank you for the warm welcome given to us.

Mao Zedong
"""


def _source_title(tmp_path, source: str) -> str:
    [doc], _ = converted(tmp_path, "telegram-mao-stalin-1950-03-02-copy.md", MARKDOWN_COPY.format(source=source))
    return doc.find(f".//{T}sourceDesc/{T}bibl/{T}title[@level='m']").text


def test_a_book_titled_studies_cited_by_place_and_year_is_the_source(tmp_path):
    """"Sino-Soviet Studies, Moscow 1959": a book (its title's last word a periodical's too, it was
    taken for a serial and the record left the archive's); a serial where the citation shows one:
    its number, a volume with its year, its head noun."""
    assert _source_title(tmp_path / "book", "Sino-Soviet Studies, Moscow 1959") == "Sino-Soviet Studies"
    for n, serial in enumerate(["Far Eastern Affairs, Moscow, No. 4, 1996", "Pacific Affairs, New York, Vol. 23 (1950)",
                                "Cold War History Bulletin, Washington 1995"]):
        assert _source_title(tmp_path / str(n), serial) == "Wilson Center Digital Archive", serial


# --- 4. a page's number under a heading ---------------------------------------------------------

LENIN_PDF = "compilation-pdf-lenin-1917-11-09-addressee-alone-under-the-number-written-in-a-language.txt"


def test_a_page_number_under_a_heading_is_a_page_break_not_a_notes_mark(tmp_path):
    """Lenin's works copied from a PDF, the first item's page number under its heading ("TO G. V.
    CHICHERIN" / "324") and the next page's in the text ("— 325 —"): a page break (it was taken
    for the mark of a note the copy lacks, left out and reported); the second item's "312" under
    its heading, no page's number beside it, the mark (it was a page break)."""
    page = (SOURCES / LENIN_PDF).read_text(encoding="utf-8")
    assert page.count("\n311\n") == page.count("\n325\n") == 1
    page = page.replace("\n311\n", "\n324\n").replace("\n325\n", "\n\n").replace(
        "government  and  the  list", "government\n\n— 325 —\n\nand  the  list", 1)
    docs, report = converted(tmp_path, "compilation-pdf-lenin-pages.txt", page)
    pages = {doc.find(f".//{T}head").text.split(".")[0]: [pb.get("n") for pb in doc.iter(f"{T}pb")] for doc in docs}
    assert pages == {"137": ["324", "325"], "138": []}
    assert [m.text.split(" but ")[0] for m in report.messages if m.code == "missing-note"] == [
        "note 312 is marked at the heading ('OF THE SOVIET IN KAZAN' / '312')"]


# --- 5. words a copy lost -----------------------------------------------------------------------

def test_words_lost_in_copying_are_reported_with_their_line(tmp_path):
    """"for 's national day" (a possessive with no word before it), "the of the plan": a warning
    naming the line, the text kept; "Mao's" and "the Chairman's" none."""
    [doc], report = converted(tmp_path, "wilson-cmc-lin-1950-02-lost.txt", _cmc_cable(
        "The delegation will arrive for 's national day.\n"
        "Mao's view and the Chairman's are known, and the of the plan stays as it was."))
    lost = [(m.line, m.text.split(":")[0]) for m in report.messages if m.code == "lost-word"]
    assert lost == [(6, "a word seems lost in copying ('will arrive for 's national day')"),
                    (7, "a word seems lost in copying ('known, and the of the plan')")]
    assert "for 's national day" in "".join(doc.find(f".//{T}body").itertext())


# --- 6. a name a person and a place share -------------------------------------------------------

def test_a_name_a_person_and_a_place_share_is_the_place_only_in_a_places_context(tmp_path):
    """"Chang Chun" (Zhang Qun in Wade-Giles, and Changchun): the place after "entered" or "near",
    the person after his rank or where no place's context is near (it was the person everywhere)."""
    [doc], _ = converted(tmp_path, "wilson-cmc-lin-1950-02-shared-name.txt", _cmc_cable(
        "Our forces entered Chang Chun and hold the bridges near Chang Chun; General Chang Chun flew to Chengdu. "
        "The letter from Chang Chun arrived."))
    assert [n for n in _names(_paragraph(doc)) if n[1] == "Chang Chun"] == [
        ("#changchun", "Chang Chun"), ("#changchun", "Chang Chun"), ("#zhang-qun", "Chang Chun"), ("#zhang-qun", "Chang Chun")]


# --- review of marks36: each of the review's examples ---------------------------------------------

EARLIER_ITEM = """136

TO  A.  G.  SHLYAPNIKOV

Comrade  Shlyapnikov,

Please  see  to  it  that  the  wagons  of  grain  standing  at  the  station  are  sent

313

on  to  Petrograd  today  and  report  to  me  by  telephone.

November  8,  1917

Lenin

Written  on  November  8 ,  1 9 1 7

Printed  from  the  original



"""


def test_a_heading_mark_is_a_page_only_beside_its_own_neighbour_pages(tmp_path):
    """(review B3) An earlier item of the volume breaking at page "313": item 138's mark 312 is no page
    on that evidence (313 is printed far above it, not the page after it below), the mark reported
    missing (it became <pb n="312"/>); "313" printed right below a mark 312 makes it the page."""
    page = EARLIER_ITEM + (SOURCES / LENIN_PDF).read_text(encoding="utf-8")
    docs, report = converted(tmp_path / "far", "compilation-pdf-lenin-far-page.txt", page)
    assert not [pb.get("n") for doc in docs for pb in doc.iter(f"{T}pb") if pb.get("n") == "312"]
    assert [m.text.split(" is marked")[0] for m in report.messages if m.code == "missing-note"] == ["note 311", "note 312"]
    near = page.replace("the  day  they  leave.\n", "the  day  they  leave.\n\n313\n", 1)
    assert near != page
    docs, report = converted(tmp_path / "near", "compilation-pdf-lenin-near-page.txt", near)
    assert [pb.get("n") for doc in docs for pb in doc.iter(f"{T}pb") if pb.get("n") == "312"] == ["312"]
    assert [m.text.split(" is marked")[0] for m in report.messages if m.code == "missing-note"] == ["note 311"]


def test_a_volume_with_its_year_or_a_documents_date_in_the_citation_is_no_serials_evidence(tmp_path):
    """(review B4, B5) "Sino-Soviet Relations, Vol. 2, Moscow 1959", "Vol. 2 (1959)" (a
    multi-volume book's volume and year) and "..., telegram of 2 March 1950" (the cited document's own
    date) are books (they were taken for serials, the record left the archive's); a season, an issue's
    date in its parentheses or right after the title a serial's still."""
    for n, (book, title) in enumerate([("Sino-Soviet Relations, Vol. 2, Moscow 1959", "Sino-Soviet Relations"),
                                       ("Sino-Soviet Relations, Vol. 2 (1959), Moscow 1959", "Sino-Soviet Relations"),
                                       ("Sino-Soviet Relations, 1911-57, Moscow 1959, telegram of 2 March 1950",
                                        "Sino-Soviet Relations, 1911-57")]):
        assert _source_title(tmp_path / f"book{n}", book) == title, book
    for n, serial in enumerate(["Soviet Survey, London, Vol. 5, Autumn 1959", "Soviet Survey, London (March 1959)",
                                "Red Star, March 3, 1950, Moscow 1950"]):
        assert _source_title(tmp_path / f"serial{n}", serial) == "Wilson Center Digital Archive", serial


def test_russian_journals_are_serials_by_their_head_words(tmp_path):
    """(review B6) "Diplomaticheskii vestnik", "Istoricheskii arkhiv", "Novaia i noveishaia istoriia" (the head
    noun last, after an adjective) and "Voprosy istorii", "Vestnik Arkhiva Prezidenta" (first) are serials
    cited by place and year ("Diplomaticheskii vestnik" was a book; "Voprosy istorii" was on main too);
    "Sino-Soviet Survey" a book still."""
    for n, serial in enumerate(["Diplomaticheskii vestnik, Moscow 1996", "Istoricheskii arkhiv, Moscow 1996",
                                "Novaia i noveishaia istoriia, Moscow 1996", "Voprosy istorii, Moscow 1996",
                                "Vestnik Prezidenta, Moscow 1995"]):
        assert _source_title(tmp_path / str(n), serial) == "Wilson Center Digital Archive", serial
    assert _source_title(tmp_path / "book", "Sino-Soviet Survey, London 1959") == "Sino-Soviet Survey"


def test_ordinary_prose_gives_no_lost_word(tmp_path):
    """(review B1) Hyphenated words after "the" ("the by-election", "The in-laws"), letters labelling points
    ("Point a of", "paragraphs a and b", "from a to the border"), a space before a possessive's apostrophe
    ("Union ’s", "Stalin 's") and "'s-Gravenhage": no warning (9 false ones); "the of" and "for 's" still one each."""
    _, report = converted(tmp_path, "wilson-cmc-lin-1950-02-prose.txt", _cmc_cable(
        "The by-election in the district and the on-going talks are known.\n"
        "Point a of Article 3 and paragraphs a and b of Article 4 stay as they were.\n"
        "The Soviet Union ’s proposal and Stalin 's answer were received.\n"
        "The in-laws of the delegate will travel with him from a to the border.\n"
        "The delegation of the Netherlands sits in 's-Gravenhage, and the of the plan arrives for 's day."))
    assert [(m.line, m.text.split("copying ('")[1].split("'): ")[0]) for m in report.messages if m.code == "lost-word"] == [
        (10, "'s-Gravenhage, and the of the plan"), (10, "plan arrives for 's day")]


def test_a_lost_word_in_a_pdf_copy_names_the_line_of_the_gap(tmp_path):
    """(review B2) A PDF's copy, its lines set apart by blank lines and joined into one paragraph with spaces:
    the warning names the line the gap is on (it named the paragraph's first line)."""
    page = (SOURCES / LENIN_PDF).read_text(encoding="utf-8")
    lines = page.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("Send  the  grain"))
    lines[at] = "Send  the  grain  wagons  on  to"
    lines[at + 1:at + 1] = ["", "Moscow  the  of  us  at  once  and  report  by  wire  the  day  they  leave."]
    _, report = converted(tmp_path, "compilation-pdf-lenin-lost.txt", "\n".join(lines) + "\n")
    assert [m.line for m in report.messages if m.code == "lost-word"] == [at + 3]


def test_a_noun_after_a_name_in_a_bracket_is_no_verb(tmp_path):
    """(review S1) A plural noun or a noun after one person's name ("[Chiang Kai-shek bandits]", "[Syngman Rhee
    puppets]", "[Tito renegades]", "[Kovalev mission]", "[Mao Zedong telegram]") and an adverb after two
    ("[Liu Shaoqi and Gao Gang together]") identify (they were supplied clauses); a verb's form, its past
    ("[Roshchin said]"), an -s form before its object ("[Kim agrees to go]") or a bare verb after persons
    ("[Kim and Pak travel]"), a clause."""
    marks = _bracket_after_name(tmp_path, "The troops of Chiang [Chiang Kai-shek bandits] and Rhee [Syngman Rhee puppets] "
                                "fled; Tito [Tito renegades] and Kovalev [Kovalev mission] are known. The letter of Mao "
                                "[Mao Zedong telegram] came and the comrades in Moscow [Liu Shaoqi and Gao Gang together] went. "
                                "We informed Roshchin [Roshchin said] that Kim Il Sung [Kim agrees to go] and Moscow "
                                "[Kim and Pak travel] is ready.")
    assert marks == [("gloss", "identification", "Chiang Kai-shek bandits"), ("gloss", "identification", "Syngman Rhee puppets"),
                     ("gloss", "identification", "Tito renegades"), ("gloss", "identification", "Kovalev mission"),
                     ("gloss", "identification", "Mao Zedong telegram"),
                     ("gloss", "identification", "Liu Shaoqi and Gao Gang together"),
                     ("supplied", None, "Roshchin said"), ("supplied", None, "Kim agrees to go"),
                     ("supplied", None, "Kim and Pak travel")]


def test_a_modal_before_of_course_is_a_modal(tmp_path):
    """(review S2) "Korea [the Koreans may of course refuse]": a clause supplied (it was an identification,
    "may" taken for a noun before "of"); "[the will of the people]" a noun still."""
    marks = _bracket_after_name(tmp_path, "The people of Korea [the Koreans may of course refuse] decide, and Kim Il Sung "
                                "[Kim will of course travel]; the Assembly [the Assembly, the will of the people] waits.")
    assert marks == [("supplied", None, "the Koreans may of course refuse"), ("supplied", None, "Kim will of course travel"),
                     ("gloss", "identification", "the Assembly, the will of the people")]


def test_a_possessive_after_a_name_a_person_and_a_place_share_is_the_persons(tmp_path):
    """(review S3) "at Chang Chun's residence", "in Chang Chun's opinion": Zhang Qun (they were Changchun, "at"
    and "in" a place's context); "reached Chang Chun", "born in Chang Chun" the place still."""
    [doc], _ = converted(tmp_path, "wilson-cmc-lin-1950-02-possessive.txt", _cmc_cable(
        "In Chang Chun's opinion the talks must wait. We met at Chang Chun's residence. Our forces reached Chang Chun. "
        "He was born in Chang Chun."))
    assert [n for n in _names(_paragraph(doc)) if n[1] == "Chang Chun"] == [
        ("#zhang-qun", "Chang Chun"), ("#zhang-qun", "Chang Chun"), ("#changchun", "Chang Chun"), ("#changchun", "Chang Chun")]
