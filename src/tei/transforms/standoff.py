"""standOff: copies of the authority entries this document refers to, so it stands alone."""

from __future__ import annotations

import copy

from . import E, Document, Transform

LIST_FOR = {"person": "listPerson", "place": "listPlace", "org": "listOrg"}


class StandOff(Transform):
    def apply(self, doc: Document) -> None:
        # (the references read in one call, not element by element in Python)
        ids = [v[1:] for value in doc.root.xpath("//@ref", smart_strings=False) for v in value.split() if v.startswith("#")]
        wanted = {i for i in ids if doc.entity(i) is not None}
        if not wanted:
            return
        order = doc.authority.order
        lists = {kind: E(name) for kind, name in LIST_FOR.items()}
        for entity_id in sorted(wanted, key=lambda i: (order.get(i, len(order)), i)):
            entity = doc.entity(entity_id)
            entry = copy.deepcopy(entity.element)
            entry.tail = None
            lists[entity.kind].append(entry)
        standoff = E("standOff", *[l for l in lists.values() if len(l)])
        doc.root.insert(1, standoff)
