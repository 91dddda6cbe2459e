"""A person the text names by his office alone: "the Chairman said ...", "whether the Generalissimo
could receive ...".  Linked to the one person the text itself means by that office, else not at
all (a wrong link is worse than none)."""

from __future__ import annotations

import re

from lxml import etree

from .. import E, T, Document
from ...vocab import DEPUTY_GRADES
from .patterns import ENTITY_TAGS, SKIP

# the office after "the", with no "of ..." or "to ..." that makes it another's office ("the
# Ambassador of India") and no name after it (that name is the person: "the Chairman Mao")
_OFFICES = "Chairman|Premier|Prime Minister|President|Ambassador|Envoy|Generalissimo"
OFFICE_ALONE = re.compile(rf"(?<![\w\-])(?:[Tt]he)\s+(?P<office>{_OFFICES})"
                          r"(?![\w\-])(?!\s+(?:of|to|in|at|for|from)\b)(?!\s+[A-Z])")
# an office's word after "the" anywhere in the text: without one no run can hold OFFICE_ALONE
# (most texts: the walk over the elements is then not made)
OFFICE_CUE = re.compile(rf"[Tt]he\s+(?:{_OFFICES})")
# what goes between an office and its holder's name after it: "the President, Mr ", "the Chairman "
HOLDER_NEXT = re.compile(r"\s*,?\s*(?:(?:Mr|Mrs|Comrade|Cde|Marshal|General)\.?\s+)?")
_GRADE = "|".join(g.lower() for g in DEPUTY_GRADES)


def _titled(office: str, before: str, name: str) -> bool:
    """Whether a name is given with that office: "Chairman Mao Zedong" (the file's form), "Ambassador
    Stuart", "the Chairman of the Central People's Government, Comrade Mao Zedong"."""
    return bool(re.match(rf"{office}\s", name)
                or re.search(rf"(?<![\w\-]){office}\s+(?:Comrade\s+)?$", before)
                or re.search(rf"(?<![\w\-]){office}\s+of\b[^.;:!?\n]{{0,80}},\s*(?:Comrade\s+)?$", before))


def _holds(entity, office: str) -> bool:
    """Whether the authority file's identification of the person gives him the office (not a
    lesser one of its name, "deputy chairman", nor another's)."""
    said = entity.identification
    # (nor another's office his identification names: "President Roosevelt's closest adviser",
    # "the President's special representative")
    return any(not re.search(rf"\b(?:{_GRADE})[\s\-]$", said[:m.start()], re.I)
               and not re.match(r"['’]s\b|\s+[A-Z]", said[m.end():])
               for m in re.finditer(rf"\b{office}\b", said, re.I))


def link_offices_alone(doc: Document, whole: str) -> None:
    """"On 8 May I was received by Chairman Mao Zedong ... The Chairman said": the office alone
    is the person the text names before with that office's title, where it names one (two,
    "Ambassador Stuart" and "Ambassador Roshchin": left); else the one person named before whom
    the authority file gives that office; else the one party (sender, addressee) who holds it."""
    if not OFFICE_CUE.search(whole):  # (whole: the text's runs, joined)
        return
    tail = ""  # the text's last 120 characters so far (what is said before a name)
    named: list[tuple[int, str, str, str]] = []  # (offset, ref, the text before the name, the name)
    mentions: list[tuple[int, etree._Element, str, re.Match]] = []  # (offset, element, "text"/"tail", match)
    size = 0

    def run(el, where, text):
        nonlocal size, tail
        if text:
            for m in OFFICE_ALONE.finditer(text):
                following = el.getnext() if where == "tail" else (el[0] if len(el) else None)
                if HOLDER_NEXT.fullmatch(text, m.end()) and following is not None and (
                        following.tag in ENTITY_TAGS or following.tag == T + "gloss"):
                    continue  # (its holder named after it: "the Prime Minister, Mr <persName>W. Churchill</persName>")
                mentions.append((size + m.start(), el, where, m))
            tail = (tail + text)[-120:]
            size += len(text)

    skipped = set()
    for event, el in etree.iterwalk(doc.div, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        inside = any(a in skipped for a in el.iterancestors())
        if event == "start":
            if el.tag == T + "persName" and el.get("ref") and not inside:
                named.append((size, el.get("ref"), tail, "".join(el.itertext())))
            if el.tag in SKIP:
                skipped.add(el)
                skipped_text = "".join(el.itertext())
                tail = (tail + skipped_text)[-120:]
                size += len(skipped_text)
            elif not inside:
                run(el, "text", el.text)
        else:
            if el is not doc.div and not any(a in skipped for a in el.iterancestors()):
                run(el, "tail", el.tail)
    if not mentions:
        return
    entities = doc.authority.entities
    c = doc.corresp
    parties = [e for e in (c.sender, c.recipient, *c.also_from, *c.also_to)
               if e is not None and e.kind == "person" and not e.office and not e.provisional]
    for offset, el, where, m in reversed(mentions):
        office = m.group("office")
        before = [(ref, b, name) for at, ref, b, name in named if at < offset]
        titled = {ref for ref, b, name in before if _titled(office, b, name)}
        held = {ref for ref, _, _ in before if (e := entities.get(ref[1:])) is not None and _holds(e, office)}
        by_party = {"#" + e.id for e in parties if _holds(e, office)}
        who = next((s for s in (titled, held, by_party) if s), set())
        if len(who) != 1:
            continue
        _wrap(el, where, m.start("office"), m.end("office"), next(iter(who)))


def _wrap(el, where: str, start: int, end: int, ref: str) -> None:
    """The office's word in the run a persName of that person, the run's text around it kept."""
    text = el.text if where == "text" else el.tail
    name = E("persName", text[start:end], ref=ref)
    name.tail = text[end:]
    if where == "text":
        el.text = text[:start]
        el.insert(0, name)
    else:
        el.tail = text[:start]
        el.addnext(name)
