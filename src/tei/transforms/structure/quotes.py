"""Quoted messages and letters: a message quoted over several paragraphs, a block quotation,
a letter quoted with or without quotation marks; the closer that is the telegram's own."""

from __future__ import annotations

import re

from ...sources.model import Block
from .. import Document, E, T
from .known import _known_place, _office_under, _signs
from .lines import (ADDRESSEE, ANNOTATION, CLOSE_QUOTES, ENCLOSES, ENCLOSURE_HEADING, FOLLOWING, MESSAGE_WORD, OPEN_QUOTES,
                    REPLY_ANNOUNCED, STYLE, TABLE_ROW, _date_and_name, is_address, is_dateline,
                    is_salutation, numbered_point, run_in_salutation)


def _mark_after_close(p) -> bool:
    """Whether the paragraph's only element is a note at its end, its mark after the quotation's
    closing mark ('... your views beforehand.”3', the quotation's last paragraph)."""
    return len(p) == 1 and p[0].tag == T + "note" and not (p[0].tail or "").strip() \
        and (p.text or "").rstrip()[-1:] in CLOSE_QUOTES


def _quoted_paragraphs(div) -> None:
    """A message quoted over several paragraphs ("Comrade Stalin! ... / ... the treaty."): a
    quote of those paragraphs, the marks that open and close it kept as rend="quoted" (as a
    quotation within one paragraph is a q, by the quotations pass)."""
    children = list(div)
    i = 0
    while i < len(children):
        first = children[i]
        text = first.text or ""
        single = _opens_single(text)
        if first.tag != T + "p" or len(first) or not single and (text[:1] not in OPEN_QUOTES or not _opens_quote(text)):
            i += 1
            continue
        end = closing = None
        # (each paragraph of the quotation opened with a mark again, as English prints one over
        # several paragraphs: '“I am glad ...' / '“Our recent ...' / '“With my warm regards,' / 'Roosevelt”')
        marked = [first]
        for j in range(i + 1, min(i + 40, len(children))):
            el = children[j]
            if el.tag in (T + "note", T + "gap", T + "pb", T + "milestone"):
                continue  # "[signature]", "[...]" within the message
            again = (el.text or "")[:1] in OPEN_QUOTES
            if el.tag != T + "p" or len(el) and not _mark_after_close(el) or again and el.text[:1] != text[:1]:
                break
            ending = (el.text or "").rstrip().rstrip(".,;")  # (the cable's stop after the mark: 'Mao Zedong".')
            if ending[-1:] in CLOSE_QUOTES and _opens_quote((ending[1:] if again else ending)[::-1]) \
                    or single and _closes_single(ending):
                end = closing = j
                break
            if again and not _opens_quote(el.text):
                break  # (a quotation of its own within the paragraph)
            if again:
                marked.append(el)
            elif len(marked) > 1:
                break  # (a paragraph not opened with the mark after such paragraphs: the quotation ended)
        if end is None and len(marked) > 1 and i > 0 and children[i - 1].tag == T + "p" \
                and (children[i - 1].text or "").rstrip().endswith(":"):
            # paragraphs each opened with the mark after the one that announces them, the copy
            # having lost the mark that closes the last: the quotation, to the last of them
            end = children.index(marked[-1])
        announced = i > 0 and children[i - 1].tag == T + "p" and (children[i - 1].text or "").rstrip().endswith(":")
        if end is None and len(marked) == 1 and announced and is_salutation(text[1:]):
            # a message opened with its mark and its salutation after the paragraph that announces
            # it, nothing closing it ("... the following telegram from Mao Zedong:" / "'Respected Com.
            # Dimitrov!" / ...): the copy ends inside it (or lost the closing mark); the quotation, to
            # the end of the text, where nothing but paragraphs follows
            rest = children[i + 1:]
            if rest and all(el.tag in (T + "p", T + "note", T + "gap", T + "pb", T + "milestone") and not len(el)
                            and (el.text or "")[:1] not in OPEN_QUOTES + "'" for el in rest):
                end = len(children) - 1
        if end is None:
            i += 1
            continue
        for el in marked[1:]:
            el.text = el.text[1:].lstrip()
        # the source's marks, as the rendering is to make them: single ones ('Respected Com.
        # Dimitrov!'), and none closing a quotation the copy never closes
        rend = " ".join(["quoted"] + ["single"] * bool(single) + ["unclosed"] * (closing is None))
        quote = E("quote", rend=rend)
        quote.sourceline = first.sourceline
        div.insert(div.index(first), quote)
        for el in children[i:end + 1]:
            quote.append(el)
        first.text = text[1:].lstrip()
        point = numbered_point(first.text)  # '"1. I received ...': the message's first point
        if point and first.get("n") is None and point[1] != "first":
            first.set("n", point[0])
            first.set(STYLE, point[1])
            first.text = point[2]
        last = children[end]
        closed = (last.text or "").rstrip().rstrip(".,;")
        if closed[-1:] in CLOSE_QUOTES and not single or single and _closes_single(closed):
            last.text = closed[:-1].rstrip() + last.text.rstrip()[len(closed):]
        i = end + 1


def _opens_single(text: str) -> bool:
    """A paragraph opened with a single quotation mark, straight or curly, before a word ("'Respected
    Com. Dimitrov!"), that it does not close at its end."""
    return text[:1] in "'‘" and text[1:2].isalpha() and not _closes_single(text.rstrip().rstrip(".,;"))


def _closes_single(text: str) -> bool:
    """The text ends with a single closing mark, not a plural's apostrophe ("the workers'")."""
    return text[-1:] in "'’" and not re.search(r"[a-z]s['’]$", text)


def _quoted_block(div) -> None:
    """A block quotation (Markdown's "> ") printed in quotation marks from its first paragraph
    to its last ('> "Comrade Mao Zedong! ...' ... '> G. Malenkov, ..."'): the marks are the
    quote's rendering, rend="quoted", as for a quotation over several paragraphs."""
    for quote in div.iterfind(f"{T}quote[@rend='block']"):
        paras = [p for p in quote if p.tag == T + "p"]
        if not paras or any(len(p) for p in paras):
            continue
        first, last = paras[0].text or "", (paras[-1].text or "").rstrip()
        if first[:1] not in OPEN_QUOTES or last[-1:] not in CLOSE_QUOTES:
            continue
        if not _opens_quote(first) or len(paras) > 1 and not _opens_quote(last[::-1]):
            continue  # (the marks of one quotation: not '"Yes," he said. ... "No."')
        if len(paras) == 1:
            paras[0].text = first[1:].strip()[:-1].rstrip()
        else:
            paras[0].text, paras[-1].text = first[1:].lstrip(), last[:-1].rstrip()
        quote.set("rend", "quoted")


def _opens_quote(text: str) -> bool:
    """The text opens a quotation it does not close: a straight double quote an odd number of
    times, or more opening than closing curly or angle quotes."""
    if '"' in text:
        return text.count('"') % 2 == 1
    return text.count("“") + text.count("«") > text.count("”") + text.count("»") or \
        text.count("”") + text.count("»") > text.count("“") + text.count("«")


def _unmarked_letter(doc: Document, blocks: list[Block], earlier: str = ""):
    """A letter quoted without quotation marks: a paragraph that announces it ("Please transmit
    to Comrade Stalin the following letter:", "The second, of 13 October:"), then the letter
    with its own address lines and salutation ("Dear Comrade Stalin!"), its text, and its
    closing lines, to the end of the cable or up to the sender's own closing lines or text.
    (start, end, whether it is a reply) of the letter's blocks, or None."""
    for i, block in enumerate(blocks[:-3]):
        text = block.text.rstrip()
        if block.kind != "text" or not text.endswith(":"):
            continue
        if text[:1] in OPEN_QUOTES and _opens_quote(text):
            continue  # (the first line of a message in quotation marks, '“To President Roosevelt from ...:': a marked one)
        last = re.split(r"(?<=[.!?])\s+", text)[-1]
        named = FOLLOWING.search(last) or MESSAGE_WORD.search(last)  # "the following letter:"
        j = i + 1
        while j < min(i + 3, len(blocks)) and blocks[j].kind == "text" and is_address(blocks[j].text):
            j += 1
        # (a salutation, names and titles only, where the paragraph does not say what follows; or
        # one the letter's first paragraph runs on from, "Dear Comrade Stalin! On behalf of ...")
        run_in = blocks[j].kind == "text" and named and run_in_salutation(blocks[j].text) is not None
        if blocks[j].kind != "text" or not (is_salutation(blocks[j].text) or named and ADDRESSEE.match(blocks[j].text)
                                            or run_in):
            continue
        # (a paragraph of text at least; the text above says who wrote it, "the telegram of Liu Shaoqi")
        end = _letter_end(doc, blocks, j + (1 if run_in else 2), earlier + " ".join(b.text for b in blocks[:i + 1]))
        if end is None or any(b.kind != "text" and b.kind != "anchor" or TABLE_ROW.match(b.text) for b in blocks[j:end]):
            continue
        return i + 1, end, bool(REPLY_ANNOUNCED.search(last))
    return None


def _letter_end(doc: Document, blocks: list[Block], start: int, announced: str) -> int | None:
    """Where a letter quoted without quotation marks ends: after its closing lines (a formula,
    its signatures with the signer's office, the editor's "[signature]", its date and place),
    before a signature under them (the sender's of the cable: "KIM IL SUNG" / "8 July 1950" /
    "SHTYKOV"; names directly under each other sign together, "KIM IL SUNG" / "PAK HON-YONG",
    unless the text above names the letter's signer and not the other: "the telegrams of
    Peng Dehuai" ... "PENG DEHUAI" / "KUZNETSOV") or the cable's text going on."""
    k = next((k for k in range(start, len(blocks)) if blocks[k].kind == "text" and (
        _signs(doc, blocks[k].text) or _date_and_name(blocks[k].text))), None)
    if k is None:
        return None
    words = set(re.findall(r"\w{3,}", announced.lower()))
    named = lambda text: bool(set(re.findall(r"\w{3,}", text.lower())) & words)
    signatures_only, first = True, blocks[k].text
    while k + 1 < len(blocks) and blocks[k + 1].kind in ("text", "anchor"):
        text = blocks[k + 1].text
        if blocks[k + 1].kind == "anchor" or ANNOTATION.match(text) or _office_under(doc, blocks, k + 1) \
                or is_dateline(text) or _known_place(doc, text) and is_dateline(blocks[k].text):
            signatures_only = False
        elif not (signatures_only and _signs(doc, text) and (named(text) or not named(first))):
            break  # the cable's sender signing, or its text going on
        k += 1
    return k + 1


def _enclosures(blocks: list[Block]) -> tuple[int, list[list[Block]]] | None:
    """The earlier messages a message encloses, printed under its text, each under its own heading
    naming its parties ("I enclose ... the two messages I sent to the President" ... "December 27,
    1944" / "Personal and Secret from Premier J. V. Stalin to the President, Mr F. Roosevelt" / its
    text): (where the first begins, the blocks of each), or None.  Each is dated as the page dates
    its messages: above the heading where the last ends with its text, so that the date above the
    first heading is the enclosure's, not the telegram's dateline; under its text where the last
    ends with a date (the date above the first heading then the telegram's own)."""
    text = lambda k: blocks[k].kind == "text"
    heads = [k for k in range(1, len(blocks) - 1) if text(k) and ENCLOSURE_HEADING.match(blocks[k].text.strip())
             and text(k + 1) and not ENCLOSURE_HEADING.match(blocks[k + 1].text.strip())
             and not is_dateline(blocks[k + 1].text)]
    if not heads or not any(text(k) and ENCLOSES.search(blocks[k].text) for k in range(heads[0])):
        return None  # (a heading among the lines of a telegram that says it encloses nothing: not one)
    last = next(b for b in reversed(blocks) if b.kind == "text")
    above = not is_dateline(last.text)
    # (a date under the text above and one over the heading, "March 8, 1945" / "March 8, 1945":
    # the upper closes the text above it, the lower opens the enclosure)
    starts = [k - 1 if is_dateline(blocks[k - 1].text) and (above or k > 1 and blocks[k - 2].kind == "text"
                                                           and is_dateline(blocks[k - 2].text)) else k for k in heads]
    if starts[0] < 1 or any(b >= a for b, a in zip(starts, starts[1:])) \
            or not any(text(k) and not is_dateline(blocks[k].text) for k in range(starts[0])):
        return None  # (the telegram's own text above them)
    return starts[0], [blocks[s:e] for s, e in zip(starts, starts[1:] + [len(blocks)])]


def own_closer(div):
    """The telegram's own closing lines: its closer; or, where it ends with a letter it quotes
    and has no closer of its own, the letter's, which sign and date the cable too."""
    closer = div.find(T + "closer")
    if closer is not None and (closer.find(T + "signed") is not None or closer.find(T + "dateline") is not None):
        return closer
    # (a closer of the formula alone, "Waiting for an answer.", under the letter signs nothing)
    blocks = [c for c in div if c.tag not in (T + "pb", T + "gap", T + "note", T + "milestone", T + "closer")]
    if blocks and blocks[-1].tag == T + "quote":
        return blocks[-1].find(f"{T}floatingText/{T}body/{T}closer")
    return closer
