"""Helpers of the print tests: the PDF's text as pdftotext reads it, words matched across hyphenation."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from lxml import etree

TEI = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI}
SOFT = "\u00ad"
WORD = re.compile(r"\w+")
PDF_WORD = re.compile(r"\w+(?:[\u00ad-](?=\s))?")


def pdf_text(pdf: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run(args + [str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def dehyphenate(text: str) -> str:
    """Words Typst hyphenated at a line end joined again (pdftotext marks them with a soft hyphen)."""
    return re.sub(SOFT + r"\s*", "", text)


def join_hyphens(text: str) -> str:
    """Hyphenated compounds as one word (pdftotext drops a hard hyphen that ends a line)."""
    return re.sub(r"(?<=\w)-(?=\w)", "", text)


def pdf_words(text: str) -> list[str]:
    """Words of the PDF; a word broken at a line end keeps its trailing soft hyphen."""
    return PDF_WORD.findall(join_hyphens(text))


def find_in_order(expected: list[str], words: list[str], start: int = 0) -> tuple[int, str | None]:
    """Match the expected words in order (others may come between them: running heads, marginal
    numbers, footnotes).  A word hyphenated at a line end matches as its pieces.  Returns the
    position after the last match and the first word not found (None when all were)."""
    i = start
    for w in expected:
        rest = w
        while rest:
            while i < len(words):
                t = words[i]
                i += 1
                if t == rest or _marked(t, rest):
                    rest = ""
                    break
                if t[-1:] in (SOFT, "-") and len(t) > 1 and rest.startswith(t[:-1]) and len(rest) > len(t) - 1:
                    rest = rest[len(t) - 1:]
                    break
            else:
                return i, w
    return i, None


def _marked(token: str, word: str) -> bool:
    """A word with a footnote number glued to it by pdftotext (FILLIPOV¹ -> FILLIPOV1, ¹In -> 1In)."""
    return token != word and (token.startswith(word) and token[len(word):].isdigit()
                              or token.endswith(word) and token[:-len(word)].isdigit())


def text_words(el: etree._Element, exclude: str = "") -> list[str]:
    """The words of an element's text in document order, without descendants matching exclude."""
    xp = ".//text()" + (f"[not(ancestor::*[{exclude}])]" if exclude else "")
    return WORD.findall(join_hyphens(" ".join(el.xpath(xp, namespaces=NS))))


def sent(tree: etree._ElementTree) -> str:
    """Where the volume places the telegram (f:order-key; a month after its days)."""
    from tei.readings import sent_order

    return sent_order(tree.getroot())


def sorted_docs(folder: Path) -> list[tuple[Path, etree._ElementTree]]:
    docs = [(p, etree.parse(str(p))) for p in folder.glob("*.xml")]
    # (on one day, in the order the source numbers them, then by id)
    return sorted(docs, key=lambda d: (sent(d[1]), _item(d[1]), d[1].getroot().get("{http://www.w3.org/XML/1998/namespace}id", ""),
                                       d[0].name))


def _item(tree: etree._ElementTree) -> tuple[int, int]:
    """The telegram's number in its source, (0, n); (1, 0) where it has none."""
    n = tree.xpath("string((//t:sourceDesc/t:bibl)[1]/t:biblScope[@unit = 'item'][1]/@n)", namespaces=NS)
    return (0, int(n)) if n.isdigit() else (1, 0)


def word_boxes(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Each page's words as pdftotext -bbox reads them: (xMin, yMin, xMax, yMax, word)."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    box = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
    return [[(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in box.findall(page)]
            for page in out.split("<page ")[1:]]


def overprints(pdf: Path) -> list[tuple[int, str, str]]:
    """Words of two different lines printed on top of each other: (page, word, word).  Words of
    one line share their top; two boxes of different lines that overlap by more than a third of
    the smaller box's height and cross horizontally are an overprint."""
    found, pages = [], word_boxes(pdf)
    assert any(pages), f"no word read from {pdf}"  # (else no overprint is found in nothing)
    for page, words in enumerate(pages, start=1):
        words = sorted(words, key=lambda b: b[1])
        for i, (x0, y0, x1, y1, w) in enumerate(words):
            for (u0, v0, u1, v1, z) in words[i + 1:]:
                if v0 >= y1:
                    break  # this and every later word lie below
                if abs(y0 - v0) < 0.5:
                    continue  # the same line
                high = min(y1, v1) - max(y0, v0)
                wide = min(x1, u1) - max(x0, u0)
                if wide > 0.5 and high > min(y1 - y0, v1 - v0) / 3:
                    found.append((page, w, z))
    return found


_LEAD_WORDS = "a the was of an ambassador his on to it said reply".split()


def layout_lines_at_every_place(folder: Path, text: str, note: str, standoff: str = "", after: str = "") -> list[str]:
    """The printed lines (pdftotext -layout: a line's last hyphen kept; stripped, the empty left
    out) of a volume of 40 telegrams, the k-th a paragraph of k words before text ("... the
    Sino-Soviet talks with Mao Tse-tung ... began."), a footnote of the same words before note in
    it: what they hold falls at every place of a line, in the text and in a note.  standoff and
    after (a division after the paragraph) as each document has them."""
    from test_print_layout import print_docs, tei

    def doc(k: int) -> str:
        lead = " ".join(_LEAD_WORDS[(k * j) % len(_LEAD_WORDS)] for j in range(k))
        return tei(f"tg-h{k}", f'<p>{lead} {text} began.<note place="foot">{lead} {note} agreed.</note></p>{after}',
                   sent=f"1950-{1 + k // 28:02d}-{1 + k % 28:02d}", standoff=standoff)

    pdf = print_docs(folder, {f"tg-h{k}": doc(k) for k in range(1, 41)})
    layout = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [line.strip() for line in layout.splitlines() if line.strip()]
