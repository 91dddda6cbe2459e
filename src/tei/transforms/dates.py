"""Every explicit date in the text becomes <date> with ISO @when, or @from/@to for a span."""

from __future__ import annotations

import re

from ..dates import days_before_names, find_dates
from . import E, T, Document, Transform
from .inline import markup

SKIP = {T + "date", T + "gap", T + "pb", T + "certainty"}
# a title before a person's name: "On the 14th Comrade Kao Kang ..."
TITLE = re.compile(r"(?:Comrades?|Cde\.|Chairman|Premier|Marshal|General|Generalissimo|Ambassador|Minister|Mr\.|Mrs\.)\s+")


class DateTagger(Transform):
    def apply(self, doc: Document) -> None:
        context = doc.corresp.sent.start if doc.corresp.sent else ""

        def find(text, element):
            routing = element.tag == T + "seg" and element.get("type") == "transmission"
            found = find_dates(text, context, routing=routing)
            # "On the 27th Kim Il Sung arrived": a day before a person's name the authority file knows
            found += [f for f in days_before_names(text, context, lambda at: _person_at(doc, text, at))
                      if not any(f.start < o.end and f.end > o.start for o in found)]
            for f in found:
                yield f.start, f.end, f.value

        def make(value, matched, element):
            attrs = value.attributes()
            if value.inferred:
                attrs["resp"] = "#encoder"
            return E("date", matched, **{("from_" if k == "from" else k): v for k, v in attrs.items()})

        markup(doc.div, find, make, skip=lambda el: el.tag in SKIP)
        for dateline in doc.div.iter(T + "dateline"):
            # "November 21" under an undated telegram: the day and month, the year unknown (--11-21)
            if not len(dateline) and (dateline.text or "").strip():
                found = find_dates(dateline.text, "1900-06-15")  # any year: only day and month are kept
                when = found[0].value.when if found and found[0].value.when else ""
                if len(when) == 10:
                    dateline.append(E("date", dateline.text.strip(), when="--" + when[5:]))
                    dateline.text = None
        for date in list(doc.div.iter(T + "date")):
            # "the 1st [...] of January": a day whose text runs on after an inserted element
            # (the source editor's gap, query or gloss) is not known to be the telegram's month's
            if DAY_ONLY.match(date.text or "") and not (date.tail or "").strip() and date.getnext() is not None:
                _unwrap(date)


def _person_at(doc: Document, text: str, at: int) -> bool:
    """Whether a person's name the authority file knows begins at text[at:] (after a title)."""
    title = TITLE.match(text, at)
    start = title.end() if title else at
    return any(s == start and entity.kind == "person" for s, _, entity, _ in doc.authority.find(text))


DAY_ONLY = re.compile(r"^[Tt]he\s+\d{1,2}(?:st|nd|rd|th|(?<=(?<!1)[23])d)$")


def _unwrap(el) -> None:
    """Put an element's text back in its parent's text, where it stood."""
    parent, previous = el.getparent(), el.getprevious()
    text = (el.text or "") + (el.tail or "")
    if previous is not None:
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    parent.remove(el)
