"""A body named by its kind alone ("the Politburo", "the Central Committee"): whose it is, from
the party the text is about ("our Party") or from the name that follows it ("of the PZPR")."""

from __future__ import annotations

import re

from ...authority import GENERIC_BODIES, GENERIC_BODY_PATTERN, Entity, normalize
from .. import Document
from ...regexes import led
from .patterns import LOW, UP


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
