"""A web page saved as HTML, read as its text: what a browser shows, block by block.

A record page saved from the browser ("Save page as ...") holds the same text as the page
copied from the screen, inside the site's markup.  The readers read page text, so the HTML is
turned into it first: each block (paragraph, heading, list item, table row, ...) a paragraph
of its own, a line break a new line, a list item bulleted as the page shows it, the text's
spaces as the browser collapses them; scripts, styles and the site's navigation left out.
Each block is put on the line where the HTML has it (or just after, where one HTML line holds
several), so that a message's line number points into the file the user has.
"""

from __future__ import annotations

import re

from lxml import html

# a document that declares itself HTML, after any comments
HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html\b|<html\b)", re.I | re.S)
# blocks: each a paragraph of its own
BLOCKS = {"address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "figcaption",
          "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section",
          "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "body", "center"}
# never part of what the page says: code, styles, the site's navigation and forms
SKIPPED = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "button", "form", "iframe",
           "select", "option", "textarea", "object", "canvas", "map"}
CELLS = {"td", "th"}


def is_html(text: str) -> bool:
    return bool(HTML_START.match(text[:4000]))


def page_text(text: str) -> str:
    """The text a browser shows of an HTML page, its blocks at their lines (see the module)."""
    root = html.document_fromstring(text)
    page = _Page()
    page.read(root)
    page.end_block()
    return "\n".join(page.lines) + "\n" if any(page.lines) else ""


class _Page:
    def __init__(self) -> None:
        self.lines: list[str] = []  # the text, line by line (line n is lines[n - 1])
        self.words: list[str] = []  # the block being read
        self.at = 0  # the HTML line where it begins
        self.prefix = ""  # "• " for a list item
        self.pre = 0  # inside <pre>: spaces and lines as they are

    def read(self, el) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in SKIPPED or not isinstance(el.tag, str):  # (comments, processing instructions)
            self.inline(el.tail, el.sourceline)
            return
        block = tag in BLOCKS
        if block:
            self.end_block()
            self.at = el.sourceline or self.at
            if tag == "li":
                self.prefix = "• "
        if tag == "br":
            self.words.append("\n")
        elif tag in CELLS and self.words and self.words[-1].strip():
            self.words.append("  ")  # cells of a row side by side, as the page shows them
        if tag == "pre":
            self.pre += 1
        self.inline(el.text, el.sourceline)
        for child in el:
            self.read(child)
        if tag == "pre":
            self.pre -= 1
        if block and tag not in CELLS:
            self.end_block()
        self.inline(el.tail, el.sourceline)

    def inline(self, text: str | None, line: int | None) -> None:
        if text:
            if line and text.strip() and not "".join(self.words).strip():
                self.at = max(self.at, line)  # the block's text begins here (a link in the body, "Skip to content")
            self.words.append(text if self.pre else re.sub(r"[ \t\r\n\f\u00a0]+", " ", text))

    def end_block(self) -> None:
        joined = "".join(self.words)
        self.words = []
        block_lines = [line.strip() if not self.pre else line.rstrip() for line in joined.split("\n")]
        while block_lines and not block_lines[0]:
            block_lines.pop(0)
        while block_lines and not block_lines[-1]:
            block_lines.pop()
        if not block_lines:
            self.prefix = ""
            return
        if self.lines and self.lines[-1]:
            self.lines.append("")  # a paragraph apart from the one before
        while len(self.lines) < self.at - 1:  # at its line in the HTML
            self.lines.append("")
        block_lines[0] = self.prefix + block_lines[0]
        self.prefix = ""
        self.lines.extend(block_lines)

