"""A Chinese, Korean or Vietnamese person's family name alone ("Peng should stay at the
headquarters", "an envoy called on Zhou"), where the text names him in full: he."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import Document
from ...authority import Entity, normalize
from ...regexes import led
from ...sources.base import ENGLISH
from .patterns import NOT_NAMES, family_names

EAST_ASIAN_FAMILY_NAMES = frozenset(w for region in ("China", "Korea", "Vietnam") for w in family_names(region))
# such a name standing alone, no name's word after it (a cheap test before the persons are looked for)
# (the names by their first letters, "K(?:ang|ao|im|...)", in the order of the sorted names: the
# engine tries one letter at a position, not every name; the same matches)
_BY_FIRST_LETTER: dict[str, list[str]] = {}
for _name in sorted(EAST_ASIAN_FAMILY_NAMES):
    _BY_FIRST_LETTER.setdefault(_name[0], []).append(re.escape(_name[1:]))
_AROUND = r"(?<![\w\-’'.])(?:%s)(?![\w\-’'])(?!\s+[A-Z][a-z])"  # (ALONE's and _alone's: one word's surroundings)
ALONE = led(re.compile(_AROUND % "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in _BY_FIRST_LETTER.items())))
# a word after the family name that makes it a place's name: "the Han river", "Kang county"
_PLACE_AFTER = re.compile(r"\s+(?:river|county|province|mountains?|pass|region|district|bay|island|lake|city|town|village)\b",
                          re.I)


def family_names_alone(doc: Document, whole: str, persons: list[Entity]) -> None:
    """"Comrades Peng Dehuai and Gao Gang: ... Peng should stay ...": the family name alone (the
    first word of a name of his in two words or more, an East Asian family name) of the one person
    among those the text and its header name who has it, wherever the text writes it alone (not
    before another name's word, "Kao Kang"; not a word of English or a name the authority file
    knows).  Where two persons named have it ("Kim Il Sung" and "Kim Chaek"), or the text names
    another of that family the file lacks, it is left."""
    owners: dict[str, set[str]] = {}
    entities = {}
    for entity in persons:
        entities[entity.id] = entity
        for form in entity.forms:
            words = form.split()
            if len(words) >= 2 and words[0].capitalize() in EAST_ASIAN_FAMILY_NAMES:
                owners.setdefault(words[0].capitalize(), set()).add(entity.id)
    for word, ids in owners.items():
        if len(ids) != 1 or word.lower() in ENGLISH | NOT_NAMES or word in doc.aliases \
                or doc.authority.lookup(word) is not None:
            continue
        alone = [m for m in _alone(word).finditer(whole) if not _PLACE_AFTER.match(whole, m.end())]
        entity = entities[next(iter(ids))]
        # (nor where the text names another of that family, whom the file may lack: "Kim Kwang-hyop"
        # beside "Kim Il Sung"; the second word of a name of his is his)
        seconds = {f.split()[1] for f in entity.forms if len(f.split()) >= 2 and f.split()[0] == word.lower()}
        if any(normalize(m.group(1)) not in seconds for m in re.finditer(rf"(?<![\w\-’'.]){word}[\s\-]+([A-Z][a-z]+)", whole)):
            continue
        if alone:
            doc.aliases[word] = (entity, "short")
            if normalize(word) not in entity.forms and entity.provisional:
                entity.forms[normalize(word)] = "short"


@lru_cache(maxsize=None)
def _alone(word: str) -> re.Pattern:
    """ALONE for one of its names: where ALONE matches that word (its names are single words, so
    no match of another name covers it), rather than a scan of the text for every name."""
    return re.compile(_AROUND % re.escape(word))


def spelling_key(word: str) -> str:
    """A one-word name as it sounds, its spellings folded: "ph" as "f", "y" as "i", doubled
    letters as one ("Phillipov", "Fillippov", "Filipov": "filipov", as "Filippov" is)."""
    key = normalize(word).replace("ph", "f").replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", key)


def party_spelt_otherwise(doc: Document, name: str) -> tuple[Entity, str, str] | None:
    """"Comrade Phillipov," in a telegram to Filippov [Stalin], "FILLIPPOV" signing one of his: a
    name of one word the authority file lacks that is, spelt otherwise, a one-word form of one of
    the telegram's known parties (sender, addressee, intermediary): (the party, the form's type,
    the form); None where it is none's or more than one's."""
    if len(name.split()) != 1 or len(name) < 5:
        return None
    key = spelling_key(name)
    c = doc.corresp
    found = {}
    for entity in (c.sender, c.recipient, *c.also_from, *c.also_to, *c.via):
        if entity is None or entity.kind != "person" or entity.provisional:
            continue
        for form, kind in entity.forms.items():
            if " " not in form and form != normalize(name) and spelling_key(form) == key:
                found.setdefault(entity.id, (entity, kind, form))
    return next(iter(found.values())) if len(found) == 1 else None


# a Russian given name and patronymic, the polite form of address: "Nikolai Vasilyevich",
# "Vyacheslav Mikhailovich" (not before a family name: "Ivan Vladimirovich Kovalev" is the file's)
NAME_AND_PATRONYMIC = led(re.compile(r"(?<![\w\-’'.])(?P<name>[A-Z][a-z]+\s+[A-Z][a-z]+(?:ovich|evich|ich|ovna|evna|ichna))"
                                     r"(?![\w\-’'])(?!\s+[A-Z][a-z])"))


def names_and_patronymics(doc: Document, whole: str) -> None:
    """"Dear Nikolai Vasilyevich," to Roshchin, "the questions of Vyacheslav Mikhailovich": a given
    name and patronymic that begin one known person's name in full ("Nikolai Vasilyevich Roshchin")
    are he, wherever the text writes them so; left where they begin two persons' names or none."""
    for m in NAME_AND_PATRONYMIC.finditer(whole):
        name = m.group("name")
        if name in doc.aliases or doc.authority.lookup(name) is not None:
            continue
        key = normalize(name) + " "
        found = {e.id: e for e in doc.authority.entities.values() if e.kind == "person"
                 and any(f.startswith(key) and len(f.split()) == 3 for f in e.forms)}
        if len(found) == 1:
            doc.aliases[name] = (next(iter(found.values())), "variant")
