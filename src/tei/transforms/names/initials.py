"""A known person's other forms in a text: initials before or after the surname ("J. STALIN",
"Vyshinsky, A. Ya."), a family name alone, a name explained in brackets ("Comrade Andreev (Mikoyan)")."""

from __future__ import annotations

import re
from functools import lru_cache

from ...regexes import led
from ...authority import Entity, any_apostrophe, normalize
from .. import Document
from .patterns import LOW, UP


# a name and, in round brackets after it, who it is: "Comrade Andreev (Mikoyan)" (not after "the")
EXPLAINED = led(re.compile(rf"(?<![\w’'\-])(?<!the )(?<!The )(?P<name>[{UP}][{LOW}’'\-]+|[{UP}]{{3,}})\s+\((?P<who>[^()\n]{{2,40}})\)"))


# a code name a note or the text explains: "“Mr. Brown” was the code name used for Molotov", "Brown,
# the code name for Molotov", "Molotov's code name, “Brown”"
_CODE_NAME = r"(?:code[\s\-]?name|cover\s+name|pseudonym|alias|nom\s+de\s+guerre)"
_QUOTED_NAME = rf"[“\"‘']?(?:(?:Mr|Mrs|Comrade|Cde)\.?\s+)?(?P<name>[{UP}][{LOW}’'\-]+)[,.]?[”\"’']?"
_WHO = rf"(?P<who>[{UP}][\w’'\-]+(?:\s[{UP}][\w’'\-]+){{0,2}})"
CODE_NAMED = [re.compile(rf"(?<![\w’'\-]){_QUOTED_NAME},?\s+(?:(?:is|was|being)\s+)?(?:the|a|his|her)\s+{_CODE_NAME}"
                         rf"(?:\s+(?:used|given|adopted))?\s+(?:for|of|by|to)\s+{_WHO}"),
              re.compile(rf"(?<![\w’'\-]){_WHO}['’]s\s+{_CODE_NAME},?\s+{_QUOTED_NAME}")]
CODE_NAME_WORDS = re.compile(_CODE_NAME)  # (in every match of CODE_NAMED: few texts have one, the patterns are slow to rule out)


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
              "agency", "department", "volunteers", "organisation", "organization", "secretariat", "section", "directorate"}


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


# a name after initials: "V. V. Kuznetsov", "I.V. Kovalev"
INITIALED = led(re.compile(rf"(?<![\w.])(?:{INITIAL}\s?){{1,3}}(?P<name>[{UP}][\w’'\-]+)"))


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


def _surface_forms(entity: Entity) -> set[str]:
    if entity.office:  # (an office, "Secretary of State", whose holder is unknown, is no name to tag)
        return set()
    name = entity.main
    return {name, name.upper()}


def _initialed_form(entity: Entity) -> str:
    """The pattern of a provisional person's family name after the initials of his given names,
    as he signs ("K. Gottwald", "S. RADKIEWICZ" for "Stanisław Radkiewicz"); "" for a name of
    one word."""
    words = entity.main.split()
    if entity.kind != "person" or entity.office or len(words) < 2 or not words[0][:1].isupper():
        return ""
    surname = words[-1]
    return rf"{re.escape(words[0][0])}\.\s?(?:[{UP}]\.\s?){{0,2}}(?:{any_apostrophe(surname)}|{any_apostrophe(surname.upper())})"
