"""The names pass's cues hold back no match: a pattern tried only where the text holds its cue
(a word, or a simpler pattern every match holds) is passed wherever it matches, a cue word at a
line break too; the cues a whole text holds pass each run of it as the run's own would; and the
names inside a name, read once for a text, are what a name read alone gives."""

from __future__ import annotations

from lxml import etree

from source_helpers import T, converted_page
from tei.authority import GENERIC_BODIES
from tei.transforms.names import SOLID_NAME, SOLID_NAME_CUE
from tei.transforms.names.bodies import BODY_OF_BODY, BODY_OF_BODY_CUE
from tei.transforms.names.patterns import (CAPS_SURNAME, FRIENDS, KOREAN_NAME, LETTER_SPACED, LETTER_SPACED_CUE, LISTED, MADAME,
                                           PINYIN_NAME, ROMANIZED, RUSSIAN_KOREAN_NAME, TITLED, person_cue_words, person_cued)
from tei.transforms.names.places import (_AREA_WORDS, _WORKS_WORDS, UNKNOWN_PLACES, place_cue_words, place_cued,
                                         unknown_places_needed)

# texts in the style of the translations, each matched by one of UNKNOWN_PLACES at least, some
# with the kind's word after a line break
PLACE_TEXTS = [
    "Our troops crossed the Yalu River at dawn.",
    "Our troops crossed the Yalu\nRiver at dawn.",
    "The units of the Tumen River Fleet",  # (no name: the word goes on in capitals)
    "a village in Liaoning Province,",
    "a village in Pingshan\nCounty and its hills",
    "We reached the town of Namyang on the 3rd.",
    "the port of Chinnampo",
    "the port\nof Chinnampo",
    "the village of\nNamyang",
    "They landed on the Ongjin peninsula.",
    "They landed on the Ongjin\npeninsula.",
    "the Kaesong\narea is quiet",
    "Fighting in the Haeju area goes on; the Kaesong\nregion is quiet.",
    "the Hungarian Workers' Party of the People's Republic",
    "the Polish United Workers'\nParty",
    "They went to the Anshan Iron and Steel Mill.",
    "the Fushun Coal\nMines and the Dairen Chemical Plant",
    "THE Kuybyshev Machine-tool Factory",
]


def _texts_for_words():
    """A text for each word a works' or area's name may end in, in both cases where the pattern
    takes both (made from the words themselves: a word added to them is tried here too)."""
    for word in _WORKS_WORDS:
        for end in {word.removesuffix("s?"), word.replace("s?", "s")}:
            yield f"They went to the Anshan Iron and Steel {end.capitalize()}."
            yield f"They went to the Anshan steel\n{end}."
    for word in _AREA_WORDS:
        yield f"Fighting in the Haeju {word} goes on."


def test_each_unknown_place_pattern_that_matches_a_text_is_one_the_text_needs():
    """unknown_places_needed(text) holds every pattern of UNKNOWN_PLACES that matches the text,
    and every word a works' or area's name ends in is one its pattern matches and its needs see."""
    texts = PLACE_TEXTS + list(_texts_for_words())
    matched = set()
    for text in texts:
        needed = unknown_places_needed(text)
        for place in UNKNOWN_PLACES:
            if place[4].search(text):
                matched.add(place[2])
                assert place in needed, (place[2], text)
    assert matched == {place[2] for place in UNKNOWN_PLACES}  # (every pattern tried by some text)
    for text in _texts_for_words():
        assert any(place[4].search(text) for place in UNKNOWN_PLACES), text


def test_a_place_text_is_cued_and_the_whole_texts_cues_pass_each_run_as_its_own():
    """place_cued passes every text an unknown place's pattern matches (a works' "Mill", a
    kind's word after a line break, "the Ongjin\npeninsula", too); the cue words and the
    patterns read once of a whole text (the join of its runs) pass each run as its own would."""
    for text in PLACE_TEXTS + list(_texts_for_words()):
        assert place_cued(text), text
    held = "\n".join(["Our troops crossed the Yalu\nRiver at dawn.", "the port\nof Chinnampo", "Comrade Stalin",
                      "the Anshan steel\nmill.", "no cue here at all", "a village in Pingshan\nCounty"])
    words, needed = place_cue_words(held), unknown_places_needed(held)
    assert words == ("River", "County") and len(needed) == 4
    for run in held.split("\n"):
        assert place_cued(run, words) == place_cued(run), run
        assert [p for p in needed if any(w in run for w in p[3])] == unknown_places_needed(run), run


def test_a_person_cue_read_of_the_whole_text_passes_each_run_as_its_own():
    runs = ["Comrade", "Pak Hon-yong and Comrade Kim", "the Marshal said", "MIKOYAN", "t. Stalin",
            "and his", "friends", "received by Mr. Acheson", "no name here", "a well-known fact", "the General Staff"]
    held = "\n".join(runs)
    words = person_cue_words(held)
    assert "Comrade" in words and "Mr" in words and "Ambassador" not in words
    for run in runs:
        assert person_cued(run, words) == person_cued(run), run
    assert person_cued("Comrade\nPak Hon-yong", person_cue_words("Comrade\nPak Hon-yong"))


def test_the_body_of_a_body_cue_finds_every_match_of_the_pattern():
    """BODY_OF_BODY_CUE (asked of the whole text) finds each match of BODY_OF_BODY, for every
    pair of the kinds of body, with line breaks between the words."""
    count = 0
    for kind in GENERIC_BODIES:
        for of in GENERIC_BODIES:
            for gap in (" of the ", "\nof the ", " of\nthe ", " of the\n", "  of  the  "):
                text = f"The decision of the {kind}{gap}{of} was sent."
                m = BODY_OF_BODY.search(text)
                assert m and (m.group("kind"), m.group("of")) == (kind, of), text
                cue = BODY_OF_BODY_CUE.search(text)
                assert cue and cue.start() <= m.start() and m.end() <= cue.end(), text
                count += 1
    assert count == len(GENERIC_BODIES) ** 2 * 5
    assert not BODY_OF_BODY_CUE.search("the Politburo of Central Committee")  # (a cue, not any text)


def test_the_capitals_cues_find_every_match_of_their_patterns():
    for text in ("signed S H T Y K O V.", "S H T Y\u00a0K", "HOCHIMINH writes", "to ZHOUENLAI.\n"):
        for pattern, cue in ((LETTER_SPACED, LETTER_SPACED_CUE), (SOLID_NAME, SOLID_NAME_CUE)):
            if pattern.search(text):
                assert cue.search(text), text
    assert LETTER_SPACED.search("signed S H T Y K O V.") and SOLID_NAME.search("HOCHIMINH writes")


def _converted(tmp_path, name: str, body: str):
    return converted_page(tmp_path / name, "TO COMRADE KIM IL SUNG\nJ. V. Stalin, Works, Vol. 16, Moscow: Pisatel, 1997, p. 45.\n\n"
                          f"Comrade Kim Il Sung,\n\n{body}\n\nJ. STALIN\n\nMarch 10, 1950\n",
                          "works-stalin-kim-1950-03-10-a-body-named-again.txt")


def _outer_names(root) -> list[bytes]:
    """Each name of the text with no name around it, as written (the names inside it with it)."""
    text = root.find(f"{T}text")
    return [etree.tostring(el, with_tail=False) for el in text.iter(T + "orgName", T + "persName")
            if el.getparent().tag not in (T + "orgName", T + "persName")]


def test_the_names_inside_a_name_named_again_are_those_of_the_name_alone(tmp_path):
    """A body's name three times in a text gets the names inside it each time, the same as the
    name once in a text of its own (the inner names are read once a text, and kept)."""
    name = "the Central Committee of the Workers' Party of Korea"
    once = _outer_names(_converted(tmp_path, "once", f"We have received the letter of {name}."))
    thrice = _outer_names(_converted(tmp_path, "thrice", f"We have received the letter of {name}. "
                                     f"The decision of {name} is right. Greetings to {name} and to Comrade Pak Hon-yong."))
    [body] = [n for n in once if b"Workers" in n]
    assert body.count(b"<orgName") + body.count(b"<placeName") >= 2, body  # (a name inside it)
    assert [n for n in thrice if b"Workers" in n] == [body] * 3


def test_a_works_named_with_mill_alone_is_tagged(tmp_path):
    """"the Anshan Iron and Steel Mill" in a paragraph with no other cue of a place: a provisional
    company, as "... Steel Works" is (the cue of the works once lacked "Mill")."""
    root = _converted(tmp_path, "mill", "They went to the Anshan Iron and Steel Mill.")
    [mill] = [el for el in root.find(f"{T}text").iter(T + "orgName") if "Mill" in "".join(el.itertext())]
    assert "".join(mill.itertext()) == "Anshan Iron and Steel Mill"
    assert mill.get("ref") == "#unresolved-anshan-iron-and-steel-mill"


def test_a_name_typed_with_combining_accents_is_read_whole(tmp_path):
    """"Sla\u0301nsky\u0301" (the accents typed apart, as some pages and PDFs give them) is the
    name "Slánský", composed as the source is read: not a name cut at its first accent
    ("Sla", a provisional person), and "Kovale\u0308v" is Kovalëv, the file's."""
    root = _converted(tmp_path, "nfd", "Comrade Sla\u0301nsky\u0301 and Comrade Kovale\u0308v have arrived.")
    names = [("".join(el.itertext()), el.get("ref")) for el in root.find(f"{T}text").iter(T + "persName")]
    assert ("Slánský", "#slansky") in names and ("Kovalëv", "#kovalev") in names, names
    assert not any(ref.startswith("#unresolved") for _, ref in names), names
    assert "\u0301" not in etree.tostring(root, encoding="unicode")


# Each pattern of an unknown person's name and texts it matches (in the style of the translations); each
# text is tried with every space of it a line break, and with two spaces
PERSON_TEXTS = {
    TITLED: ["We have received Comrade Kovalev yesterday.", "as t. Stalin said", "Sir A. Kerr called on me.",
             "I met Mr. Acheson today.", "Dr Hu Shih has left.", "Prof. Tarle", "Ambassador Stuart left",
             "President Truman", "Consul General Clubb reports", "the Envoy Bogomolov", "Cde. Petrov",
             "Tov. Ivanov", "Generalissimo Chiang", "Commissar Ivanov said", "Sgt. Petrov was sent",
             "Gen. Clay and Adm. Kirk left", "Col. Gen. Biryuzov", "Rear Admiral Kirk left", "Ensign Orlov",
             "Senior Lieutenant Belov", "Lt. Col. Smirnov", "Major General Smith arrived", "Marshal Choibalsan"],
    FRIENDS: ["Tito and his friends", "the traitor Rajk and his men were tried", "Gao and his group"],
    LISTED: ["Comrades Tito and Kardelj", "the opposition leaders Petkov and Lulchev",
             "Comrades Gottwald, Zapotocky and Slansky"],
    MADAME: ["Madame Chiang arrived", "Mme. Sun Yat-sen", "Mme Sun", "Mrs. Roosevelt presents her compliments"],
    ROMANIZED: ["I met Pak Hon-yong.", "Chou En-lai said", "Chang Siu-Tsuan", "Ch'oe Yong-Gon left", "Kim O-song left",
                "Yi O-ryong", "Kim Il-sung"],
    KOREAN_NAME: ["Kim Chaek left", "Mun Il will come", "Kang Kon"],
    PINYIN_NAME: ["Shen Junru and Li Jishen", "Lu Qiaoming"],
    RUSSIAN_KOREAN_NAME: ["Choe En Gen arrived", "Pak Khen En"],
    CAPS_SURNAME: ["signed MIKOYAN here", "KOVALEV", "to ROSHCHIN."],
}


def _spaced_otherwise(text: str):
    """The text, and it with each of its spaces in turn a line break, and all of them, and two spaces."""
    yield text
    for i, c in enumerate(text):
        if c == " ":
            yield text[:i] + "\n" + text[i + 1:]
    yield text.replace(" ", "\n")
    yield text.replace(" ", "  ")
    yield text.replace(" ", " \n")


def test_every_match_of_a_person_pattern_passes_the_cue_a_line_break_in_it_too():
    """person_cued (the words asked of the run, and those a whole text holds) passes every text a
    pattern of an unknown person matches, where a line break or two spaces stand for its spaces
    ("Tito\\nand his friends" was held back: the cue wrote " and his "); every pattern is matched."""
    matched = set()
    for pattern, texts in PERSON_TEXTS.items():
        for text in texts:
            assert pattern.search(text), (pattern.pattern[:40], text)  # (the texts are the patterns')
            for variant in _spaced_otherwise(text):
                if pattern.search(variant):
                    matched.add(pattern)
                    assert person_cued(variant), variant
                    assert person_cued(variant, person_cue_words(variant)), variant
                    held = "\n".join(["no name here", variant, "a well-known fact"])
                    assert person_cued(variant, person_cue_words(held)), variant
    assert matched == set(PERSON_TEXTS)


def test_every_shape_of_a_romanized_name_passes_the_cue():
    """Not only the texts listed: each length of the three parts ROMANIZED allows (one to six letters,
    the first of each a capital, the third's either case), with a space or a line break: the cue passes
    every one the pattern matches ("Kim O-song", "Yi O-ryong" were missed: one capital before the hyphen)."""
    shapes = 0
    for first in ("K", "Ki", "Kim", "Ch'oe", "Kimsun"):
        for second in ("O", "Il", "Hon", "Yong", "Siuxyz"):
            for third in ("s", "song", "Gon", "ryongx"):
                for gap in (" ", "\n"):
                    text = f"the talks with {first}{gap}{second}-{third} went on"
                    if ROMANIZED.search(text):
                        shapes += 1
                        assert person_cued(text) and person_cued(text, person_cue_words(text)), text
    assert shapes == 5 * 5 * 4 * 2


def test_every_rank_and_title_before_a_name_is_a_cue():
    """A name after any rank of the vocabulary's ("Commissar", "Sgt.", "Ensign") or an abbreviated
    general's, at a line break too: the cue words are made from the same lists as TITLED."""
    from tei.vocab import RANK_ABBREVIATIONS, RANK_GRADES, RANKS

    titles = [*RANKS, *RANK_ABBREVIATIONS, *(f"{g} {r}" for g in RANK_GRADES for r in RANKS), "Gen.", "Adm.", "Lt. Gen.",
              "Rear Adm."]
    for title in titles:
        for gap in (" ", "\n", "  "):
            text = f"We were told that {title}{gap}Ivanov will leave."
            assert TITLED.search(text), text  # (a title TITLED stops reading fails here, not skipped)
            assert person_cued(text) and person_cued(text, person_cue_words(text)), text
    assert all(TITLED.search(f"{t} Ivanov") for t in RANKS)

