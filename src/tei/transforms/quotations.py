"""Quoted words inside a paragraph ("peace", „peace“, «peace») become <q>, the marks its rendering."""

from __future__ import annotations

import re

from ..regexes import led
from . import E, T, Document, Transform
from .inline import markup

# Opening and closing marks in the pairs printers use; the content may not contain either.
# Guillemets («...», as translations from Russian keep them) may hold quotation marks of the other kinds.
# A straight mark opens before a word and closes after one: where a book pairs a curly opening with a
# straight closing mark (“ready." ... “wait."), the straight one closing it opens no quotation of the
# words after it.
PAIRS = led(re.compile(r"«([^«»\n]{1,300})»|„([^„“”\"\n]{1,200})[“”]|“([^“”\"\n]{1,200})”|(?<![\w])\"(?=\S)([^\"\n]{1,200})(?<=\S)\"(?![\w])"))
SKIP = {T + "note", T + "gap", T + "head"}


class Quotations(Transform):
    def apply(self, doc: Document) -> None:
        def find(text, context):
            for m in PAIRS.finditer(text):
                # (not the words the editor quotes from the document: '[handwritten: "and the Presidium"]')
                if re.search(r"\[[^\[\]]*:\s*$", text[:m.start()]) and text[m.end():m.end() + 1] == "]":
                    continue
                yield m.start(), m.end(), next(g for g in m.groups() if g is not None)

        def make(inner, matched, context):
            return E("q", inner)

        # again inside the quotations just made, for one quoted within another («... "war criminals"»)
        for _ in range(3):
            if not markup(doc.div, find, make, skip=lambda el: el.tag in SKIP):
                break
