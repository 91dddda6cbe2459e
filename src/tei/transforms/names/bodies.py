"""A body named by its kind alone ("the Politburo", "the Central Committee"): whose it is, from
the party the text is about ("our Party") or from the name that follows it ("of the PZPR")."""

from __future__ import annotations

import re

from ...authority import GENERIC_BODIES, GENERIC_BODY_PATTERN, Entity, normalize
from .. import E, T, Document
from ...regexes import led
from .patterns import LOW, UP
from .places import ADJECTIVE
from .provisional import COUNTRY_ADJECTIVES, line_of, provisional_entry
from ...xmltext import text_of


# the sender speaking of his own party: "our Party", "our Central Committee"
# (the whole pattern not case-blind: the engine then skips to the "o"s, as it does not in a case-blind one)
OUR_PARTY = led(re.compile(r"\b[Oo][Uu][Rr]\s+(?i:Party|Central\s+Committee|CC|Politburo|Political\s+Bureau)\b"))


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


# The short names every party gives its bodies: alone, the authority file's "Politburo" is the
# Soviet one while it existed, or the one the text names in full (Authority._body), or by the
# header a correspondent's (_correspondent_bodies); followed by "of the X" that the file does not
# know as a whole, X says whose body it is.
GENERIC_BODY = re.compile(rf"(?<![\w\-]){GENERIC_BODY_PATTERN}(?![\w\-])")


# (in a heading in capitals too: "PRESIDIUM OF THE GREAT PEOPLE'S KHURAL")
GENERIC_BODY_ANY_CASE = re.compile(GENERIC_BODY.pattern, re.I)


OF_PARTY = re.compile(rf"\s+(?i:of)\s+(?:(?i:the)\s+)?(?=[{UP}])")


THEN = re.compile(rf"\s+(?:(?i:of)\s+(?:(?i:the)\s+)?)?(?=[{UP}])")  # after "Central Committee": "of the X" or "X"


# what names a party the file lacks: an acronym ("PZPR", "KPJ", "KSČ") or a party's words; or a
# body of the state with a presidium or a secretariat of its own ("the Presidium of the Supreme Soviet",
# "of the Great People's Khural", "of the Sejm")
PARTY_GENERIC = {"The", "Party", "Workers", "Communist", "Communists", "Front", "League", "of", "the"}


PARTY_WORDS = re.compile(rf"[{UP}]{{2,}}(?![{LOW}])|[^.,;:]*?\b(?:Party|Workers|Communists?|Front|League"
                         r"|Supreme\s+Soviet|Assembly|Council|Academy|Congress|Parliament|Khural|Sejm|Diet|Chamber"
                         r"|Skup[sš]tina|Volkskammer|Storting)\b")


def _of_another_party(authority, text: str, start: int, end: int, body: Entity) -> bool:
    """True when a generic body's short name ("Politburo", "Central Committee") at text[start:end]
    is followed by "of (the) X" naming a party other than the body's own ("the Politburo of
    the PZPR", "the CC of the Yugoslav Communist Party"): another party's body, not this entry.
    X is the body's own when one of its names is in the body's forms ("Politburo of the
    VKP(b)"); a generic name is passed over ("Politburo of the Central Committee of the X")."""
    if not GENERIC_BODY_ANY_CASE.fullmatch(text[start:end]) or (then := OF_PARTY.match(text, end)) is None:
        return False
    while (generic := GENERIC_BODY_ANY_CASE.match(text, then.end())) is not None:
        if (then := THEN.match(text, generic.end())) is None:
            return False
    rest = text[then.end():]
    owner = next((ent for s, _, ent, _ in authority.find(rest) if s == 0), None)
    if owner is None:  # (not "of the Party", "of the Communist Party": whose is not said)
        named = PARTY_WORDS.match(rest)
        return bool(named and set(re.findall(r"\w+", named.group(0))) - PARTY_GENERIC)
    own = " | ".join(body.forms)
    return owner.kind == "org" and not any(re.search(rf"(?<![\w\-]){re.escape(f)}(?![\w\-])", own) for f in owner.forms)


# A body of a body both named by their kind, nothing after them: "the Politburo of the Central
# Committee"; the body the text means by the second ("Central Committee" in a Chinese cable: the
# CCP's, see _correspondent_bodies) says whose the first is.
# (its core written once: the pattern's and the cue's, what every match holds, its look-arounds
# aside, asked once of a text, not of each run; the groups named in the pattern only)
_BODY_OF_BODY_CORE = rf"(?{{kind}}{'|'.join(GENERIC_BODIES)})\s+of\s+the\s+(?{{of}}{'|'.join(GENERIC_BODIES)})"
BODY_OF_BODY = led(re.compile(rf"(?<![\w\-]){_BODY_OF_BODY_CORE.format(kind='P<kind>', of='P<of>')}(?![\w\-])(?!\s+of\s)"))
BODY_OF_BODY_CUE = re.compile(_BODY_OF_BODY_CORE.format(kind=":", of=":"))


def _body_of_body(doc: Document, kind: str, of: str) -> Entity | None:
    """The file's body named "<kind> of (the) <a name of the owner>", the owner the body the
    text means by its short name <of>; None when the text does not say or the file lacks it."""
    return body_of(doc, kind, doc.aliases[of][0] if of in doc.aliases else doc.authority.lookup(of))


def body_of(doc: Document, kind: str, owner: Entity | None) -> Entity | None:
    """The file's one body named "<kind> of (the) <a name of owner>" ("Central Committee" of the
    Korean Workers' Party: its Central Committee), of those several share a name the one of the
    telegram's date (the VKP(b)'s Central Committee, the CPSU's from October 1952, both "Central
    Committee of the CPSU"); None when the file has none, or several the date does not part."""
    if owner is None or owner.kind != "org":
        return None
    wanted = {normalize(f"{kind} of {the}{f}") for f in owner.forms for the in ("", "the ")}
    found = [e for e in doc.authority.entities.values() if e.kind == "org" and wanted & set(e.forms)]
    if len(found) > 1:  # (by their floruit, as a form several entries have is chosen: Authority._choose)
        found = [e for e in found if e.active(doc.authority.when)]
    return found[0] if len(found) == 1 else None


# an address line naming a body by its kind, whose state the next line (or its own "of ...") names:
# "The Council of Ministers," / "The Government of the Soviet Union"
# (after the "To" of the line: "To Ministry of Foreign Affairs of the USSR", the body without it)
ADDRESS_BODY = re.compile(rf"^(?:(?:To|TO|For|FOR)\s+)?(?:[Tt]he\s+)?(?P<name>(?P<kind>(?:[{UP}][{LOW}]+\s+)*?(?:Council\s+of\s+(?:People's\s+)?"
                          r"Ministers|Council\s+of\s+(?:People's\s+)?Commissars|Government|Cabinet|State\s+Council"
                          r"|Ministry\s+of\s+[A-Z][a-z]+(?:\s+Affairs)?))"
                          rf"(?:\s+of\s+(?:the\s+)?(?:[{UP}][\w'’\-]*(?:\s+(?:of\s+(?:the\s+)?)?[{UP}][\w'’\-]*)*))?)"
                          r"\s*[,.;]?$")


def address_bodies(doc: Document) -> None:
    """The bodies an address names line by line, before the names pass: each an orgName, the
    file's body of the state the line or the next names ("Council of Ministers" + "the Soviet
    Union": the Council of Ministers of the USSR), else a provisional body (they were no names)."""
    segs = list(doc.div.iterfind(f"{T}opener/{T}seg[@type='address']"))
    for i, seg in enumerate(segs):
        m = ADDRESS_BODY.match((seg.text or "").strip()) if not len(seg) else None
        if m is None:
            continue
        body = doc.authority.lookup(m.group("name"))
        places = []
        if body is None or body.kind != "org":
            # the state: named in the line ("of the Soviet Union") or in the lines under it
            named = [(place, line[:e] if re.fullmatch(r"\s*The\s+", line[:s]) else line[s:e])
                     for line in map(text_of, segs[i:]) for s, e, place, _ in doc.authority.find(line, "place")]
            places = [place for place, _ in named]
            # ("Cabinet of Ministers" + the state, or "Government of the Soviet Union" as "Government" + its other names)
            body = next((found for place in places for kind in dict.fromkeys((m.group("name"), m.group("kind")))
                         for form in place.forms for the in ("the ", "")
                         if (found := doc.authority.lookup(f"{kind} of {the}{form}")) is not None
                         and found.kind == "org"), None)
        if body is None:  # (a body of the state under it named so: "Cabinet of Ministers of North Korea", not any)
            own = doc.authority.find(seg.text, "place")
            # (the state as the line under it names it: "the Democratic People's Republic of Korea")
            whose = " of " + re.sub(r"^The\b", "the", named[0][1].strip(" ,.;")) if named and not own else ""
            body = provisional_entry(doc, "org", m.group("name") + whose, line_of(seg),
                                     "an address line naming a body", "government")
        text = seg.text
        start = text.index(m.group("name"))
        seg.text = text[:start]
        seg.append(E("orgName", m.group("name"), ref="#" + body.id))
        seg[-1].tail = text[start + len(m.group("name")):]


# the capitalized words right before a Central Committee: "Xiangong [Korean Workers' Party] Central Committee"
QUALIFIED_COMMITTEE = re.compile(rf"((?:[{UP}][\w'’()\-]*\.?\s+){{1,4}})Central\s+Committee\b")


def another_partys_committee(doc: Document, flat: str, body: Entity) -> bool:
    """Whether the text names a Central Committee by words that make it another party's than the
    body's: a party or body the file knows that the body does not belong to ("Korean Workers' Party
    Central Committee"), a country's adjective none of its names has ("the Soviet Central Committee"
    for the CCP's), or a party's words the file does not know.  ("The", "All": whose is not said.)"""
    authority = doc.authority
    own = authority.owners(body)
    words = {w for e in map(authority.entities.get, own) if e is not None for f in e.forms for w in f.split()}
    for m in QUALIFIED_COMMITTEE.finditer(flat):
        qualifier = m.group(1).rstrip()
        named = [ent for s, e, ent, _ in authority.find(qualifier) if e == len(qualifier)]
        if named:
            if not any(ent.id in own for ent in named):
                return True
            continue
        last = qualifier.split()[-1]
        if last in COUNTRY_ADJECTIVES or ADJECTIVE.search(last):
            if normalize(last) not in words:
                return True
        elif PARTY_WORDS.fullmatch(qualifier) and set(re.findall(r"\w+", qualifier)) - PARTY_GENERIC:
            return True
    return False
