"""Places and bodies the authority file lacks: named with their kind's word ("the Tumen River",
"the town of Namyang", "the Hungarian Workers' Party"), tagged and linked provisionally; a
capitalised name after a preposition of place ("reached Songchon"), only reported."""

from __future__ import annotations

import re

from ...sources.base import ENGLISH
from ...authority import normalize
from .. import T, Document
from ...regexes import led
from ...vocab import DOCUMENT_KINDS
from .patterns import LOW, NOT_NAMES, SKIP, UP
from .provisional import line_of, provisional_entry


# Places and bodies the authority file lacks, where the words around the name say what it is:
# "the Tumen River", "Liaoning Province", "the town of Kaesong", "the Hungarian Workers' Party",
# "the Anshan steel works".  Each needs its kind's word (River, Province, "town of", Party, a
# works' words): a capitalised word alone is never taken for a place.
# (no space before a word: a line break may stand there, "the Ongjin\npeninsula")
_PLACE_WORDS = ("River", "Province", "County", "Party", "peninsula", "area", "region")


# The words a place's or works' name ends in, or its kind's before "of", written once: the
# patterns are made of them, and so are the pieces a text must hold for a pattern to be tried
# and the cues (a word added here is looked for)
_AREA_WORDS = ("area", "region")  # (lower case only, as the pattern takes them)
_WORKS_WORDS = ("works", "plant", "factory", "combine", "mines?", "mill", "refinery")  # ("mines?": "mine" or "mines")
_WORKS_ENDS = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _WORKS_WORDS)  # "[Ww]orks|[Pp]lant|..."
_WORKS_NEEDS = tuple(w[1:].removesuffix("s?") for w in _WORKS_WORDS)  # ("orks", "lant", ..., "ine", ...): either case's
_PLACE_OF_WORDS = ("town", "city", "port", "village", "province", "county", "district")


_PLACE_OF = led(re.compile(rf"\b(?:{'|'.join(_PLACE_OF_WORDS)})\s+of\s"))


_WORKS = led(re.compile(rf"\b(?:{_WORKS_ENDS})\b"))


def place_cued(text: str, words: tuple[str, ...] = _PLACE_WORDS) -> bool:
    """Whether the text has a cue of an unknown place's or body's name ("River", "town of",
    "Works"): words looked for as words, the rest as patterns (one pattern of all of them
    would be tried at every position of every text run).  words: those of _PLACE_WORDS a text
    the run is part of holds (place_cue_words)."""
    return bool(any(w in text for w in words) or "of" in text and _PLACE_OF.search(text)
                or _WORKS.search(text))


def place_cue_words(text: str) -> tuple[str, ...]:
    """The words place_cued looks for that the text holds (none other is in a part of it)."""
    return tuple(w for w in _PLACE_WORDS if w in text)


_PROPER = rf"[{UP}][{LOW}’']+(?:-[{LOW}{UP}][{LOW}’']*)?"  # "Kaesong", "Ch'ongch'on", "Yong-dong"


_NOT_AFTER = rf"(?![\w\-’']|\s+[{UP}])"  # the whole name: not one going on in capitals ("... River Fleet")


_INDUSTRY = (r"(?:[Ii]ron\s+and\s+[Ss]teel|[Ss]teel|[Ii]ron|[Cc]oal|[Tt]ractor|[Aa]utomobile|[Aa]ircraft|[Mm]etallurgical"
             r"|[Cc]hemical|[Tt]extile|[Cc]ement|[Ss]hipbuilding|[Oo]il|[Mm]achine[\s\-][Tt]ool|[Aa]rms|[Aa]mmunition)")


_PARTY_WORD = rf"[{UP}][{LOW}]+(?:['’]s|(?<=s)['’])?"  # "Hungarian", "Workers'", "People's"


UNKNOWN_PLACES = [  # (kind, type, why, the words one of which it needs in the text, pattern)
    ("place", "river", "named with 'River'", ("River",),
     re.compile(rf"(?<![\w\-])[Tt]he\s+(?P<name>{_PROPER}(?:\s{_PROPER})?\s+River){_NOT_AFTER}")),
    ("place", "region", "named with 'Province'", ("Province",),
     re.compile(rf"(?<![\w\-’'])(?P<name>{_PROPER}(?:\s{_PROPER})?\s+Province){_NOT_AFTER}")),
    ("place", "region", "named with 'County'", ("County",),  # "a village in Pingshan County"
     re.compile(rf"(?<![\w\-’'])(?P<name>{_PROPER}(?:\s{_PROPER})?\s+County){_NOT_AFTER}")),
    ("place", None, "after 'the town of', 'the province of' or the like", _PLACE_OF_WORDS,
     re.compile(rf"\b(?P<what>{'|'.join(_PLACE_OF_WORDS)})\s+of\s+(?P<name>{_PROPER}(?:\s{_PROPER})?)"
                rf"{_NOT_AFTER}")),
    # its kind's word in lower case after it, as translations print it: "the Ongjin peninsula"
    # (the word part of the name), "the Haeju area" (the place alone)
    ("place", "region", "named with 'peninsula'", ("peninsula",),
     re.compile(rf"(?<![\w\-])[Tt]he\s+(?P<name>{_PROPER}(?:\s{_PROPER})?\s+peninsula)(?![\w\-’'])")),
    ("place", "region", "named as an area or region", _AREA_WORDS,
     re.compile(rf"(?<![\w\-])[Tt]he\s+(?P<name>{_PROPER}(?:\s{_PROPER})?)\s+(?:{'|'.join(_AREA_WORDS)})(?![\w\-’'])")),
    ("org", "party", "a party's name", ("Party",),
     re.compile(rf"(?<![\w\-’'])(?P<name>(?:{_PARTY_WORD}\s+){{1,4}}Party(?:\s+of\s+(?:the\s+)?{_PROPER}"
                rf"(?:\s+{_PROPER}){{0,2}})?)(?![\w\-’'])")),
    ("org", "company", "named as works, a plant or a mine", _WORKS_NEEDS,
     re.compile(rf"(?<![\w\-])[Tt]he\s+(?P<name>{_PROPER}(?:[\s\-]{_PROPER})?\s+{_INDUSTRY}\s+"
                rf"(?:{_WORKS_ENDS}))(?![\w\-’'])")),
]


CITY_WORDS = {"town", "city", "port", "village"}


# words that begin a sentence or qualify, not a place's own name ("In Liaoning Province")
LEADING = ENGLISH | {"after", "before", "during", "near", "across", "along", "beyond", "our", "your", "their", "this",
                     "that", "these", "those", "whole", "entire", "same", "said", "above", "both", "all", "every"}


# words a party's name shares with every party's: a name of such words alone says not whose
PARTY_GENERIC_WORDS = {"communist", "communists", "workers'", "workers", "working", "people's", "labour", "labor",
                       "socialist", "social", "democratic", "united", "revolutionary", "national", "new", "party", "of",
                       "the", "peasant", "peasants'", "toilers'", "front", "league"}


# an adjective of a people is no place's own name ("the Soviet steel works", "the Korean River"; but
# a pinyin name ending in "-xian", "-jian", "-qian", the county's word, is: "Jixian")
ADJECTIVE = re.compile(r"(?:(?<![jqx])ian|ean|can|ese|ish)$|^(?:Soviet|Czech|German|French|Dutch|Greek|Thai|Swiss|Allied|Red|White"
                       r"|Northern|Southern|Eastern|Western|Northeastern|Northwestern|Southeastern|Southwestern|Central)$")


def unknown_places_needed(text: str) -> list[tuple]:
    """The patterns of UNKNOWN_PLACES whose words the text holds (those a part of it may need)."""
    return [place for place in UNKNOWN_PLACES if any(word in text for word in place[3])]


def _unknown_places_and_bodies(doc: Document, el, text: str, places: list[tuple] = UNKNOWN_PLACES) -> list[tuple[int, int]]:
    """The places and bodies of a text run that the authority file lacks but the words around
    them name as such: each a provisional entry, reported.  Returns the spans of all names so
    found, known or not (no person's name is looked for in them).  places: those of
    UNKNOWN_PLACES a text the run is part of may hold (unknown_places_needed)."""
    spans = []
    known = None
    for kind, type_, why, needs, pattern in places:
        if not any(word in text for word in needs):
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


# the words before a place: where it is, where one went ("in Seoul", "reached Kaesong"); see PLACE_BEFORE too
PLACE_WORDS = r"in|near|at|towards|reached|entered|occupied|captured|liberated"

# A capitalised name after a preposition of place ("the troops reached the pass near Viet Bac",
# "returned from Kukes"): maybe a place the authority file lacks.  Without its kind's word it is
# not tagged (a guess: "to Ivanchenko" may be a man), only reported.
AFTER_PREPOSITION = re.compile(rf"(?<![\w\-’'])(?:on|to|from|{PLACE_WORDS})\s+(?P<name>{_PROPER}(?:[\s\-]{_PROPER}){{0,2}})"
                               rf"(?![\w\-’']|\s+[{UP}]|\s*[\[(])")


# what follows a preposition and is no place: the calendar, languages, titles, a document's or a body's kind
NOT_PLACES = set(DOCUMENT_KINDS) | set("""january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday english russian chinese korean japanese first second third
    comrade comrades chairman marshal general generalissimo ambassador president premier
    minister mr mrs madame mme dr prof sir lord lady col gen adm capt lt cde tov the this that these those our your their his her its my we you they he she it god
    order accordance addition view case fact time principle particular no nos number
    soviets americans russians koreans britons allies communists nationalists imperialists
    north south east west northeast northwest southeast southwest chief emb embassy dept department govt government
    headquarters command cabinet council parliament congress assembly presidium politburo secretariat conference""".split())


# the words before "to" and "on" that make them no preposition of place: "according to Kapitsa", "based on
# Kapitsa's information" (whom the words are from: a person as likely as not; so is an owner, "at Gandhi's
# tomb", the place the word after him)
NOT_OF_PLACE = re.compile(r"(?<![\w\-’'])(?i:according|based|relying|depending|reporting)\s+\S+\s+$")


_PLACE_CUE = re.compile(rf"(?<![\w\-’'])(?:on|to|from|{PLACE_WORDS})\s+[A-Z]")


def _report_unknown_places(doc: Document) -> None:
    """Names after a preposition of place that neither the authority file nor the names pass
    knows (a person, place or body, provisional or not): a warning each, once per document."""
    said = set()
    # the second word of a two-word person the authority file lacks whom the text names (the given name
    # "Siu-Tsuan" of "Chang Siu-Tsuan", the surname "Petrov" of "Ivan Petrov"): a person's, no place's
    given_names = {normalize(e.main.split(None, 1)[1]) for e in doc.provisional.values()
                   if e.kind == "person" and len(e.main.split()) == 2}
    for el in doc.div.iter():
        if not isinstance(el.tag, str) or el.tag in SKIP or el.tag in (T + "signed", T + "head", T + "salute"):
            continue
        for text, following in [(el.text, el[0] if len(el) else None)] + [(c.tail, c.getnext()) for c in el]:
            if not text or not _PLACE_CUE.search(text):
                continue
            for m in AFTER_PREPOSITION.finditer(text):
                name = m.group("name")
                words = name.split()
                if words[0].lower() in NOT_PLACES or words[0].lower() in NOT_NAMES or ADJECTIVE.search(words[0].removesuffix("s")) \
                        or name.endswith(("'s", "’s")) \
                        or NOT_OF_PLACE.search(text, max(0, m.start() - 30), m.start() + len(m.group(0)) - len(name)) \
                        or name in said or name in doc.aliases or normalize(name) in given_names or doc.authority.find(name) \
                        or following is not None and following.tag == T + "pb" and not text[m.end():].strip() \
                        or any(normalize(name) in e.forms or any(normalize(w) in e.forms for w in words)
                               for e in doc.provisional.values()):
                    continue
                said.add(name)
                doc.warn(line_of(el), f"'{name}' after '{m.group(0).split()[0]}' may be a place the authority file "
                         "lacks: not tagged; add it to the authority file (or name it with its kind's word, "
                         "'the town of ...')", "unknown-place")
