"""What shows a person the authority file lacks: the shapes of names ("Comrade X", "X and his
friends", an all-capital surname, a romanized Chinese or Korean name, a name in pinyin), the words
that are no names (offices, pronouns), and the cipher clerks' lines, whose surnames are no persons."""

from __future__ import annotations

import re

from ...sources.base import ENGLISH, SYLLABLE
from ...authority import APOSTROPHES, Entity, normalize
from .. import T
from ...regexes import led
from ...vocab import CLERK_TITLE, CLERK_VERB, OFFICE, OFFICE_GRADE, OFFICER_RANK, RANK, RANK_ABBREVIATIONS, RANK_AND_OFFICE_WORDS, RANKS


ENTITY_TAGS = {T + "persName", T + "placeName", T + "orgName"}


SKIP = ENTITY_TAGS | {T + "gap", T + "pb", T + "date", T + "certainty", T + "desc"}


# The capital and small letters of the Latin alphabets a translation prints names in ("Slánský",
# "Gomułka", "Đilas", "Võ Nguyên Giáp"): [A-Z] would cut a name at its first accented letter.
_LATIN = [chr(c) for c in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))]


UP = "A-Z" + "".join(c for c in _LATIN if c.isupper())


LOW = "a-z" + "".join(c for c in _LATIN if c.islower())


# (a word of a name does not end with its hyphen: "Gheorghiu-Dej" is one name, not "Gheorghiu-"; any
# apostrophe is in it, "Savelʹyev")
# (nor with a possessive's "’s": "Ambassador Wei’s conversations" names Wei)
_WORD = rf"[{UP}][{LOW}{APOSTROPHES}\-]*[{LOW}{APOSTROPHES}](?<![’']s)(?!(?<=[’'])s\b)"


# (given name, middle name and surname are one person: "Walter Bedell Smith"; so with a middle
# initial, "Carlos P. Romulo", where a surname follows it)
NAME = (rf"(?<![\w.])(?:[{UP}][{LOW}]?\.\s?){{0,3}}{_WORD}(?:\s[{UP}]\.(?=\s{_WORD}(?![\w.])))?"
        rf"(?:[\s\-]{_WORD}){{0,2}}")


# (a rank with its grade is one title: "Lieutenant Colonel Belov", "Major General Smith", "Rear
# Admiral Kirk"; so the consul's, "Consul General Clubb")
# ("Com. Stachowiak informs ...": "Comrade" as a Polish cable abbreviates it)
# (and the office between "comrade" and the name no part of it: "to comrade Director Vasile Sandru", "to comrade
# Deputy Foreign Minister Constantin Oancea")
TITLED = led(re.compile(rf"\b(?:[Cc]omrade|Cde\.?|Com\.|Tov\.|tov\.|t\.|Mr\.|Mrs\.|Dr\.?|Prof\.|Sir|Generalissimo|Ambassador|Envoy"
                         rf"|Consul(?:\s+General)?|President|{RANK})"
                         rf"(?:(?<=omrade)\s+(?:{OFFICE_GRADE}\s+)?(?:Foreign\s+)?{OFFICE})?"
                         rf"\s+(?P<name>{NAME})"))


# the title a wife is called by with her husband's name ("Madame Chiang", "Mme. Sun", "Mrs. Roosevelt")
WIFE_TITLE = r"(?:Madame|Mme\.?|Mrs\.?)"


# "Madame Chiang": a wife named by her husband's family name, a person of her own (not he, whom the
# family name alone may mean), her title part of her name
# (or by his whole name, "Madame Chiang Kai-shek", "Mrs. Roosevelt": not he, whose name it holds)
MADAME = re.compile(rf"(?<![\w.])(?P<name>{WIFE_TITLE}\s+{_WORD}(?:\s{_WORD}){{0,2}})(?![\w\-])")


# "Comrades Tito and Kardelj", "the opposition leaders Petkov and Lulchev": each name of the list
LISTED = re.compile(rf"\b(?:Comrades|leaders)\s+(?P<names>{NAME}(?:,\s+{NAME})*,?\s+and\s+{NAME})")


ONE_NAME = re.compile(rf"(?P<name>{NAME})")


FRIENDS = led(re.compile(rf"(?P<name>{NAME})\s+and\s+his\s+(?:friends|comrades|colleagues|associates|group|people|supporters|men)\b"))


CAPS_SURNAME = led(re.compile(rf"(?<![\w\-])(?P<name>[{UP}]{{2,}}(?:OV|EV|YEV|IN|YN|SKY|SKII|SKI|KO|ENKO|YAN|ICH|OVA|EVA|INA))(?![\w\-])"))


# A romanized Chinese or Korean name: a one-syllable surname and a hyphenated given name
# ("Pak Hon-yong", "Chou En-lai"; its second syllable capitalised too in older romanizations,
# "Chang Siu-Tsuan"), each part a syllable of the romanizations (not "Korea-based")
ROMANIZED = led(re.compile(r"(?<![\w\-])(?P<name>[A-Z][a-z'’]{0,5}\s[A-Z][a-z'’]{0,5}-[A-Za-z][a-z'’]{0,5})(?![\w\-])"))


# "the MacArthur Foundation", "the Stalin Prize": a body named after someone does not mention him
NAMED_AFTER = re.compile(r"(?:['’]s)?\s+(?:Foundation|Fund|Prize|Award|University|Institute|Academy|Library|Museum|School"
                         r"|College|Street|Square|Avenue|Road|Plant|Factory|Works|Canal)\b")


def romanized_names(text: str):
    """The romanized Chinese and Korean names of a text that no pattern with a title finds."""
    for m in ROMANIZED.finditer(text):
        parts = re.split(r"[\s\-]", m.group("name").lower())
        if parts[0] not in ENGLISH and all(SYLLABLE.fullmatch(p) for p in parts):
            yield m


def family_names(region: str) -> list[str]:
    """The family names of a region ("Korea") as the editions' index knows them too
    (xslt/common/family-names.xml), capitalised."""
    from lxml import etree
    from ...paths import XSLT_DIR
    [words] = etree.parse(str(XSLT_DIR / "common" / "family-names.xml")).xpath(
        "/family-names/region[@name = $r]/text()", r=region)
    return [w.capitalize() for w in words.split()]


# A Korean name without a hyphen, as translations of the North Korean cables print them: a
# Korean family name and a given name of one syllable ("Kim Chaek", "Kang Kon", "Mu Chong")
KOREAN_SURNAMES = "|".join(family_names("Korea"))


KOREAN_NAME = led(re.compile(rf"(?<![\w\-’'])(?P<name>(?:{KOREAN_SURNAMES})\s[A-Z][a-z]{{1,6}})(?![\w\-’']|\s[A-Z][a-z])"))


# A Korean syllable may end in "l", as Chinese ones do not: "Il" of "Mun Il", "Chol", "Kil"
KOREAN_SYLLABLE = re.compile(rf"(?:{SYLLABLE.pattern})|[bcdfghjkmnpstwy]{{0,2}}h?['’]?[aeiou]{{1,2}}l")


def korean_names(text: str):
    """The Korean names of a text written without a hyphen ("Kim Chaek", "Mun Il"): the given name a
    syllable of the romanizations, not an English word ("Kim Then", "Han Will")."""
    for m in KOREAN_NAME.finditer(text):
        given = m.group("name").split()[1].lower()
        if given not in ENGLISH and given not in ENGLISH_SYLLABLES and KOREAN_SYLLABLE.fullmatch(given):
            yield m


# A name in pinyin without a hyphen, "Shen Junru", "Li Jishen": a surname of one syllable and a
# given name of one or two, each a syllable of pinyin (not of English: "Long Run", "Men Ran")
_INITIALS = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"


_FINALS = ("(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er"
           "|a|o|e|i|u|ü)")


PINYIN = re.compile(f"{_INITIALS}{_FINALS}")


PINYIN_NAME = led(re.compile(r"(?<![\w\-’'])(?P<name>[A-Z][a-z]{0,5}\s[A-Z][a-z]{1,11})(?![\w\-’']|\s[A-Z][a-z])"))


ENGLISH_SYLLABLES = set("man men long run ran fan pan ban tan ten hen gang bang sang die tie lie pie ping sing ring "
                        "dun gun bun sun nun bin din fin gin kin pin sin tin win yen hong kong den pen ha he me ye "
                        "she wan ming nan "
                        "oil cool pool tool fool feel heel "
                        "deal real seal meal soul foul fuel jail mail nail pail rail sail tail boil coil foil "
                        "soil toil".split())


def _one_or_two_syllables(word: str) -> bool:
    """True when the word is one or two syllables of pinyin ("Lin", "Junru")."""
    return bool(PINYIN.fullmatch(word)) or any(PINYIN.fullmatch(word[:i]) and PINYIN.fullmatch(word[i:])
                                               for i in range(1, len(word)))


def pinyin_names(text: str):
    """The names in pinyin of a text, two words without a hyphen ("Shen Junru"); not the last
    two of a Korean name's three (see russian_korean_names)."""
    for m in PINYIN_NAME.finditer(text):
        surname, given = m.group("name").lower().split()
        if (surname not in ENGLISH and given not in ENGLISH_SYLLABLES and given not in ENGLISH
                and PINYIN.fullmatch(surname) and _one_or_two_syllables(given)
                and not RUSSIAN_KOREAN_NAME.match(text, _word_before(text, m.start()))):
            yield m


# A Korean name as Russian transcribes it, three syllables apart: "Choe En Gen", "Pak Khen En"
RUSSIAN_KOREAN_NAME = re.compile(r"(?<![\w\-’'])(?P<name>[A-Z][a-z]{0,4}\s[A-Z][a-z]{0,4}\s[A-Z][a-z]{0,4})(?![\w\-’']|\s[A-Z][a-z])")


def _word_before(text: str, at: int) -> int:
    """Where the word before text[at:] begins (at itself when there is none)."""
    before = re.search(r"[A-Z][a-z]{0,4}\s$", text[:at])
    return before.start() if before else at


def russian_korean_names(text: str):
    """The Korean names of a text in three words, each a syllable, none an English word."""
    for m in RUSSIAN_KOREAN_NAME.finditer(text):
        words = m.group("name").lower().split()
        if all(SYLLABLE.fullmatch(w) and w not in ENGLISH and w not in ENGLISH_SYLLABLES for w in words):
            yield m


# What every match of a pattern of an unknown person holds, no space in it (where a pattern has a space a
# line break may stand, "Tito\nand his friends"): the titles of TITLED and MADAME (the ranks made from their
# list, an abbreviated general's "Gen.", "Adm."), LISTED's words
_CUE_WORDS = ("Comrade", "comrade", "Cde", "Com.", "Tov.", "tov.", "Mr", "Mme", "Madame", "Dr", "Prof.", "Sir", "Ambassador",
              "President", "Consul", "Envoy", "leaders", *RANKS, *RANK_ABBREVIATIONS, "Gen.", "Adm.")


# "MIKOYAN", "Pak Hon-yong", "Pak\nHon-yong" (two capitalised words a whitespace apart, as the romanized,
# Korean and pinyin names are)
# (an apostrophe in the first, "Ch'oe Yong-Gon")
_CUE_CAPITALS = re.compile(rf"[{UP}](?:[{UP}]{{3}}|[{LOW}'’]{{0,5}}\s[{UP}][{LOW}-])")  # ("Kim O-song": one capital, a hyphen)


_CUE_HYPHEN = re.compile(r"[a-z]-[a-z]")


_CUE_T = re.compile(rf"\bt\.\s+[{UP}]")


_CUE_AND_HIS = re.compile(r"\sand\s+his\s")  # (FRIENDS: "Tito and his friends", "Tito\nand his friends")


# whom a copy goes to in a cable's list of copies: "Copy Nº 10 to Kosygin", "Copies: Stalin (2), Malenkov"
# (not the copy kept, "Copy", the file or a department)
COPY_HOLDER = led(re.compile(r"(?:\bto\s+|[:,]\s*)(?:(?:Comrades?|Cde\.|Comr\.)\s+)?(?!(?:Copy|File|Archive|Department|Cde|Comr|Comrades?)\b)"
                             r"(?P<name>[A-Z][\w’'\-]+)(?=\s*(?:\(\d{1,2}\))?\s*(?:[,.]|$))"))


def person_cued(text: str, words: tuple[str, ...] = _CUE_WORDS) -> bool:
    """Whether any pattern of an unknown person's name may match the text: a title, "and his",
    a run of capitals, a hyphen in a word, two capitalised words (the words looked for as words;
    words: those of them a text the run is part of holds, person_cue_words)."""
    return bool(any(w in text for w in words) or _CUE_CAPITALS.search(text)
                or "-" in text and _CUE_HYPHEN.search(text) or "t." in text and _CUE_T.search(text)
                or "his" in text and _CUE_AND_HIS.search(text))


def person_cue_words(text: str) -> tuple[str, ...]:
    """The words person_cued looks for that the text holds (none other is in a part of it)."""
    return tuple(w for w in _CUE_WORDS if w in text)


NOT_NAMES = {
    "he", "she", "it", "they", "we", "you", "i", "this", "that", "the", "chairman", "secretary", "president",
    "premier", "commander", "minister", "government", "party", "staff", "assembly", "headquarters", "comrade",
    "comrades", "his", "her", "their", "our", "your", "one", "each", "every", "all", "who", "everyone", "someone",
    "general", "central", "committee", "consul", "ambassador",
}


# A title before an office ("Comrade Prime Minister", "Mr. Minister President") names no one:
# a name all of whose words are these (the offices' and ranks', and what an office is of) is an
# office, not an unknown person's
OFFICE_WORDS = NOT_NAMES | RANK_AND_OFFICE_WORDS | {
    "foreign", "affairs", "people's", "defence", "defense", "war", "state", "council", "of", "the", "and",
}


# a name set letter-spaced, as a signature may be, "S H T Y K O V" (four letters at least: not initials)
LETTER_SPACED = led(re.compile(r"(?<![\w.])(?:[A-Z] ){3,}[A-Z](?![\w.])"))
LETTER_SPACED_CUE = re.compile(r"[A-Z] [A-Z] [A-Z] [A-Z]")  # (what any match holds; written out, the engine scans it quicker)


# The cipher office's clerk under a cable ("Deciphered by Captain Orlov", "Typed by Lieutenant
# Ivanova"), or an officer by rank in its office lines: a surname that tells nothing more of the
# man, who is not the sender and rarely anyone the edition knows ("Orlov" is also Mao's doctor).
# Linking him on a surname is a guess, so he is not tagged at all unless the rank or role is one
# the authority file gives the entry (its identification says "captain", "cipher clerk", ...).
RANK = OFFICER_RANK


CLERK = re.compile(rf"\b(?P<role>{CLERK_VERB})\s+by:?(?:\s+(?:(?P<rank>{RANK})|{CLERK_TITLE}))*\s+$", re.I)


RANKED = re.compile(rf"\b(?P<rank>{RANK})\s+$")


OFFICE_LINES = {"transmission", "number", "classification", "form", "enclosure"}  # cable_line's kinds, not "distribution"


def _clerk(text: str, start: int, entity: Entity, element) -> bool:
    """Whether the person's name at text[start:] is a clerk's or an officer's by rank (see CLERK)
    whose rank or role the entry does not have."""
    if entity.kind != "person":
        return False
    before = text[max(0, start - 80):start]
    if "." in before[-3:]:  # ("Captain A. Orlov": initials end it, a full stop among its last characters)
        before = re.sub(r"(?:[A-Z]\.\s?)+$", "", before)
    m = CLERK.search(before) or (element is not None and element.tag == T + "seg"
                                 and element.get("type") in OFFICE_LINES and RANKED.search(before))
    if not m:
        return False
    fits = [w for w in (m.group("rank"), m.groupdict().get("role")) if w]
    about = entity.identification.casefold()
    return not any(re.search(rf"\b{re.escape(w.split()[-1].casefold())}\b", about) for w in fits)


# words before a family name that are no given name: forms of address and titles ("Comrade Stalin",
# "Generalissimo Chiang", "Premier Zhou", "Chairman Mao", "Dear Stalin")
GIVEN_NAME_NOT = re.compile(r"^(?:Comrades?|Cde|Mister|Mr|Sir|Dear|Generalissimo|Premier|Chairman|President|Secretary|"
                            r"Minister|Ambassador|Marshal|General|Admiral|Comrade|Citizen|Dr|Doctor|Professor|Prof|"
                            r"Academician|Bishop|Father|Metropolitan|Patriarch|King|Queen|Prince|Emperor|Lord|Lady|"
                            r"Madame|Mrs|Miss|Mme|Herr|Monsieur|Senor|Signor)\b")


def own_name_glossed(named: Entity | None, glossed: Entity | None, said: str) -> bool:
    """"Stalin [Kuznetsov]": a person by his own name (said), not a pseudonym of his, another
    person's name in the brackets after it: the name the cable went out under, no identification."""
    return named is not None and glossed is not None and named.kind == glossed.kind == "person" \
        and named.id != glossed.id and named.forms.get(normalize(said)) != "pseudonym"


def not_his_given_name(entity, given: str) -> bool:
    """Whether a given name before a known person's family name is none of his: it begins with
    none of the letters his names of several words begin with (Iosif, Joseph, J., I. for Stalin:
    not "Vasily"; "Josef" is he, a spelling).  False when the file gives him no such name."""
    firsts = {form.split()[0][0].upper() for form in entity.forms if len(form.split()) > 1}
    return bool(firsts) and given[:1].upper() not in firsts
