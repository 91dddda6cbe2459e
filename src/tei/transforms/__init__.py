"""Transforms: small passes over one telegram's TEI, applied in a fixed order.

Each pass takes the ``Document`` (the TEI tree being built, the reader's record, the
authority file and the run's report) and changes the tree.  Passes are TEI in, TEI out,
so each can be tested on a fragment.  The order is the pipeline:

structure -> emphasis -> quotations -> brackets -> correspondence -> dates -> names -> header -> standoff
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from .. import TEI_NS, XML_NS
from ..authority import Authority, Entity
from ..dates import DateValue
from ..messages import Report
from ..sources.model import RawTelegram

T = "{%s}" % TEI_NS
NSMAP = {None: TEI_NS}
XML_ID = "{%s}id" % XML_NS
XML_LANG = "{%s}lang" % XML_NS


_BLANK: dict[str, etree._Element] = {}  # an empty element of each tag, copied (cheaper than made anew)


def E(tag: str, *children, **attrs) -> etree._Element:
    """Build a TEI element: E("p", "text", E("hi", "x"), "tail", n="1")."""
    blank = _BLANK.get(tag)
    if blank is None:
        blank = _BLANK[tag] = etree.Element(T + tag, nsmap=NSMAP)
    el = blank.__copy__()
    for key, value in attrs.items():
        if value is not None:
            el.set(key.rstrip("_"), value)
    text = last = None  # (the text before the first child, set once: the copy has none)
    for child in children:
        if child is None:
            continue
        if isinstance(child, str):
            if last is None:
                text = child if text is None else text + child
            else:
                last.tail = (last.tail or "") + child
        else:
            el.append(child)
            last = child
    if text is not None:
        el.text = text
    return el


@dataclass
class Correspondence:
    """Who wrote to whom, through whom, when: read from the title, heading and closer."""

    sender: Entity | None = None
    also_from: list[Entity] = field(default_factory=list)  # further senders ("from Kim Il Sung and Pak Hon-yong")
    sender_body: Entity | None = None  # the post a person sent it for ("From: [Ambassador Piotr] KOWAL" of an embassy's cable)
    recipient: Entity | None = None
    also_to: list[Entity] = field(default_factory=list)  # further recipients ("to Mao and the CCP CC")
    recipient_note: str = ""  # where the recipient was read from when the cable names none
    recipient_unknown: bool = False  # a telegram that names no recipient anywhere: encoded as unknown
    via: list[Entity] = field(default_factory=list)
    place: Entity | None = None  # where it was sent from, as its title says ("... FROM MOSCOW")
    destination: Entity | None = None  # where it went, as its title says ("... - From Moscow to Warsaw")
    sent: DateValue | None = None  # the date the source gives the telegram
    dated: DateValue | None = None  # the date in the telegram's own dateline
    # an unsigned cover whose only closing lines are the quoted message's: their date and place not the cover's
    closing_quoted: bool = False
    approximate: bool = False  # the source gives the date as approximate ("c. January 1949", "mid-January 1949")
    # how a date the source does not give was inferred, for the header's note ("" where it gives one)
    sent_note: str = ""
    numbers: list[str] = field(default_factory=list)
    # a number in brackets after the heading, "I.V. STALIN to A.I. MIKOYAN (0830)": the source does not
    # say what it is (the cable's number? the hour it was sent?), so it is not taken for the telegram's number
    head_numbers: list[str] = field(default_factory=list)
    kind: str = "telegram"


@dataclass
class Document:
    raw: RawTelegram
    authority: Authority
    report: Report
    root: etree._Element = None  # <TEI>
    div: etree._Element = None  # <div type="telegram">
    corresp: Correspondence = field(default_factory=Correspondence)
    provisional: dict[str, Entity] = field(default_factory=dict)  # unresolved names found
    # a family name alone that stands for a person the text names in full ("Comrade Liu" where
    # "Liu Shaoqi" is named), or a name the record's title identifies ("Andreev [Mikoyan]"):
    # the name as written -> that person, and "main" or "pseudonym"
    aliases: dict[str, tuple[Entity, str]] = field(default_factory=dict)
    id: str = ""
    names_tagged: int = 0
    # structure.known._signs's answers, by the authority view asked and the line's text (a later
    # pass's view, Authority.on's or about_parties', may choose another namesake: its own answers)
    signs: dict[tuple[Authority, str], bool] = field(default_factory=dict)

    def warn(self, line: int, text: str, code: str = "") -> None:
        self.report.warn(self.raw.source, line, text, code)

    def entity(self, entity_id: str) -> Entity | None:
        return self.authority.entities.get(entity_id) or self.provisional.get(entity_id)


class Transform:
    """One pass.  Subclasses say what they produce in their name and docstring."""

    def apply(self, doc: Document) -> None:
        raise NotImplementedError


def default_transforms() -> list[Transform]:
    from .structure import BodyStructure
    from .emphasis import Emphasis
    from .quotations import Quotations
    from .brackets import EditorialBrackets
    from .correspondence import CorrespondenceFromMetadata
    from .dates import DateTagger
    from .names import NameTagger
    from .header import HeaderBuilder
    from .signatures import SignatureOffices
    from .standoff import StandOff

    return [BodyStructure(), Emphasis(), Quotations(), EditorialBrackets(), CorrespondenceFromMetadata(), DateTagger(),
            NameTagger(), SignatureOffices(), HeaderBuilder(), StandOff()]
