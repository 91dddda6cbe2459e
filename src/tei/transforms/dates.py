"""Every explicit date in the text becomes <date> with ISO @when, or @from/@to for a span."""

from __future__ import annotations

from ..dates import find_dates
from . import E, T, Document, Transform
from .inline import markup

SKIP = {T + "date", T + "gap", T + "pb", T + "certainty"}


class DateTagger(Transform):
    def apply(self, doc: Document) -> None:
        context = doc.corresp.sent.start if doc.corresp.sent else ""

        def find(text, element):
            for f in find_dates(text, context):
                yield f.start, f.end, f.value

        def make(value, matched, element):
            attrs = value.attributes()
            if value.inferred:
                attrs["resp"] = "#encoder"
            return E("date", matched, **{("from_" if k == "from" else k): v for k, v in attrs.items()})

        markup(doc.div, find, make, skip=lambda el: el.tag in SKIP)
