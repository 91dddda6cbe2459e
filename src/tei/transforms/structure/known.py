"""What a line is by what the document and the authority file know: a signer, a known place,
person or body, an office under a signature, a destination."""

from __future__ import annotations

import re

from ...sources.base import PAGE_LINE, TITLE_SMALL_WORDS
from ...sources.model import Block
from .. import Document
from ..names.initials import initialled
from .lines import (ANNOTATION, SIGNED_WORD, FROM_PLACE, GAP_ONLY, OFFICE, OFFICE_BEFORE_SURNAME, OFFICE_LINE, RANK_BEFORE,
                    _date_and_name, cable_line, is_address, is_salutation, is_signature, office_line, strip_quotes)


def _destination(doc: Document, text: str, following: list[Block], depth: int = 0) -> bool:
    """"Nanking." alone above the address line or salutation: where the cable goes, a place
    the authority file knows; or the office it goes to, "PYONGYANG" / "SOVIET AMBASSADOR" /
    "To Comrade Shtykov." (a place and an office, each on its own line, the name under them or not)."""
    nxt = following[0].text if following and following[0].kind == "text" else ""
    if OFFICE_LINE.match(text.strip()):
        return True  # (the office alone says whom the cable goes to: "BEIJING" / "SOVIET AMBASSADOR" / "Visit ...")
    leads_on = bool(is_address(nxt) or is_salutation(nxt) or OFFICE_LINE.match(nxt.strip())) or (
        depth == 0 and _destination(doc, nxt, following[1:2], depth + 1))
    if not leads_on:
        return False
    text = re.sub(r"\s*\[[^\]]*\]$", "", text.strip())  # (the editor's word after it: "BEIPING [SIC]")
    if not re.fullmatch(r"[A-Z][\w\-’']+(?:[ -][A-Z][\w\-’']+)?(?:[.:]|-{1,2}|—)?", text):
        return False
    found = doc.authority.mentions(text.rstrip(".:-—"))  # (a dash after it, "BEIJING--")
    if depth == 0 and not found and OFFICE_LINE.match(nxt.strip()):
        return True  # "Belgrade" / "Soviet Ambassador" / "To Comrades Tito ...": the place, known or not, above the office
    return len(found) == 1 and found[0].kind == "place"


def _addressee_alone(doc: Document, title: str, text: str) -> bool:
    """"Shtykov." alone on the first line of a telegram the title says is to him ("Ciphered
    Telegram, Fyn-Si [Stalin] to Shtykov"): the address, as Stalin's cables begin (a known
    person's surname only, and the title's addressee: "Agreed." or "Mao." over a text is no address)."""
    # (or with the editor's gloss, no stop, as a record's PDF text gives it: "Filippov [Stalin]")
    alone = re.fullmatch(r"(?P<name>[A-Z][\w\-’']+(?: [A-Z][\w\-’']+)?)(?:\.|\s+\[[A-Z][^\[\]]{1,40}\])", text.strip())
    if alone is None or not _known_person(doc, alone.group("name")):
        return False
    return re.search(rf"\bto\s+(?:the\s+)?(?:comrade\s+)?{re.escape(alone.group('name'))}\b", title or "", re.I) is not None


def _between(text: str) -> bool:
    """An omission, an annotation or a page break: stands between paragraphs, before or after the letter."""
    return bool(GAP_ONLY.match(text) or ANNOTATION.match(text) or PAGE_LINE.match(text))


# the last word of a body's name, never a surname after an office ("Secretary of the Central Committee")
_BODY_NOUN = re.compile(r"(?i:committee|party|council|bureau|government|ministry|union|republic|army|front|department"
                        r"|office|commission|presidium|politburo|embassy|mission|staff|command|headquarters)")
_NAMES_APART = re.compile(r"\s*,\s*|\s+and\s+")
_IN_BRACKETS = re.compile(r"\(([^()]{3,40})\)")
_THE = re.compile(r"^the\s+", re.I)
_PUNCTUATION = re.compile(r"[,;:!?]")


def _signs(doc: Document, text: str) -> bool:
    # (the closer's lines are asked again and again: of themselves, and over and under an office)
    # (kept by the authority view that answered: the record's title, the other thing read, is the document's own)
    key = (doc.authority, text)
    known = doc.signs.get(key)
    if known is None:
        known = doc.signs[key] = _signs_afresh(doc, text)
    return known


def _signs_afresh(doc: Document, text: str) -> bool:
    """A signature: a name alone on its line, or with a full stop, "Filippov.", when the
    authority file knows the person (else "Agreed." would sign a telegram), followed by
    the signer's office ("Mao Tse-tung, Chairman of the ..."), after the signer's rank
    ("Marshal of the Soviet Union A. Vasilevsky"), or several names, one of them known
    ("Mao Zedong, Zhou Enlai")."""
    if is_signature(text):
        return True
    name, comma, office = text.strip().partition(",")
    if comma and OFFICE.match(office.strip().rstrip(".")) and is_signature(name):
        return True
    if RANK_BEFORE.match(text.strip()):
        return True
    office_first = OFFICE_BEFORE_SURNAME.match(text.strip().rstrip("."))
    surname = office_first.group("name") if office_first else ""
    if office_first and not _BODY_NOUN.fullmatch(surname) and (
            _known_person(doc, surname) or re.search(rf"\b{re.escape(surname)}\b", doc.raw.title or "", re.I)):
        return True  # "Secretary of the Tsekapart ... Bagirov", the signer the title names
    names = [n for n in _NAMES_APART.split(text.strip().rstrip(".")) if n]
    if len(names) > 1 and all(is_signature(n) for n in names) and any(_known_person(doc, n) for n in names):
        return True
    # (the signature a copy of a Soviet memorandum gives in brackets, the signed original not at
    # hand: "(A. Gromyko)", a known person's name)
    bracketed = _IN_BRACKETS.fullmatch(text.strip())
    if bracketed and is_signature(bracketed.group(1)) and _known_person(doc, bracketed.group(1)):
        return True
    name = text.strip()[:-1] if text.strip().endswith(".") else ""
    return bool(name) and is_signature(name) and _known_person(doc, name) or _known_body(doc, text)


def _known_body(doc: Document, text: str) -> bool:
    """A body signs as a person does, its name alone on its line: "CC VKP(b)", "THE CENTRAL
    COMMITTEE OF THE COMMUNIST PARTY OF CHINA" (the whole line a name of the file's, not a
    sentence that begins with one; is_signature does not read "VKP(b)" or "of the")."""
    name = _THE.sub("", strip_quotes(text).rstrip("."))
    if not name or len(name.split()) > 14 or _PUNCTUATION.search(name):
        return False
    entity = doc.authority.lookup(name)
    return entity is not None and entity.kind == "org"


def _office_under(doc: Document, blocks: list[Block], i: int) -> bool:
    """blocks[i] is the signer's office on a line of its own under the signature: "Chou
    En-lai" / "Minister of Foreign Affairs of the Central People's Government"."""
    text = blocks[i].text.strip().rstrip(".")
    j = i - 1
    while j > 0 and blocks[j].kind == "text" and ANNOTATION.match(blocks[j].text):
        j -= 1  # "KIM IL SUNG" / "[signature]" / "Chairman of the Cabinet of Ministers"
    # (the name may share its line with the date: "12.V.50 T. SHTYKOV" / "Ambassador of the USSR")
    return (j >= 0 and blocks[j].kind == "text" and office_line(text) and len(text) <= 120
            and (_signs(doc, blocks[j].text) or _date_and_name(blocks[j].text) is not None))


def _signed_over_name(doc: Document, blocks: list[Block], i: int) -> bool:
    """Whether blocks[i] is the copy's word "Signed" alone over a block that signs ("Signed" /
    "Dumitru Popa"): one signature."""
    return (SIGNED_WORD.fullmatch(blocks[i].text.strip()) is not None and i + 1 < len(blocks)
            and blocks[i + 1].kind == "text" and _signs(doc, blocks[i + 1].text))


def _office_over(doc: Document, blocks: list[Block], i: int) -> bool:
    """blocks[i] is the signer's office on a line of its own over his name, as Soviet printings set
    it: "Chairman of the Council of People's Commissars" / "V. Ulyanov-Lenin" (an office over two
    lines, the first ending in "&": "People's Commissar &" / "Chairman of the ... Council" / "J. Stalin")."""
    if i > 0 and blocks[i - 1].kind == "text" and _signs(doc, blocks[i - 1].text) and not blocks[i].text.rstrip().endswith("&"):
        return False  # (under a signature the office is its signer's: "VASILEVSKY" / "Marshal of the Soviet Union")
    k = i
    while k + 1 < len(blocks) and blocks[k].kind == "text" and blocks[k].text.rstrip().endswith("&"):
        k += 1
    return (k + 1 < len(blocks) and blocks[k].kind == "text" and (office_line(blocks[k].text) or _office_with_article(blocks[k].text))
            and len(blocks[k].text) <= 120 and blocks[k + 1].kind == "text" and _signs(doc, blocks[k + 1].text)
            and not office_line(blocks[k + 1].text) and not _known_place(doc, blocks[k + 1].text))  # (a dateline's place)


def _office_with_article(text: str) -> bool:
    """An office with its article, a title's words alone ("The Minister of Foreign Affairs of the
    Romanian People's Republic"), not a sentence that begins with one ("The Prime Minister asked
    me to thank ...")."""
    words = text.strip().split()
    return len(words) > 1 and words[0] == "The" and office_line(" ".join(words[1:])) and not text.rstrip().endswith(".") \
        and all(w[:1].isupper() or w in TITLE_SMALL_WORDS for w in words)


def _from_place(doc: Document, text: str, after: list[Block]) -> bool:
    """"From Peking" alone on its line above a cable's text: where it was sent from, a routing
    line of its own, when the place is known or a line of sending or receipt follows it."""
    m = FROM_PLACE.match(text.strip())
    return bool(m) and (_known_place(doc, m.group("place"))
                        or any(b.kind == "text" and cable_line(b.text) == "transmission" for b in after))


def _known_place(doc: Document, name: str) -> bool:
    entity = doc.authority.lookup(name.strip(" .,")) if name.strip(" .,") else None
    return entity is not None and entity.kind == "place"


def _known_person(doc: Document, name: str) -> bool:
    name = re.sub(r"\s*\[[^\]]*\]", "", name).strip()
    # (with initials the authority file does not list: "G. Malenkov, N. Khrushchev, N. Bulganin")
    entity = doc.authority.lookup(name) or initialled(doc.authority, name)
    return entity is not None and entity.kind == "person"
