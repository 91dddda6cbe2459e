"""Real pages, round twenty-six (other archive sites' pages of the same correspondence: a site's
copy of a volume of works, an archive's exhibition pages, a catalogue's list of telegrams): what
the converter misread, each with a source of our own in the page's layout (the pages themselves
are not ours to keep)."""

from __future__ import annotations

from source_helpers import T, convert_one, text


HEAD_OF_STATE = "works-web-mao-1950-president-of-a-republic-title.txt"


def test_a_title_naming_the_recipient_by_title_name_and_country_gives_the_person(tmp_path):
    """"Telegram to President Quirino of the Republic of the Philippines", the address "President
    Elpidio Quirino": the recipient is the one person the address names in full, his title and
    country no part of his name (the recipient was a provisional person "President Quirino of the
    Republic of the Philippines" and the address's name another)."""
    doc = convert_one(tmp_path, HEAD_OF_STATE)
    recipient = doc.find(f".//{T}correspAction[@type='received']/{T}persName")
    assert (recipient.get("ref"), text(recipient)) == ("#unresolved-elpidio-quirino", "Elpidio Quirino")
    address = doc.find(f".//{T}opener/{T}seg[@type='address']/{T}persName")
    assert address.get("ref") == "#unresolved-elpidio-quirino"
    assert [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in doc.findall(f".//{T}standOff//{T}person")
            if p.get("cert") == "low"] == ["unresolved-elpidio-quirino"]
    assert text(doc.find(f".//{T}titleStmt/{T}title[@type='main']")) == "Mao Zedong to Elpidio Quirino, 2 March 1950"


def test_the_words_after_of_that_name_no_country_are_not_cut_from_the_party(tmp_path):
    """Only a country ends such a title: "Chairman Mao of the Central People's Government" is not
    a person of the country "Central People's Government" (the rule leaves it to the rest)."""
    from tei.transforms.correspondence import TITLED_OF_COUNTRY, STATE_NAMED

    assert TITLED_OF_COUNTRY.fullmatch("President Prasad of the Republic of India").group("name") == "Prasad"
    assert STATE_NAMED.match("Republic of the Philippines") and STATE_NAMED.match("the Union of Burma")
    assert not STATE_NAMED.match("Central People's Government")


# a blog's copy of an article from a collection of documents, the template's lines over it: no
# source of ours can stand in tests/sources for a page the converter refuses
ARTICLE_PAGE = """Header Widgets

Header WIDGETS

Article by the Chairman of the Central People's Government Mao Zedong "Our Firm Alliance". February 14, 1951

Sino-Soviet relations. 1950-1951: Collection of documents. 2012. pp. 41-43

A year has passed since the treaty was signed in Moscow, and the friendship of our two peoples has grown in every field of work.

The workers and peasants of our country have learnt much from the Soviet people, and they will learn more in the years to come.
"""


def test_an_article_headed_by_its_kind_and_author_is_refused_as_no_telegram(tmp_path):
    """"Article by ... "Title". February 14, 1951" under a blog's template lines, a collection of
    documents cited under it: no telegram (the page was read as a text of the works, the
    template's first line its title, and failed for want of parties with an invalid file written)."""
    from source_helpers import refused

    errors, written = refused(tmp_path, ARTICLE_PAGE)
    assert not written
    assert [(e.code, e.line) for e in errors] == [("not-a-telegram", 5)]
    assert "the text is an article ('Article by the Chairman" in errors[0].text


# a site's copy of a newspaper's report of several replies, each under its addressee alone, no date
# or source (refused: it cannot stand in tests/sources)
REPLIES_PAGE = """Premier Stalin's Replies

J. V. Stalin has sent the following answers to messages of greeting received on the anniversary of the Red Army:

To Prime Minister Churchill

I thank you for your kind words about the Red Army and its fighting men. They will be glad to know that their efforts are valued so highly by the people of Great Britain and its armed forces.

To Generalissimo Chiang Kai-shek

Please accept my thanks for your greetings. I wish the Chinese army and people new successes in their long and hard struggle against the Japanese invaders.
"""


def test_a_page_of_several_replies_under_their_addressees_is_refused_naming_them(tmp_path):
    """"... has sent the following answers to messages of greeting ...:" over "To Prime Minister
    Churchill" and "To Generalissimo Chiang Kai-shek", each over its text, no date or citation: the
    message says what the page is and what to do (it said only that no layout matched)."""
    from source_helpers import refused

    errors, written = refused(tmp_path, REPLIES_PAGE)
    assert not written
    assert [(e.code, e.line) for e in errors] == [("unknown-format", 3)]
    assert "announces several messages ('has sent the following answers', line 3)" in errors[0].text
    assert "lines 5, 9)" in errors[0].text


# an archive catalogue's list of records under a subject, each described in the third person
# (refused: it cannot stand in tests/sources)
CATALOGUE_PAGE = """Korean War (1950-1953)
Found in 412 Collections and/or Records:
(Untitled), 3 Jul 1950
Telegram from the Prime Minister to President Truman marked "Personal and Secret" stating that the Cabinet has agreed to place naval forces in Japanese waters at the disposal of the United States commander.
(Untitled), 4 Jul 1950
Telegram from President Truman to the Prime Minister thanking him for the prompt decision and asking that the ships report to Admiral Joy [Commander of United States Naval Forces in the Far East].
(Untitled), 5 Jul 1950
"""


def test_a_catalogue_s_list_of_described_telegrams_is_refused_saying_so(tmp_path):
    """Lines that describe telegrams, "Telegram from X to Y marked ... stating that ...", one under
    another with a date over each: the page is a catalogue's list, not the telegrams' text (the
    message said only that no layout matched)."""
    from source_helpers import refused

    errors, written = refused(tmp_path, CATALOGUE_PAGE)
    assert not written
    assert [(e.code, e.line) for e in errors] == [("unknown-format", 4)]
    assert "a catalogue's list of documents" in errors[0].text and "lines 4, 6)" in errors[0].text
