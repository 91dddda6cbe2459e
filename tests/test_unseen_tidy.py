"""Each thing said once in the converter, its outputs unchanged: what is no telegram (a record of
talks) is one phrase in sources.base the three readers build on; the editor's annotation labels
one list, with the ones within a line too as its subset; the two regexes of generic bodies named
apart (names.GENERIC_BODY, correspondence.BODY_KIND_ALONE)."""

from __future__ import annotations

from source_helpers import T, convert, text
from tei.messages import Report

SOURCE = "compilation-2001-records-of-talks-and-annotations-among-telegrams.txt"


# --- 1. a record of talks: one phrase, each reader adding its own -------------------------------

def test_the_three_readers_build_on_the_one_phrase():
    from tei.convert import NOT_A_TELEGRAM
    from tei.sources.base import record_of_talks
    from tei.sources.collected_works import OTHER_KIND
    from tei.sources.compilation.headings import OTHER_ITEM

    assert record_of_talks() in OTHER_KIND.pattern
    assert record_of_talks(kinds=("notes?", "summary"), subjects=("discussion",)) in NOT_A_TELEGRAM.pattern
    assert record_of_talks(kinds=("notes?", "summary"), subjects=("discussion",), plural=True) in OTHER_ITEM.pattern


def test_each_reader_accepts_what_it_did():
    """The kinds and numbers each accepts are its own, as before the phrase was shared."""
    from tei.convert import NOT_A_TELEGRAM
    from tei.sources.collected_works import OTHER_KIND
    from tei.sources.compilation.headings import OTHER_ITEM

    record = lambda t: (m := NOT_A_TELEGRAM.search(t)) and m.group(0)  # noqa: E731
    assert record("Memorandum of Conversation between Stalin and Zhou Enlai") == "Memorandum of Conversation"
    assert record("Summary of the Discussions with Kim Il Sung") == "Summary of the Discussion"
    assert record("Notes of a Meeting") == "Notes of a Meeting" and not record("Telegram on the talks")
    # the collected works: not notes or summaries, nor "conversations" (a title may so name a book)
    assert OTHER_KIND.match("Record of a Conversation with Mao Zedong").group(0) == "Record of a Conversation"
    assert OTHER_KIND.match("From the Diary of Georgi Dimitrov") and OTHER_KIND.match("Minutes of the Talks")
    assert not OTHER_KIND.match("Notes of a Conversation") and not OTHER_KIND.match("Record of Conversations")
    # a compilation: plurals, notes and summaries, and "memorandum" alone
    for heading in ("5. RECORD OF CONVERSATIONS WITH ZHOU ENLAI", "6. Notes of the Meetings", "7. MEMORANDUM ON KOREA",
                    "8. Excerpt from the Diary of V. A. Malyshev"):
        assert OTHER_ITEM.match(heading).group("head") == heading.split(" ", 1)[1]
    assert not OTHER_ITEM.match("9. STALIN TO MAO ZEDONG")


def test_records_of_talks_among_telegrams_are_left_out(tmp_path):
    report = Report()
    docs = convert(tmp_path, SOURCE, report=report)
    assert sorted(docs) == ["tg-1951-10-20-stalin-mao-cold-war-international-history-2001",
                            "tg-1951-10-23-mao-stalin-cold-war-international-history-2001"]
    left = [str(m) for m in report.messages if "not a telegram" in str(m)]
    assert len(left) == 2 and "RECORD OF CONVERSATION" in left[0] and "SUMMARY OF THE DISCUSSIONS" in left[1]


# --- 2. the annotation labels: one list, those within a line a subset ----------------------------

def test_one_list_of_annotation_labels():
    from tei.sources.base import ANNOTATION_LABELS, IN_A_LINE
    from tei.transforms import brackets, structure

    assert set(IN_A_LINE) < set(ANNOTATION_LABELS)
    assert "|".join(ANNOTATION_LABELS) in structure.ANNOTATION.pattern
    assert "|".join(IN_A_LINE) in brackets.ANNOTATION.pattern
    # alone on its line an attachment is the editor's annotation; within a line the words supplied
    assert structure.ANNOTATION.match("[Attachment: the list of the delegation is not reproduced.]")
    assert not brackets.ANNOTATION.match("attachment to the agreement")
    assert structure.ANNOTATION.match("[Marginal note by Stalin: \"Agreed.\"]").group("label") == "Marginal note by Stalin"
    assert brackets.ANNOTATION.match("marginal note: yes").group("label") == "marginal note"
    assert not brackets.ANNOTATION.match("marginal")


def test_annotations_alone_and_within_a_line(tmp_path):
    docs = convert(tmp_path, SOURCE)
    first = docs["tg-1951-10-20-stalin-mao-cold-war-international-history-2001"]
    second = docs["tg-1951-10-23-mao-stalin-cold-war-international-history-2001"]
    [alone] = first.find(f".//{T}text").iter(f"{T}note")
    assert alone.get("type") == "annotation" and text(alone) == 'Handwritten: "Agreed. V. Molotov."'
    notes = [(text(n.find(f"{T}label")), text(n)) for n in second.find(f".//{T}text").iter(f"{T}note")]
    assert notes == [("handwritten", 'handwritten: "firmly"'), ("signature", "signature")]
    assert second.find(f".//{T}closer/{T}signed/{T}note[@type='annotation']") is not None


# --- 3. two regexes of bodies, each named for what it matches ----------------------------------

def test_the_generic_bodies_are_named_apart():
    from tei.transforms import correspondence, names

    assert not hasattr(correspondence, "GENERIC_BODY")
    assert correspondence.BODY_KIND_ALONE.match("Central Committee")
    assert not correspondence.BODY_KIND_ALONE.match("Central Committee of the CCP")
    assert [m.group(0) for m in names.GENERIC_BODY.finditer("the Politburo of the Central Committee met")] == \
        ["Politburo of the Central Committee"]


def test_notes_of_discussions_among_telegrams_are_left_out(tmp_path):
    """"2. NOTES OF THE DISCUSSIONS IN THE POLITBURO, 13 NOVEMBER 1951" in capitals begins with
    a word of a telegram's kind ("NOTE", a diplomatic note): it was read as a telegram without
    parties (an error, invalid TEI); a record of talks is never a telegram.  A memorandum from
    one party to another still is."""
    from tei.sources.compilation.headings import _no_telegram

    report = Report()
    docs = convert(tmp_path, "compilation-1999-notes-of-discussions-among-telegrams.txt", report=report)
    assert sorted(docs) == ["tg-1951-11-12-stalin-mao-sino-soviet-alliance-korean-1999",
                            "tg-1951-11-15-mao-stalin-sino-soviet-alliance-korean-1999"]
    assert [m.code for m in report.messages] == ["not-a-telegram"]
    first = docs["tg-1951-11-12-stalin-mao-sino-soviet-alliance-korean-1999"]
    assert "Politburo discussed" not in text(first.find(f".//{T}text"))
    assert _no_telegram("2. NOTES OF THE DISCUSSIONS IN THE POLITBURO")
    assert not _no_telegram("4. MEMORANDUM FROM MOLOTOV TO STALIN")
    assert not _no_telegram("5. NOTE OF THE SOVIET GOVERNMENT TO THE GOVERNMENT OF THE UNITED STATES")
