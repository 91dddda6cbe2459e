"""The signer's office in a signature is a roleName: "Secretary of the Tsekapart of Azerbaijan
Bagirov", "J. Stalin<lb/>Chairman of the Council of Ministers", "Mao Tse-tung, Chairman of the
Central Committee of the CCP" (the office was plain text in <signed>, its words no different from
a signature's stray words)."""

from __future__ import annotations

import re

from . import E, T, Document, Transform
from ..vocab import OFFICE, OFFICE_GRADE

# an office and what it is of, each word capitalised but the small ones: "Secretary of the Tsekapart
# of Azerbaijan", "Premier and Foreign Minister", "People's Commissar", "Minister of Foreign Affairs of
# the U.S.S.R." (after up to three capitalised words: "Foreign Minister", "Soviet Ambassador")
_WORD = r"[A-Z][\w'’\-.()]*"
OFFICE_PHRASE = re.compile(rf"(?:{_WORD}\s+){{0,3}}?(?:{OFFICE_GRADE}[\s-]+)?(?:{OFFICE}|Commissar)(?!\w)"
                           rf"(?:\s+(?:of|for|in|at|to|on|and|the|&|{_WORD}))*")
SMALL = {"of", "for", "in", "at", "to", "on", "and", "the"}


class SignatureOffices(Transform):
    def apply(self, doc: Document) -> None:
        for signed in list(doc.div.iter(T + "signed")):
            _wrap_offices(signed)


def _wrap_offices(signed) -> None:
    """Each line of the signature (between lb) that is an office, or whose part before or after
    the signer's name (after a comma) is one: that part a roleName type="office"."""
    lines, line = [], []
    for index, child in [(-1, None), *enumerate(signed)]:
        if child is not None and child.tag == T + "lb":
            lines.append(line)
            line = [("text", index)]
            continue
        if child is not None:
            line.append(("el", index))
        line.append(("text", index))
    lines.append(line)
    # (from the last line back: wrapping moves the children after it)
    for line in reversed(lines):
        span = _office_span(signed, line)
        if span is not None:
            _wrap(signed, *span)


def _texts(signed, index: int) -> str:
    return (signed.text if index < 0 else signed[index].tail) or ""


def _office_span(signed, line):
    """((start container, offset), (end container, offset)) of the office in a line, or None:
    containers are -1 (the signature's text) or a child's index (its tail)."""
    # the line's text, each child's words standing for it, and where each character is
    flat, where = "", []
    for kind, index in line:
        if kind == "text":
            text = _texts(signed, index)
            where += [(index, i) for i in range(len(text))]
            flat += text
        else:
            el = signed[index]
            text = "".join(el.itertext())
            where += [None] * len(text)  # (inside a child: no boundary there)
            flat += text
    persons = [signed[index] for kind, index in line if kind == "el" and signed[index].tag == T + "persName"]
    if any(signed[index].tag in (T + "note", T + "gap", T + "date") for kind, index in line if kind == "el"):
        return None
    parts = []
    if persons:
        at = _position(signed, line, persons[0])
        end = at + len("".join(persons[0].itertext()))
        parts.append((0, at))
        comma = re.match(r"\s*,\s*", flat[end:])
        if comma:
            parts.append((end + comma.end(), len(flat)))
    else:
        parts.append((0, len(flat)))
    for start, stop in parts:
        chunk = flat[start:stop]
        lead = len(chunk) - len(chunk.lstrip())
        body = chunk.strip().rstrip(",.&").rstrip()
        if not body or not _is_office(body):
            continue
        first, last = start + lead, start + lead + len(body)  # [first, last)
        begin = where[first]
        if begin is None:
            continue
        if last < len(where) and where[last] is not None:
            end = where[last]
        elif where[last - 1] is not None:
            end = (where[last - 1][0], where[last - 1][1] + 1)
        else:  # (ending with a child's words: after the child)
            index = _child_ending_at(signed, line, last)
            if index is None:
                continue
            end = (index, 0)
        return begin, end
    return None


def _position(signed, line, element) -> int:
    at = 0
    for kind, index in line:
        if kind == "el" and signed[index] is element:
            return at
        at += len(_texts(signed, index)) if kind == "text" else len("".join(signed[index].itertext()))
    return at


def _child_ending_at(signed, line, offset: int):
    at = 0
    for kind, index in line:
        at += len(_texts(signed, index)) if kind == "text" else len("".join(signed[index].itertext()))
        if kind == "el" and at == offset:
            return index
    return None


def _is_office(text: str) -> bool:
    if len(text) > 120:
        return False
    if text.isupper():  # ("CHAIRMAN OF THE COUNCIL OF MINISTERS")
        text = " ".join(w.lower() if w.lower() in SMALL else w[:1] + w[1:].lower() for w in text.split())
    return OFFICE_PHRASE.fullmatch(text) is not None


def _wrap(signed, begin: tuple[int, int], end: tuple[int, int]) -> None:
    """Put signed's content from begin to end (container, offset) in a roleName."""
    (first, start), (last, stop) = begin, end
    role = E("roleName", type="office")
    text = _texts(signed, first)
    if first == last:
        role.text, rest = text[start:stop], text[stop:]
        _set(signed, first, text[:start])
        signed.insert(first + 1, role)
        role.tail = rest
        return
    role.text = text[start:]
    _set(signed, first, text[:start])
    moved = list(signed)[first + 1:last + 1]
    tail = moved[-1].tail or ""
    moved[-1].tail = tail[:stop] or None
    for el in moved:
        role.append(el)  # (lxml moves it, with its tail)
    signed.insert(first + 1, role)
    role.tail = tail[stop:] or None


def _set(signed, index: int, text: str) -> None:
    if index < 0:
        signed.text = text or None
    else:
        signed[index].tail = text or None

