"""Persons, places and organisations in the text, linked to the authority file.

Two passes, as Sphinx resolves references: first find what the text uses as a name (the
authority file's forms, and the patterns that show a person even when the file lacks them:
"Comrade X", "Cde. X", "X and his friends", an all-capital surname in a cable, a romanized
Chinese or Korean name, "Pak Hon-yong"), then
resolve each against the file.  Names the file lacks are tagged, linked to a provisional
entry marked unresolved, and reported with file and line so an editor can add them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from lxml import etree

from ..sources.base import ENGLISH, SYLLABLE
from ..authority import GENERIC_BODIES, GENERIC_BODY_PATTERN, KINDS, Entity, normalize
from . import E, T, XML_ID, Document, Transform
from .inline import markup
from ..regexes import led
from ..xmltext import text_of

ENTITY_TAGS = {T + "persName", T + "placeName", T + "orgName"}
SKIP = ENTITY_TAGS | {T + "gap", T + "pb", T + "date", T + "certainty", T + "desc"}
# The capital and small letters of the Latin alphabets a translation prints names in ("Slánský",
# "Gomułka", "Đilas", "Võ Nguyên Giáp"): [A-Z] would cut a name at its first accented letter.
_LATIN = [chr(c) for c in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))]
UP = "A-Z" + "".join(c for c in _LATIN if c.isupper())
LOW = "a-z" + "".join(c for c in _LATIN if c.islower())
# (a word of a name does not end with its hyphen: "Gheorghiu-Dej" is one name, not "Gheorghiu-")
_WORD = rf"[{UP}][{LOW}’'\-]*[{LOW}’']"
# (given name, middle name and surname are one person: "Walter Bedell Smith"; so with a middle
# initial, "Carlos P. Romulo", where a surname follows it)
NAME = (rf"(?<![\w.])(?:[{UP}][{LOW}]?\.\s?){{0,3}}{_WORD}(?:\s[{UP}]\.(?=\s{_WORD}(?![\w.])))?"
        rf"(?:[\s\-]{_WORD}){{0,2}}")
TITLED = led(re.compile(rf"\b(?:[Cc]omrade|Cde\.?|Tov\.|tov\.|t\.|Mr\.|Mrs\.|Marshal|Generalissimo|Ambassador|General|President)"
                         rf"\s+(?P<name>{NAME})"))
# "Comrades Tito and Kardelj", "the opposition leaders Petkov and Lulchev": each name of the list
LISTED = re.compile(rf"\b(?:Comrades|leaders)\s+(?P<names>{NAME}(?:,\s+{NAME})*,?\s+and\s+{NAME})")
ONE_NAME = re.compile(rf"(?P<name>{NAME})")
FRIENDS = led(re.compile(rf"(?P<name>{NAME})\s+and\s+his\s+(?:friends|comrades|colleagues|associates|group|people|supporters|men)\b"))
CAPS_SURNAME = led(re.compile(rf"(?<![\w\-])(?P<name>[{UP}]{{2,}}(?:OV|EV|YEV|IN|YN|SKY|SKII|SKI|KO|ENKO|YAN|ICH|OVA|EVA|INA))(?![\w\-])"))
# A romanized Chinese or Korean name: a one-syllable surname and a hyphenated given name
# ("Pak Hon-yong", "Chou En-lai"), each part a syllable of the romanizations (not "Korea-based")
ROMANIZED = re.compile(r"(?<![\w\-])(?P<name>[A-Z][a-z'’]{0,5}\s[A-Z][a-z'’]{0,5}-[a-z'’]{1,6})(?![\w\-])")


# "the MacArthur Foundation", "the Stalin Prize": a body named after someone does not mention him
NAMED_AFTER = re.compile(r"(?:['’]s)?\s+(?:Foundation|Fund|Prize|Award|University|Institute|Academy|Library|Museum|School"
                         r"|College|Street|Square|Avenue|Road|Plant|Factory|Works|Canal)\b")


def romanized_names(text: str):
    """The romanized Chinese and Korean names of a text that no pattern with a title finds."""
    for m in ROMANIZED.finditer(text):
        parts = re.split(r"[\s\-]", m.group("name").lower())
        if parts[0] not in ENGLISH and all(SYLLABLE.fullmatch(p) for p in parts):
            yield m


# A Korean name without a hyphen, as translations of the North Korean cables print them: a
# Korean family name and a given name of one syllable ("Kim Chaek", "Kang Kon", "Mu Chong")
KOREAN_SURNAMES = ("Kim|Pak|Park|Ri|Rhee|Yi|Choe|Choi|Chong|Jong|Kang|Han|Ho|Hong|Nam|Yun|Cho|Chang|Mun|Hyon|Hwang|Kwon"
                   "|Paek|Mu|Chu|Pang|Sin|Shin")
KOREAN_NAME = led(re.compile(rf"(?<![\w\-’'])(?P<name>(?:{KOREAN_SURNAMES})\s[A-Z][a-z]{{1,6}})(?![\w\-’']|\s[A-Z][a-z])"))


def korean_names(text: str):
    """The Korean names of a text written without a hyphen ("Kim Chaek"): the given name a
    syllable of the romanizations, not an English word ("Kim Then")."""
    for m in KOREAN_NAME.finditer(text):
        given = m.group("name").split()[1].lower()
        if given not in ENGLISH and given not in ENGLISH_SYLLABLES and SYLLABLE.fullmatch(given):
            yield m


# A name in pinyin without a hyphen, "Shen Junru", "Li Jishen": a surname of one syllable and a
# given name of one or two, each a syllable of pinyin (not of English: "Long Run", "Men Ran")
_INITIALS = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINALS = ("(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er"
           "|a|o|e|i|u|ü)")
PINYIN = re.compile(f"{_INITIALS}{_FINALS}")
PINYIN_NAME = re.compile(r"(?<![\w\-’'])(?P<name>[A-Z][a-z]{0,5}\s[A-Z][a-z]{1,11})(?![\w\-’']|\s[A-Z][a-z])")
ENGLISH_SYLLABLES = set("man men long run ran fan pan ban tan ten hen gang bang sang die tie lie pie ping sing ring "
                        "dun gun bun sun nun bin din fin gin kin pin sin tin win yen hong kong den pen ha he me ye "
                        "she wan ming nan".split())


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


# Places and bodies the authority file lacks, where the words around the name say what it is:
# "the Tumen River", "Liaoning Province", "the town of Kaesong", "the Hungarian Workers' Party",
# "the Anshan steel works".  Each needs its kind's word (River, Province, "town of", Party, a
# works' words): a capitalised word alone is never taken for a place.
_PLACE_WORDS = ("River", "Province", "Party", " peninsula", " area", " region")
_PLACE_OF = led(re.compile(r"\b(?:town|city|port|village|province|county|district) of "))
_WORKS = led(re.compile(r"\b(?:[Ww]orks|[Pp]lant|[Ff]actory|[Cc]ombine|[Mm]ines?|[Rr]efinery)\b"))


def place_cued(text: str) -> bool:
    """Whether the text has a cue of an unknown place's or body's name ("River", "town of",
    "Works"): words looked for as words, the rest as patterns (one pattern of all of them
    would be tried at every position of every text run)."""
    return bool(any(w in text for w in _PLACE_WORDS) or " of " in text and _PLACE_OF.search(text)
                or _WORKS.search(text))


_PROPER = rf"[{UP}][{LOW}’']+(?:-[{LOW}{UP}][{LOW}’']*)?"  # "Kaesong", "Ch'ongch'on", "Yong-dong"
_NOT_AFTER = rf"(?![\w\-’']|\s+[{UP}])"  # the whole name: not one going on in capitals ("... River Fleet")
_INDUSTRY = (r"(?:[Ii]ron\s+and\s+[Ss]teel|[Ss]teel|[Ii]ron|[Cc]oal|[Tt]ractor|[Aa]utomobile|[Aa]ircraft|[Mm]etallurgical"
             r"|[Cc]hemical|[Tt]extile|[Cc]ement|[Ss]hipbuilding|[Oo]il|[Mm]achine[\s\-][Tt]ool|[Aa]rms|[Aa]mmunition)")
_PARTY_WORD = rf"[{UP}][{LOW}]+(?:['’]s|(?<=s)['’])?"  # "Hungarian", "Workers'", "People's"
UNKNOWN_PLACES = [  # (kind, type, why, the word it needs in the text, pattern)
    ("place", "river", "named with 'River'", "River",
     re.compile(rf"(?<![\w\-])[Tt]he\s+(?P<name>{_PROPER}(?:\s{_PROPER})?\s+River){_NOT_AFTER}")),
    ("place", "region", "named with 'Province'", "Province",
     re.compile(rf"(?<![\w\-’'])(?P<name>{_PROPER}(?:\s{_PROPER})?\s+Province){_NOT_AFTER}")),
    ("place", None, "after 'the town of', 'the province of' or the like", " of ",
     re.compile(rf"\b(?P<what>town|city|port|village|province|county|district)\s+of\s+(?P<name>{_PROPER}(?:\s{_PROPER})?)"
                rf"{_NOT_AFTER}")),
    # its kind's word in lower case after it, as translations print it: "the Ongjin peninsula"
    # (the word part of the name), "the Haeju area" (the place alone)
    ("place", "region", "named with 'peninsula'", " peninsula",
     re.compile(rf"(?<![\w\-])[Tt]he\s+(?P<name>{_PROPER}(?:\s{_PROPER})?\s+peninsula)(?![\w\-’'])")),
    ("place", "region", "named as an area or region", " ",
     re.compile(rf"(?<![\w\-])[Tt]he\s+(?P<name>{_PROPER}(?:\s{_PROPER})?)\s+(?:area|region)(?![\w\-’'])")),
    ("org", "party", "a party's name", "Party",
     re.compile(rf"(?<![\w\-’'])(?P<name>(?:{_PARTY_WORD}\s+){{1,4}}Party(?:\s+of\s+(?:the\s+)?{_PROPER}"
                rf"(?:\s+{_PROPER}){{0,2}})?)(?![\w\-’'])")),
    ("org", "company", "named as works, a plant or a mine", "",
     re.compile(rf"(?<![\w\-])[Tt]he\s+(?P<name>{_PROPER}(?:[\s\-]{_PROPER})?\s+{_INDUSTRY}\s+"
                rf"(?:[Ww]orks|[Pp]lant|[Ff]actory|[Cc]ombine|[Mm]ines?|[Mm]ill|[Rr]efinery))(?![\w\-’'])")),
]
CITY_WORDS = {"town", "city", "port", "village"}
# words that begin a sentence or qualify, not a place's own name ("In Liaoning Province")
LEADING = ENGLISH | {"after", "before", "during", "near", "across", "along", "beyond", "our", "your", "their", "this",
                     "that", "these", "those", "whole", "entire", "same", "said", "above", "both", "all", "every"}
# words a party's name shares with every party's: a name of such words alone says not whose
PARTY_GENERIC_WORDS = {"communist", "communists", "workers'", "workers", "working", "people's", "labour", "labor",
                       "socialist", "social", "democratic", "united", "revolutionary", "national", "new", "party", "of",
                       "the", "peasant", "peasants'", "toilers'", "front", "league"}
# an adjective of a people is no place's own name ("the Soviet steel works", "the Korean River")
ADJECTIVE = re.compile(r"(?:ian|ean|can|ese|ish)$|^(?:Soviet|Czech|German|French|Dutch|Greek|Thai|Swiss|Allied|Red|White"
                       r"|Northern|Southern|Eastern|Western|Northeastern|Northwestern|Southeastern|Southwestern|Central)$")


def _unknown_places_and_bodies(doc: Document, el, text: str) -> list[tuple[int, int]]:
    """The places and bodies of a text run that the authority file lacks but the words around
    them name as such: each a provisional entry, reported.  Returns the spans of all names so
    found, known or not (no person's name is looked for in them)."""
    spans = []
    known = None
    for kind, type_, why, needs, pattern in UNKNOWN_PLACES:
        if needs not in text:
            continue
        for m in pattern.finditer(text):
            start, end = m.span("name")
            words = m.group("name").split()
            while len(words) > 1 and words[0].lower() in LEADING:  # "In Liaoning Province": not "In"
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            if text[end - 2:end] in ("'s", "’s"):  # "the city of Moscow's": Moscow
                end -= 2
            name = text[start:end]
            first = words[0].lower()
            if first in LEADING or first in NOT_NAMES or (
                    not any(w.lower() not in PARTY_GENERIC_WORDS for w in words) if type_ == "party"
                    else ADJECTIVE.search(words[0])):
                continue
            spans.append((start, end))
            if known is None:  # (and the provisional entries made before: a body the title names)
                known = list(doc.authority.find(text)) + [
                    (m.start(), m.end(), e, "main") for e in doc.provisional.values() if e.kind != "person"
                    for m in re.finditer(re.escape(e.main), text)]
            # a known name over the edge of it, or around it, or the same kind's inside it
            # ("the Yalu River": Yalu; "Liaoning Province": Liaoning): known; another kind's
            # inside a body's name is the body's ("the Anshan steel works": Anshan, a place)
            if any(s < end and e > start and (s < start or e > end or ent.kind == kind or kind == "place")
                   for s, e, ent, _ in known) or name in doc.aliases:
                continue
            what = m.groupdict().get("what")
            provisional_entry(doc, kind, name, line_of(el), why,
                              type_ or ("city" if what in CITY_WORDS else "region"))
    return spans


# A capitalised name after a preposition of place ("the troops reached the pass near Viet Bac",
# "returned from Kukes"): maybe a place the authority file lacks.  Without its kind's word it is
# not tagged (a guess: "to Ivanchenko" may be a man), only reported.
AFTER_PREPOSITION = re.compile(rf"(?<![\w\-’'])(?:in|on|to|from|near|at|towards|reached|entered|occupied|captured|liberated)\s+(?P<name>{_PROPER}(?:[\s\-]{_PROPER}){{0,2}})"
                               rf"(?![\w\-’']|\s+[{UP}]|\s*[\[(])")
# what follows a preposition and is no place: the calendar, languages, titles, a body's kind
NOT_PLACES = set("""january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday english russian chinese korean japanese first second third point item
    paragraph section article comrade comrades chairman marshal general generalissimo ambassador president premier
    minister mr mrs cde tov the this that these those our your their his her its my we you they he she it god
    order accordance addition view case fact time principle particular no nos number telegram cable letter note
    annex appendix chapter volume page""".split())


def _report_unknown_places(doc: Document) -> None:
    """Names after a preposition of place that neither the authority file nor the names pass
    knows (a person, place or body, provisional or not): a warning each, once per document."""
    said = set()
    for el in doc.div.iter():
        if not isinstance(el.tag, str) or el.tag in SKIP or el.tag in (T + "signed", T + "head", T + "salute"):
            continue
        for text, following in [(el.text, el[0] if len(el) else None)] + [(c.tail, c.getnext()) for c in el]:
            if not text or not re.search(r"(?<![\w\-’'])(?:in|on|to|from|near|at|towards|reached|entered|occupied|captured|liberated)\s+[A-Z]", text):
                continue
            for m in AFTER_PREPOSITION.finditer(text):
                name = m.group("name")
                words = name.split()
                if words[0].lower() in NOT_PLACES or words[0].lower() in NOT_NAMES or ADJECTIVE.search(words[0]) \
                        or name in said or name in doc.aliases or doc.authority.find(name) \
                        or following is not None and following.tag == T + "pb" and not text[m.end():].strip() \
                        or any(normalize(name) in e.forms or any(normalize(w) in e.forms for w in words)
                               for e in doc.provisional.values()):
                    continue
                said.add(name)
                doc.warn(line_of(el), f"'{name}' after '{m.group(0).split()[0]}' may be a place the authority file "
                         "lacks: not tagged; add it to the authority file (or name it with its kind's word, "
                         "'the town of ...')", "unknown-place")


_CUE_WORDS = ("Comrade", "comrade", "Cde", "Tov.", "tov.", "Mr", "Marshal", "General", "Ambassador", "President", "leaders", " and his ")
_CUE_CAPITALS = re.compile(rf"[{UP}](?:[{UP}]{{3}}|[{LOW}]{{0,5}} [{UP}][{LOW}])")  # "MIKOYAN", "Pak Hon-yong"
_CUE_HYPHEN = re.compile(r"[a-z]-[a-z]")
_CUE_T = re.compile(rf"\bt\. [{UP}]")


# whom a copy goes to in a cable's list of copies: "Copy Nº 10 to Kosygin", "Copies: Stalin (2), Malenkov"
# (not the copy kept, "Copy", the file or a department)
COPY_HOLDER = re.compile(r"(?:\bto\s+|[:,]\s*)(?:(?:Comrades?|Cde\.|Comr\.)\s+)?(?!(?:Copy|File|Archive|Department)\b)"
                         r"(?P<name>[A-Z][\w’'\-]+)(?=\s*(?:\(\d{1,2}\))?\s*(?:[,.]|$))")


def person_cued(text: str) -> bool:
    """Whether any pattern of an unknown person's name may match the text: a title, "and his",
    a run of capitals, a hyphen in a word, two capitalised words (the words looked for as words)."""
    return bool(any(w in text for w in _CUE_WORDS) or _CUE_CAPITALS.search(text)
                or "-" in text and _CUE_HYPHEN.search(text) or "t. " in text and _CUE_T.search(text))


NOT_NAMES = {
    "he", "she", "it", "they", "we", "you", "i", "this", "that", "the", "chairman", "secretary", "president",
    "premier", "commander", "minister", "government", "party", "staff", "assembly", "headquarters", "comrade",
    "comrades", "his", "her", "their", "our", "your", "one", "each", "every", "all", "who", "everyone", "someone",
    "general", "central", "committee", "consul", "ambassador",
}
# A title before an office ("Comrade Prime Minister", "Mr. Minister President") names no one:
# a name all of whose words are these is an office, not an unknown person's
OFFICE_WORDS = NOT_NAMES | {
    "prime", "deputy", "vice", "first", "foreign", "affairs", "chief", "head", "marshal", "envoy", "counsellor",
    "counselor", "representative", "delegate", "director", "colonel", "major", "lieutenant", "captain", "admiral",
    "commissar", "people's", "defence", "defense", "war", "state", "council", "of", "the", "and", "plenipotentiary",
}


# Letters NFKD does not take apart into a base letter and an accent ("Bolesław" would lose its ł)
UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
                              "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th",
                              "ı": "i", "ħ": "h", "Ħ": "H"})


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def line_of(el) -> int:
    while el is not None:
        if el.sourceline:
            return el.sourceline
        el = el.getparent()
    return 0


def provisional_person(doc: Document, name: str, line: int, why: str) -> Entity:
    """A person the authority file lacks: a provisional entry, reported once per document."""
    return provisional_entry(doc, "person", name, line, why)


KIND_WORDS = {"person": ("person", "them"), "place": ("place", "it"), "org": ("organisation", "it")}


def provisional_entry(doc: Document, kind: str, name: str, line: int, why: str, type_: str | None = None) -> Entity:
    """A person, place (type_: river, city, region) or organisation (type_: party, company) the
    authority file lacks: a provisional entry, reported once per document."""
    # a name printed in capitals ("ARKHIPOV") as a name is written; in a name written in mixed
    # case a word in capitals is an abbreviation ("USSR Foreign Ministry") and stays as it is
    display = " ".join(w.capitalize() if name.isupper() and len(w) > 2 else w for w in name.split())
    entity_id = "unresolved-" + slug(display)
    if entity_id in doc.provisional:
        return doc.provisional[entity_id]
    word, pronoun = KIND_WORDS[kind]
    tag = KINDS[kind]
    element = E(kind,
                E(tag, display, type="main"),
                E("note", f"Not in the authority file; the text uses the name as {'an' if word[0] in 'aeiou' else 'a'} "
                          f"{word}'s ({why}). An editor should add an entry and re-run the conversion.", type="unresolved"),
                type=type_, cert="low")
    element.set(XML_ID, entity_id)
    entity = Entity(entity_id, kind, display, display, {normalize(name): "main"}, element=element,
                    provisional=True)
    entity.forms[normalize(display)] = "main"
    doc.provisional[entity_id] = entity
    doc.warn(line, f"unknown {word} '{name}' ({why}): tagged and linked to the provisional entry "
             f"'{entity_id}'; add {pronoun} to the authority file", "unresolved-name")
    return entity


# the sender speaking of his own party: "our Party", "our Central Committee"
OUR_PARTY = re.compile(r"\bour\s+(?:Party|Central\s+Committee|CC|Politburo|Political\s+Bureau)\b", re.I)


def _parties_of_text(doc: Document, whole: str) -> frozenset[str]:
    """The party (with its bodies) a telegram is about, whose body "the Politburo" or "the
    Central Committee" alone is: the sender's (a party's body, or a person whose identification
    names one: Mao, "Chairman of the CCP Central Committee"), where he says "our Party" or the
    text names his party or one of its bodies ("the CC CCP"); the recipient's where the sender
    has none and the text names it.  None where the text does not say."""
    authority, c = doc.authority, doc.corresp

    def parties(entities) -> frozenset[str]:
        return frozenset().union(*(authority.owners(e) - ({e.id} if e.kind == "person" else set())
                                   for e in entities if e is not None))
    named = frozenset().union(*(authority.owners(e) for e in map(authority.entities.get, authority._named_bodies)
                                if e is not None))
    senders, recipients = parties([c.sender, *c.also_from]), parties([c.recipient, *c.also_to])
    if senders and (OUR_PARTY.search(whole) or senders & named):
        return senders
    if not senders and recipients & named:
        return recipients
    return frozenset()


# a name set letter-spaced, as a signature may be, "S H T Y K O V" (four letters at least: not initials)
LETTER_SPACED = re.compile(r"(?<![\w.])(?:[A-Z] ){3,}[A-Z](?![\w.])")


class NameTagger(Transform):
    def apply(self, doc: Document) -> None:
        whole = "\n".join(doc.div.itertext())  # (runs apart: "28.3.1948" + "A. I. MIKOYAN")
        # a body named by its kind alone is the one of the party the text is about (Authority._body)
        if about := _parties_of_text(doc, whole):
            doc.authority = doc.authority.about_parties(about)
        # "V. V. Kuznetsov" is not F. F. Kuznetsov (initials the person's given names do not
        # begin with), nor then is "Kuznetsov" alone in the same text: the names after initials
        other = {ent.id for m in INITIALED.finditer(whole) for s, e, ent, _ in doc.authority.find(m.group("name"))
                 if s == 0 and ent.kind == "person" and _other_initials(m.group(0), ent)
                 and not _in_full_form(doc, whole, m.start(), m.end(), ent)}
        everything = cache(lambda: list(doc.authority.find(whole)))  # every name of the text, when asked for
        named = cache(lambda: {ent.id: ent for _, _, ent, _ in everything() if ent.kind == "person" and ent.id not in other})
        self._titled_pseudonyms(doc)
        self._explained_pseudonyms(doc, whole)
        self._correspondent_bodies(doc)
        # the generic bodies' names ("Politburo") the text uses for another party's body (read
        # when a name so generic is found: the scan of the whole text is not cheap)
        foreign = cache(lambda: {normalize(whole[s:e]) for s, e, body, _ in everything()
                                 if body.kind == "org" and _of_another_party(doc.authority, whole, s, e, body)}
                        | {normalize(m.group(0)) for m in GENERIC_BODY.finditer(whole) if m.group(0) in doc.aliases
                           and not any(s <= m.start() < e for s, e, _, _ in everything())
                           and _of_another_party(doc.authority, whole, m.start(), m.end(), doc.aliases[m.group(0)][0])})
        self._find_unknown_persons(doc, named, other)
        self._renamed_provisional(doc, whole)
        _report_unknown_places(doc)
        extra = self._provisional_pattern(doc)

        def find(text, element):
            spans = [(_with_initials(text, s, entity, e), _with_initials_after(text, e), (entity, kind)) if entity.kind == "person"
                     else (s, e, (entity, kind)) for s, e, entity, kind in doc.authority.find(text)]
            spans = [(s, e, p) for s, e, p in spans if p[0].id not in other or not (
                _other_initials(text[s:e], p[0]) or len(text[s:e].split()) == 1)]
            if extra is not None:
                for m in extra.finditer(text):
                    entity, kind = doc.aliases.get(m.group(0)) or (doc.provisional.get(_provisional_id(doc, m.group(0))), "main")
                    if entity is not None:
                        spans.append((m.start(), m.end(), (entity, kind)))
            # a name set letter-spaced, as a signature may be: "S H T Y K O V"
            for m in LETTER_SPACED.finditer(text):
                entity = doc.authority.lookup(m.group(0).replace(" ", ""))
                if entity is not None and entity.kind == "person":
                    spans.append((m.start(), m.end(), (entity, "variant")))
            spans = [(s, e, p) for s, e, p in spans if not _clerk(text, s, p[0], element)]
            # (first: where whose the body is is known, it outweighs the file's body of the date)
            spans = [(m.start(), m.end(), (body, "variant")) for m in BODY_OF_BODY.finditer(text)
                     if (body := _body_of_body(doc, m.group("kind"), m.group("of"))) is not None] + spans
            # "the Politburo of the PZPR" is not the Soviet Politburo (nor, then, "the Politburo" alone)
            spans = [(s, e, p) for s, e, p in spans if p[0].kind != "org" or not (
                _of_another_party(doc.authority, text, s, e, p[0])
                or GENERIC_BODY.fullmatch(text[s:e]) and normalize(text[s:e]) in foreign()
                and text[s:e] not in doc.aliases)]
            return _non_overlapping(spans)

        def make(payload, matched, element):
            entity, kind = payload
            el = E(entity.name_tag, matched, ref="#" + entity.id,
                   type="pseudonym" if kind == "pseudonym" else None)
            return el

        markup(doc.div, find, make, skip=lambda el: el.tag in SKIP)
        # A name inside a longer one: the place in "Nanking Government", the party in "Central
        # Committee of the Workers' Party of Korea" (by its own name, not a kind of body's,
        # "Central Committee"), and the place in that party's name in turn.
        outers = list(doc.div.iter(*ENTITY_TAGS))
        while outers:
            outer = outers.pop(0)
            if len(outer):
                continue
            kinds = [k for k in ("org", "place", "person") if outer.tag == T + "orgName"] or (
                ["place"] if outer.tag == T + "persName" else [])

            def find_inner(text, element, outer=outer, kinds=kinds):
                spans = [(s, e, ent, k, kind) for kind in kinds if kind != "org" for s, e, ent, k in doc.authority.find(text, kind)]
                if "org" in kinds:  # (the body's own name covers the party's: looked for from each word on)
                    spans += [(i + s, i + e, ent, k, "org") for i in (m.start() for m in re.finditer(r"(?<=\s)\S", text))
                              for s, e, ent, k in doc.authority.find(text[i:], "org")[:1] if s == 0
                              and not GENERIC_BODY.fullmatch(text[i:i + e])]
                return [(s, e, (ent, k)) for s, e, ent, k, kind in spans
                        if "#" + ent.id != outer.get("ref") and (e - s) < len(text)
                        and not (kind == "person" and NAMED_AFTER.match(text, e))]
            markup(outer, find_inner, make, skip=lambda el: el is not outer)
            outers.extend(c for c in outer if c.tag == T + "orgName")
        self._link_glossed_names(doc)
        self._undecided_namesakes(doc)
        doc.names_tagged = sum(1 for _ in doc.div.iter(*ENTITY_TAGS))

    @staticmethod
    def _undecided_namesakes(doc: Document) -> None:
        """A name two entries share ("Kuznetsov": F. F. and V. V.) that neither the text nor the
        telegram's date decides is linked to the first entry: said once per name, where the
        text (or else the title) first uses it, with the entries and what would decide."""
        kinds = {tag: kind for kind, tag in KINDS.items()}
        # (only a name some entries share can be undecided: the others are not looked at further)
        spots = [(name, line_of(el), kinds[etree.QName(el).localname], el.get("ref"))
                 for el in doc.div.iter(*ENTITY_TAGS)
                 if normalize(name := text_of(el)) in doc.authority.homonyms]
        for title in {doc.raw.title, doc.raw.heading} - {""}:
            spots += [(title[s:e], doc.raw.title_line, None, "#" + entity.id) for s, e, entity, _ in doc.authority.find(title)]
        said = set()
        for name, line, kind, ref in spots:
            among = doc.authority.namesakes(name, kind) if normalize(name) not in said else []
            if len(among) < 2 or ref != "#" + among[0].id:
                continue
            said.add(normalize(name))
            entries = " or ".join(f"'{e.id}' ({e.main}{_active(e)})" for e in among)
            doc.warn(line, f"'{name}' may be any of the authority file's entries {entries}: neither the text nor the "
                     f"telegram's date ({doc.authority.when or 'none'}) tells which, so it is linked to the first; name "
                     "the person in full in the source (or with his initials), or give the entries the years they "
                     "were active (floruit) in the authority file", "ambiguous-name")

    @staticmethod
    def _correspondent_bodies(doc: Document) -> None:
        """"Chairman Mao and the Central Committee:" where the header names the CCP Central
        Committee as a correspondent: the text's "Central Committee" (or "Politburo") is that
        body (the short name alone could be any party's)."""
        c = doc.corresp
        for body in (e for e in [c.sender, c.recipient, *c.also_from, *c.also_to] if e is not None and e.kind == "org"):
            for short in ("Central Committee", "Politburo", "Political Bureau", "Presidium"):
                key = normalize(short)
                if any(f == key or f.endswith(" " + key) or f.startswith(key + " of ") for f in body.forms) \
                        and doc.authority.lookup(short) is None and short not in doc.aliases:
                    doc.aliases[short] = (body, "main")

    @staticmethod
    def _titled_pseudonyms(doc: Document) -> None:
        """"Cable, Andreev [Mikoyan] to Filippov [Stalin]": a name the authority file lacks that
        the record's title identifies is that person's, wherever the text uses it ("ANDREEV"
        signing), as the name he went by."""
        for title in {doc.raw.title, doc.raw.heading} - {""}:
            for m in re.finditer(rf"(?P<name>[{UP}][\w'’\-]+)\s*[\[(](?P<who>[^\])]{{2,40}})[\])]", title):
                name, who = m.group("name"), doc.authority.lookup(m.group("who"))
                if who is None or who.kind != "person" or doc.authority.lookup(name) is not None:
                    continue
                for form in {name, name.upper(), name.capitalize()}:
                    doc.aliases[form] = (who, "pseudonym")

    @staticmethod
    def _explained_pseudonyms(doc: Document, whole: str) -> None:
        """"Comrade Andreev (Mikoyan)": a name the authority file lacks that the text itself
        explains in brackets by a known person's name is that person's, as the name he went
        by, wherever the text uses it (not "the Marshal (Stalin)", a title, nor "Liu (Liu
        Shaoqi)", a part of his name)."""
        if "(" not in whole:
            return
        for m in EXPLAINED.finditer(whole):
            name, who = m.group("name"), doc.authority.lookup(m.group("who"))
            if (who is None or who.kind != "person" or name.lower() in NOT_NAMES | TITLE_WORDS
                    or name in doc.aliases or doc.authority.lookup(name) is not None
                    or any(normalize(name) in f.split() for f in who.forms)):
                continue
            for form in {name, name.upper(), name.capitalize()}:
                doc.aliases[form] = (who, "pseudonym")
        # "Comrade Ye Chi-chuang (Ye Jizhuang)": a name of two or three words the authority file
        # lacks, a known person's name in brackets after it (a book that gives both romanizations):
        # another spelling of his name, not a pseudonym nor a person of its own
        for m in SPELLED_AGAIN.finditer(whole):
            who = doc.authority.lookup(m.group("who"))
            words = m.group("name").split()
            while len(words) > 2 and words[0].lower() in NOT_NAMES | TITLE_WORDS:
                words = words[1:]
            name = " ".join(words)
            romanized = {n.group("name") for n in (*romanized_names(name), *pinyin_names(name), *korean_names(name))}
            if (who is None or who.kind != "person" or name in doc.aliases or doc.authority.find(name)
                    or name not in romanized  # (a personal name, not "Foreign Minister (Zhou Enlai)")
                    or any(w.lower() in NOT_NAMES | TITLE_WORDS | BODY_WORDS for w in words)):
                continue
            doc.aliases[name] = (who, "main")

    @staticmethod
    def _renamed_provisional(doc: Document, whole: str) -> None:
        """"Comrade Ho Ka-i (A. I. Hegai)", "Ho Ka-i [A. I. Hegai]": a person the authority file
        lacks, his other name in brackets after his (a Soviet Korean's Russian name after his
        Korean one): the same provisional person, wherever the text uses it (his surname alone
        too), as "Andreev (Mikoyan)" is a known person's."""
        persons = [e for e in doc.provisional.values() if e.kind == "person"]
        if not persons:
            return
        after = [(m.group("who"), e) for e in persons for form in _surface_forms(e)
                 for m in re.finditer(rf"(?<![\w\-]){re.escape(form)}\s+\((?P<who>[^()\n]{{2,40}})\)", whole)]
        for gloss in doc.div.iter(T + "gloss"):  # (the editor's square brackets are a gloss by now)
            previous = gloss.getprevious()
            before = (previous.tail if previous is not None else gloss.getparent().text) or ""
            after += [(text_of(gloss), e) for e in persons
                      if any(re.search(rf"(?<![\w\-]){re.escape(f)}\s*$", before) for f in _surface_forms(e))]
        for who, entity in after:
            words = re.findall(r"[\w'’\-]{2,}(?!\.)", who)  # (not its initials)
            if (not OTHER_NAME.fullmatch(who) or who in doc.aliases or doc.authority.find(who)
                    or any(w.lower() in NOT_NAMES | TITLE_WORDS | BODY_WORDS for w in words)
                    or any(normalize(w) in normalize(entity.main).split() for w in words)
                    or any(normalize(who) in p.forms or normalize(words[-1]) in p.forms for p in persons)):
                continue  # (not a title, a known person's name, nor a part of his own: "Kim (Kim Chaek)")
            for form in {who, words[-1], words[-1].upper()}:
                doc.aliases[form] = (entity, "main")
            entity.forms[normalize(who)] = "variant"
            entity.element.insert(1, E("persName", who, type="variant"))

    def _find_unknown_persons(self, doc: Document, named=None, other: set[str] = frozenset()) -> None:
        """Names the authority file lacks, each a provisional person; or, a family name alone,
        the person of that name the text names in full (named: the persons the text names;
        other: persons the text's initials show it does not mean, whose names count as unknown)."""
        for el in doc.div.iter():
            if not isinstance(el.tag, str) or el.tag in SKIP:
                continue
            runs = [(el.text, el[0] if len(el) else None)] + [(c.tail, c.getnext()) for c in el]
            for text, following in runs:
                if text:
                    self._scan(doc, el, text, following, named, other)

    def _scan(self, doc: Document, el, text: str, following=None, named=None, other: set[str] = frozenset()) -> None:
        copies = el.tag == T + "seg" and el.get("type") == "distribution"  # ("Copy Nº 14 to Lavrent’yev": a person)
        places = _unknown_places_and_bodies(doc, el, text) if place_cued(text) and not copies else []
        if not person_cued(text) and not copies:
            return  # none of the patterns can match: no title, no "and his", no capitals run
        line = line_of(el)
        # Whatever the authority file names is not unknown, even in part ("Comrade Joseph
        # Vissarionovich Stalin", "ANASTAS IVANOVICH MIKOYAN"); nor is a place's or body's name
        # a person's ("the Hungarian Workers' Party").
        known = [(s, e) for s, e, ent, _ in doc.authority.find(text) if ent.id not in other] + places
        found = [(m, "called 'Comrade' or given a title") for m in TITLED.finditer(text)]
        found += [(m, "'... and his friends'") for m in FRIENDS.finditer(text)]
        if copies:
            found += [(m, "named in the cable's list of copies") for m in COPY_HOLDER.finditer(text)]
        found += [(m, "named with others after 'Comrades' or 'leaders'") for listed in LISTED.finditer(text)
                  for m in ONE_NAME.finditer(text, listed.start("names"), listed.end("names"))]
        found += [(m, "a romanized Chinese or Korean personal name") for m in romanized_names(text)]
        found += [(m, "a Korean personal name") for m in [*korean_names(text), *russian_korean_names(text)]]
        # (not a name's first words before a page break: "Chiang Kai [c. 515] shek")
        broken = following is not None and following.tag == T + "pb"
        found += [(m, "a Chinese personal name in pinyin") for m in pinyin_names(text)
                  if not (broken and not text[m.end():].strip())]
        signed = el.tag == T + "signed" or el.tag == T + "hi" and el.getparent().tag == T + "signed"  # ("**KOVALEV**")
        if signed or not text.isupper():
            found += [(m, "an all-capital surname") for m in CAPS_SURNAME.finditer(text)]
        # "ANDREEV [Mikoyan]": the source's editor identifies the name; it takes that entry
        # (_link_glossed_names), it is not unknown
        identified = (following is not None and following.tag == T + "gloss"
                      and any(ent.kind == "person" for _, _, ent, _ in doc.authority.find("".join(following.itertext()))))
        candidates = []
        for match, why in found:
            start, end = match.span("name")
            # A known name that goes on after the candidate's words still covers it.
            if any(s < end and e > start for s, e in known) or _continues_known(doc, text, start, other):
                continue
            if identified and not text[end:].strip():
                continue
            candidates.append((match.group("name"), why))
        for name, why in candidates:
            words = name.split()
            if words[0].lower() in NOT_NAMES or name.lower() in NOT_NAMES or all(w.lower() in OFFICE_WORDS for w in words):
                continue
            known_entry = doc.authority.lookup(name)
            if known_entry is not None and known_entry.id not in other or name in doc.aliases \
                    or any(ent.id not in other for _, _, ent, _ in doc.authority.find(name)):
                continue
            # (the persons the text names, and the header's correspondents: "Comrade Enlai:" to Zhou Enlai)
            c = doc.corresp
            parties = [e for e in (c.sender, c.recipient, *c.also_from, *c.also_to, *c.via) if e is not None and e.kind == "person"]
            provisional = [e for e in doc.provisional.values() if e.kind == "person"]
            alias = _family_name_of(name, [*(named().values() if named else ()), *provisional, *parties]) \
                if len(name.split()) == 1 else None
            if alias is not None:  # "Comrade Liu" where "Liu Shaoqi" is named
                doc.aliases[name] = (alias, "main")
                continue
            provisional_person(doc, name, line, why)

    @staticmethod
    def _provisional_pattern(doc: Document):
        forms = sorted({f for e in doc.provisional.values() for f in _surface_forms(e)} | set(doc.aliases),
                       key=len, reverse=True)
        if not forms:
            return None
        initialed = [p for e in doc.provisional.values() if (p := _initialed_form(e))]
        return re.compile(r"(?<![\w\-])(?:%s)(?![\w])" % "|".join(initialed + [re.escape(f) for f in forms]))

    @staticmethod
    def _link_glossed_names(doc: Document) -> None:
        """"Filippov [Stalin]": a name the file lacks takes the identification's entry, where the
        gloss renames it: the gloss is that name alone (not "Pak [Minister of the DPRK]"), and
        not a country, which tells where a place lies ("Sinuiju [Korea]")."""
        for gloss in doc.div.iter(T + "gloss"):
            inner = [c for c in gloss if c.tag in ENTITY_TAGS]
            if len(inner) != 1 or not GLOSS_TITLE.fullmatch((gloss.text or "") + (inner[0].tail or "")):
                continue
            ref, tag = inner[0].get("ref"), inner[0].tag
            entity = doc.authority.entities.get(ref[1:])
            if entity is not None and entity.kind == "place" and entity.element.get("type") == "country":
                continue  # (a region may rename: "the Northeast [Manchuria]")
            previous = gloss.getprevious()
            text = previous.tail if previous is not None else gloss.getparent().text
            if not text or (previous is not None and previous.tag in ENTITY_TAGS and not text.strip()):
                continue
            # (a title before the name stays outside it: "Comrade Pavlov [Shtykov]")
            match = re.search(r"(?<![\w'’\-])(?:(?:Comrade|Marshal|General|Generalissimo|Ambassador)\s+)?"
                              rf"((?:[{UP}][\w'’\-]+\s?){{1,3}})\s*$", text)
            if not match or match.group(1).strip().lower() in NOT_NAMES:
                continue
            name = match.group(1).rstrip()
            start = match.start(1)
            known = doc.authority.lookup(name)
            if known is not None and "#" + known.id != ref:  # a different entry's name: glossed, not renamed
                continue
            el = etree.Element(tag, ref=ref)
            el.text = name
            el.tail = text[start + len(name):]
            parent = gloss.getparent()
            if previous is not None:
                previous.tail = text[:start]
                parent.insert(parent.index(previous) + 1, el)
            else:
                parent.text = text[:start]
                parent.insert(0, el)


def _active(entity: Entity) -> str:
    """", active 1943 to 1949", ", active from 1953-03": an entry's floruit as a message gives it."""
    if not entity.floruit or not any(entity.floruit):
        return ", no years active given"
    start, end = entity.floruit
    return f", active {start} to {end}" if start and end else f", active from {start}" if start else f", active until {end}"


# a name and, in round brackets after it, who it is: "Comrade Andreev (Mikoyan)" (not after "the")
EXPLAINED = re.compile(rf"(?<![\w’'\-])(?<!the )(?<!The )(?P<name>[{UP}][{LOW}’'\-]+|[{UP}]{{3,}})\s+\((?P<who>[^()\n]{{2,40}})\)")
# a name of two or three words, another name in round brackets after it: "Ye Chi-chuang (Ye Jizhuang)"
SPELLED_AGAIN = re.compile(rf"(?<![\w’'\-])(?P<name>[{UP}][{LOW}’'\-]+(?:\s[{UP}][{LOW}’'\-]+){{1,3}})\s+\((?P<who>[^()\n]{{2,40}})\)")
TITLE_WORDS = {"marshal", "generalissimo", "boss", "chief", "leader", "host", "friend", "author", "sender", "addressee",
               "ambassador", "comrade", "comrades", "he", "him"}


# what may stand beside the name in a gloss that renames: "[Stalin]", "[Comrade Stalin]", "[Beijing.]"
GLOSS_TITLE = re.compile(r"\W*(?:(?:Comrade|Chairman|Marshal|General|Generalissimo)\s+)?\W*")


# an initial: a capital, or the two letters of a Russian one ("Ya. A. Malik", "Yu. V. Andropov")
INITIAL = rf"(?:[{UP}]|Ya|Yu|Ye|Yo|Zh|Sh|Ch|Kh|Ts)\."
# a person's other name, given in brackets after his: "A. I. Hegai", "Alexei Hegai" (not a body or
# place he belongs to: "(Korean People's Army)", "(North Pyongan Province)")
BODY_WORDS = {"army", "corps", "division", "front", "navy", "river", "province", "city", "county", "ministry",
              "people's", "republic", "council", "bureau", "union", "league", "federation", "delegation", "embassy",
              "agency", "department", "volunteers", "organisation", "organization"}
OTHER_NAME = re.compile(rf"(?:{INITIAL}\s?){{1,3}}[{UP}][{LOW}’'\-]+|[{UP}][{LOW}’'\-]+(?:\s[{UP}][{LOW}’'\-]+){{1,2}}")
INITIALS_BEFORE = re.compile(rf"(?<![\w.])(?:{INITIAL}\s?){{1,3}}$")


def _with_initials(text: str, start: int, entity: Entity | None = None, end: int = 0) -> int:
    """Where a person's name starts with the initials printed before it: "J. Stalin", "N. V.
    Roshchin" (the authority file cannot list every initial a translation uses); not a "T."
    that stands for "comrade" (Russian t., tovarishch: "T. Vyshinsky")."""
    initials = INITIALS_BEFORE.search(text, 0, start)
    if initials and entity is not None and _comrade(initials.group(0), text[start:end], entity):
        return start
    return initials.start() if initials else start


def _comrade(initials: str, name: str, entity: Entity) -> bool:
    """True when the initials before a person's name are a lone "T." none of his given names
    begins with (in the forms with this surname: "Joseph Stalin", "I. V. Stalin", not "Fyn
    Si"): the translator kept the Russian "t." (comrade, tovarishch)."""
    if re.fullmatch(r"T\.\s?", initials) is None or entity.kind != "person" or not name.split():
        return False
    surname = normalize(name).split()[-1]
    given = {f.split()[0][0] for f in entity.forms if len(f.split()) >= 2 and f.split()[-1] == surname}
    return bool(given) and "t" not in given


# The short names every party gives its bodies: alone, the authority file's "Politburo" is the
# Soviet one while it existed, or the one the text names in full (Authority._body), or by the
# header a correspondent's (_correspondent_bodies); followed by "of the X" that the file does not
# know as a whole, X says whose body it is.
GENERIC_BODY = re.compile(rf"(?<![\w\-]){GENERIC_BODY_PATTERN}(?![\w\-])")
OF_PARTY = re.compile(rf"\s+of\s+(?:the\s+)?(?=[{UP}])")
THEN = re.compile(rf"\s+(?:of\s+(?:the\s+)?)?(?=[{UP}])")  # after "Central Committee": "of the X" or "X"
# what names a party the file lacks: an acronym ("PZPR", "KPJ", "KSČ") or a party's words; or a
# body of the state with a presidium or a secretariat of its own ("the Presidium of the Supreme Soviet")
PARTY_GENERIC = {"The", "Party", "Workers", "Communist", "Communists", "Front", "League", "of", "the"}
PARTY_WORDS = re.compile(rf"[{UP}]{{2,}}(?![{LOW}])|[^.,;:]*?\b(?:Party|Workers|Communists?|Front|League"
                         r"|Supreme\s+Soviet|Assembly|Council|Academy|Congress)\b")


def _of_another_party(authority, text: str, start: int, end: int, body: Entity) -> bool:
    """True when a generic body's short name ("Politburo", "Central Committee") at text[start:end]
    is followed by "of (the) X" naming a party other than the body's own ("the Politburo of
    the PZPR", "the CC of the Yugoslav Communist Party"): another party's body, not this entry.
    X is the body's own when one of its names is in the body's forms ("Politburo of the
    VKP(b)"); a generic name is passed over ("Politburo of the Central Committee of the X")."""
    if not GENERIC_BODY.fullmatch(text[start:end]) or (then := OF_PARTY.match(text, end)) is None:
        return False
    while (generic := GENERIC_BODY.match(text, then.end())) is not None:
        if (then := THEN.match(text, generic.end())) is None:
            return False
    rest = text[then.end():]
    owner = next((ent for s, _, ent, _ in authority.find(rest) if s == 0), None)
    if owner is None:  # (not "of the Party", "of the Communist Party": whose is not said)
        named = PARTY_WORDS.match(rest)
        return bool(named and set(re.findall(r"\w+", named.group(0))) - PARTY_GENERIC)
    own = " | ".join(body.forms)
    return owner.kind == "org" and not any(re.search(rf"(?<![\w\-]){re.escape(f)}(?![\w\-])", own) for f in owner.forms)


# The cipher office's clerk under a cable ("Deciphered by Captain Orlov", "Typed by Lieutenant
# Ivanova"), or an officer by rank in its office lines: a surname that tells nothing more of the
# man, who is not the sender and rarely anyone the edition knows ("Orlov" is also Mao's doctor).
# Linking him on a surname is a guess, so he is not tagged at all unless the rank or role is one
# the authority file gives the entry (its identification says "captain", "cipher clerk", ...).
RANK = r"(?:(?:Junior|Senior|Chief)\s+)?(?:Lieutenant(?:\s+Colonel)?|Captain|Major|Colonel|Sergeant|Ensign)"
CLERK = re.compile(rf"\b(?P<role>(?:de)?ciphered|(?:de|en)coded|typed|copied|printed|checked|transcribed|registered)\s+by"
                   rf"(?:\s+(?:(?P<rank>{RANK})|[Cc]omrade|[Cc]de\.))*\s+$", re.I)
RANKED = re.compile(rf"\b(?P<rank>{RANK})\s+$")
OFFICE_LINES = {"transmission", "number", "classification", "enclosure"}  # cable_line's kinds, not "distribution"


def _clerk(text: str, start: int, entity: Entity, element) -> bool:
    """Whether the person's name at text[start:] is a clerk's or an officer's by rank (see CLERK)
    whose rank or role the entry does not have."""
    if entity.kind != "person":
        return False
    before = re.sub(r"(?:[A-Z]\.\s?)+$", "", text[max(0, start - 80):start])  # ("Captain A. Orlov")
    m = CLERK.search(before) or (element is not None and element.tag == T + "seg"
                                 and element.get("type") in OFFICE_LINES and RANKED.search(before))
    if not m:
        return False
    fits = [w for w in (m.group("rank"), m.groupdict().get("role")) if w]
    about = entity.identification.casefold()
    return not any(re.search(rf"\b{re.escape(w.split()[-1].casefold())}\b", about) for w in fits)


# A body of a body both named by their kind, nothing after them: "the Politburo of the Central
# Committee"; the body the text means by the second ("Central Committee" in a Chinese cable: the
# CCP's, see _correspondent_bodies) says whose the first is.
BODY_OF_BODY = led(re.compile(rf"(?<![\w\-])(?P<kind>{'|'.join(GENERIC_BODIES)})\s+of\s+the\s+(?P<of>{'|'.join(GENERIC_BODIES)})"
                              r"(?![\w\-])(?!\s+of\s)"))


def _body_of_body(doc: Document, kind: str, of: str) -> Entity | None:
    """The file's body named "<kind> of (the) <a name of the owner>", the owner the body the
    text means by its short name <of>; None when the text does not say or the file lacks it."""
    owner = doc.aliases[of][0] if of in doc.aliases else doc.authority.lookup(of)
    if owner is None or owner.kind != "org":
        return None
    wanted = {normalize(f"{kind} of {the}{f}") for f in owner.forms for the in ("", "the ")}
    found = [e for e in doc.authority.entities.values() if e.kind == "org" and wanted & set(e.forms)]
    return found[0] if len(found) == 1 else None


# a name after initials: "V. V. Kuznetsov", "I.V. Kovalev"
INITIALED = re.compile(rf"(?<![\w.])(?:{INITIAL}\s?){{1,3}}(?P<name>[{UP}][\w’'\-]+)")


def initialled(authority, name: str) -> Entity | None:
    """The known person a name with initials the authority file does not list stands for: "G.
    Malenkov" (the initials must not be another person's: see _other_initials)."""
    m = INITIALED.fullmatch(name.strip())
    entity = authority.lookup(m.group("name")) if m else None
    return entity if entity is not None and entity.kind == "person" and not _other_initials(m.group(0), entity) else None


def _family_name_of(name: str, persons) -> Entity | None:
    """The one person among those named (or the correspondents) whose family or given name this
    one word is ("Comrade Enlai:" to Zhou Enlai): the first word of
    a Chinese or Korean name ("Liu" of "Liu Shaoqi"), the last of a Western one; None when
    none or several are."""
    if len(name.split()) != 1:
        return None
    word = normalize(name)
    found = {e.id: e for e in persons
             if any(len(f.split()) >= 2 and word in (f.split()[0], f.split()[-1]) for f in e.forms)}
    return next(iter(found.values())) if len(found) == 1 else None


def _in_full_form(doc: Document, whole: str, start: int, end: int, entity: Entity) -> bool:
    """Whether the initialled name at whole[start:end] ends a longer form of the person's the
    authority file lists ("Warren R. Austin": R. is a middle initial, not his first)."""
    before = max(0, start - 40)
    return any(ent.id == entity.id and s + before < start and e + before == end
               for s, e, ent, _ in doc.authority.find(whole[before:end]))


def _other_initials(name: str, entity: Entity) -> bool:
    """True when a name begins with an initial none of the person's given names begins with
    ("V. V. Kuznetsov" for Fyodor Kuznetsov); False when the file records no given name."""
    initial = re.match(rf"({INITIAL})\s?(?:{INITIAL}\s?){{0,2}}[{UP}][\w’'\-]", name)
    if initial is None or entity.kind != "person" or not re.match(rf"{INITIAL}\s?{INITIAL}", name) \
            and _comrade(name[:2], name[2:], entity):
        return False
    given = _given_initials(entity)
    return bool(given) and initial.group(1)[0].casefold() not in given


@lru_cache(maxsize=4096)
def _given_initials_of(forms: tuple[str, ...]) -> frozenset[str]:
    """The first letters of the given names in a person's forms ("fyodor kuznetsov", "f. f.
    kuznetsov": f), from forms of two words or more whose last word is the surname shared by
    the others (not "kim il sung", where the family name comes first)."""
    words = [f.split() for f in forms if len(f.split()) >= 2]
    surnames = {w[-1] for w in words}
    if len(surnames) != 1:
        return frozenset()
    return frozenset(w[0][0] for w in words)


def _given_initials(entity: Entity) -> frozenset[str]:
    return _given_initials_of(tuple(sorted(entity.forms)))


# Two initials after a surname, as Russian documents write a name: "Stalin I.V.", "Kovalev I. V.",
# "Vyshinsky, A. Ya." (an address line's comma before them)
INITIALS_AFTER = re.compile(rf"\s{INITIAL}\s?{INITIAL}|,\s{INITIAL}\s?{INITIAL}(?!\s*[\w{UP}])")  # (not "Stalin, V. M. Molotov")


def _with_initials_after(text: str, end: int) -> int:
    """Where a person's name ends with the initials printed after it ("Stalin I.V.")."""
    initials = INITIALS_AFTER.match(text, end)
    return initials.end() if initials else end


def _continues_known(doc: Document, text: str, start: int, other: set[str] = frozenset()) -> bool:
    """True when a longer known name starts here: "Joseph Vissarionovich Stalin" (other:
    persons the text does not mean)."""
    words = re.match(r"(?:[\w.’'\-]+\s?){1,5}", text[start:])
    return bool(words and any(s == 0 and ent.id not in other for s, _, ent, _ in doc.authority.find(words.group(0))))


def _surface_forms(entity: Entity) -> set[str]:
    name = entity.main
    return {name, name.upper()}


def _initialed_form(entity: Entity) -> str:
    """The pattern of a provisional person's family name after the initials of his given names,
    as he signs ("K. Gottwald", "S. RADKIEWICZ" for "Stanisław Radkiewicz"); "" for a name of
    one word."""
    words = entity.main.split()
    if entity.kind != "person" or len(words) < 2 or not words[0][:1].isupper():
        return ""
    surname = re.escape(words[-1])
    return rf"{re.escape(words[0][0])}\.\s?(?:[{UP}]\.\s?){{0,2}}(?:{surname}|{surname.upper()})"


def _provisional_id(doc: Document, text: str) -> str:
    for entity in doc.provisional.values():
        if text in _surface_forms(entity) or (form := _initialed_form(entity)) and re.fullmatch(form, text):
            return entity.id
    return ""


def _non_overlapping(spans):
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out, end = [], -1
    for span in spans:
        if span[0] >= end:
            out.append(span)
            end = span[1]
    return out
