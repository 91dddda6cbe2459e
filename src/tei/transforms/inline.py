"""Inline markup: replace spans of running text by elements, wherever the text sits."""

from __future__ import annotations

from typing import Callable, Iterable

from lxml import etree

Finder = Callable[[str, etree._Element], Iterable[tuple[int, int, object]]]
Maker = Callable[[object, str, etree._Element], etree._Element]


def markup(root: etree._Element, find: Finder, make: Maker, skip: Callable[[etree._Element], bool]) -> int:
    """Wrap every span that ``find`` reports in the element ``make`` builds.

    ``find(text, context)`` yields (start, end, payload) for one text run; ``context`` is the
    element that holds the run.  Elements for which ``skip`` is true are not entered.
    Returns the number of elements made.
    """
    made = 0
    for el in _elements(root, skip):
        # The element's own text, before its first child.
        if el.text:
            made += _replace(el, None, el.text, find, make)
        for child in list(el):
            if child.tail:
                made += _replace(el, child, child.tail, find, make)
    return made


def markup_text(el: etree._Element, find: Finder, make: Maker) -> int:
    """markup() of an element's own text alone (its text before any child): a name's words
    read for a name inside them, with none of the walk markup makes over the tree."""
    return _replace(el, None, el.text, find, make) if el.text else 0


def _elements(root, skip):
    stack = [root]
    out = []
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str) or skip(el):
            continue
        out.append(el)
        stack.extend(reversed(list(el)))
    return out


def _replace(parent, after, text, find, make) -> int:
    spans = sorted(find(text, parent), key=lambda s: s[0])
    if not spans:
        return 0
    position = 0
    pieces = []
    for start, end, payload in spans:
        if start < position:
            continue
        pieces.append((text[position:start], make(payload, text[start:end], parent)))
        position = end
    rest = text[position:]
    # Write the leading text where the run was, then each new element with its tail.
    if after is None:
        parent.text = pieces[0][0]
        index = 0
    else:
        after.tail = pieces[0][0]
        index = parent.index(after) + 1
    for i, (_, element) in enumerate(pieces):
        following = pieces[i + 1][0] if i + 1 < len(pieces) else rest
        element.tail = (element.tail or "") + following
        parent.insert(index, element)
        index += 1
    return len(pieces)
