"""Words the source emphasises (Markdown's "*...*", "**...**", "_..._"): <hi rend="italic">,
"bold" or "bold italic", where they stand.

The reader takes the marks out of the text (so that the structure is read from the words) and
hands on each emphasised stretch with its line; this pass finds it in the element the body
structure made of that line (a paragraph, an address line, a signature, a table's row ...).
"""

from __future__ import annotations

from . import E, T, Document, Transform
from .inline import markup

# not inside: a dateline (its date and place only), the editor's omissions, breaks; nor another line's element
SKIP = {T + "dateline", T + "gap", T + "pb", T + "milestone", T + "list", T + "floatingText"}


class Emphasis(Transform):
    def apply(self, doc: Document) -> None:
        if not doc.raw.emphasis or doc.div is None:
            return
        # the elements a line of the source became, latest line first
        lines = sorted((el for el in doc.div.iter() if isinstance(el.tag, str) and el.sourceline is not None
                        and el.tag not in SKIP and _own_text(el)), key=lambda el: -el.sourceline)
        for line, words, rend in doc.raw.emphasis:
            # the element (or elements: "LIU SHAOQI      GAO GANG") that the line is part of: the
            # last to begin on or above it (a paragraph runs over several lines of the source);
            # the words may be gone from it ("**1.** ...": the number is the point's @n)
            above = [el for el in lines if el.sourceline <= line]
            for el in (el for el in above if el.sourceline == above[0].sourceline):
                if _wrap(el, words, rend):
                    break


def _own_text(el) -> bool:
    return bool((el.text or "").strip() or any((c.tail or "").strip() for c in el))


def _wrap(el, words: str, rend: str) -> bool:
    done = []

    def find(text, context):
        at = text.find(words) if not done else -1
        if at >= 0:
            done.append(True)
            yield at, at + len(words), words

    def make(inner, matched, context):
        return E("hi", inner, rend=rend)

    # (inside a hi made before: "**bold *and italic* words**"; not inside a nested line's element)
    markup(el, find, make, skip=lambda e: e is not el and (e.tag in SKIP or e.tag != T + "hi" and e.sourceline is not None))
    return bool(done)
