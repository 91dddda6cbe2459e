"""A Chinese, Korean or Vietnamese person's family name alone ("Peng should stay at the
headquarters", "an envoy called on Zhou"), where the text names him in full: he."""

from __future__ import annotations

import re

from .. import Document
from ...authority import Entity, normalize
from ...sources.base import ENGLISH
from .patterns import NOT_NAMES, family_names

EAST_ASIAN_FAMILY_NAMES = frozenset(w for region in ("China", "Korea", "Vietnam") for w in family_names(region))
# such a name standing alone, no name's word after it (a cheap test before the persons are looked for)
ALONE = re.compile(r"(?<![\w\-’'.])(?:%s)(?![\w\-’'])(?!\s+[A-Z][a-z])" % "|".join(sorted(EAST_ASIAN_FAMILY_NAMES)))
# a word after the family name that makes it a place's name: "the Han river", "Kang county"
_PLACE_AFTER = re.compile(r"\s+(?:river|county|province|mountains?|pass|region|district|bay|island|lake|city|town|village)\b",
                          re.I)


def family_names_alone(doc: Document, whole: str, persons: list[Entity]) -> None:
    """"Comrades Peng Dehuai and Gao Gang: ... Peng should stay ...": the family name alone (the
    first word of a name of his in two words or more, an East Asian family name) of the one person
    among those the text and its header name who has it, wherever the text writes it alone (not
    before another name's word, "Kao Kang"; not a word of English or a name the authority file
    knows).  Where two persons named have it ("Kim Il Sung" and "Kim Chaek"), it is left."""
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
        alone = [m for m in re.finditer(rf"(?<![\w\-’'.]){word}(?![\w\-’'])(?!\s+[A-Z][a-z])", whole)
                 if not _PLACE_AFTER.match(whole, m.end())]
        if alone:
            entity = entities[next(iter(ids))]
            doc.aliases[word] = (entity, "short")
            if normalize(word) not in entity.forms and entity.provisional:
                entity.forms[normalize(word)] = "short"
