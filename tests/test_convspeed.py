"""The converter's speed work of the twenty-third session changes no output: what it does
faster gives what the slower way gave (the converter's outputs, byte for byte)."""

from __future__ import annotations

from lxml import etree

from source_helpers import SOURCES
from tei.convert import convert_file
from tei.links import add_links, add_links_to_xml
from tei.writer import serialize

# links as compute_links makes them, with titles that need escaping or are not ASCII
LINKS = [
    {},
    {"witness": ["tg-1949-01-14-stalin-mao-other.xml"[:-4]]},
    {"witness": ["a", "b-2"], "next": ["n1"], "next-title": ["Mao Zedong to Stalin, 15 January 1949"]},
    {"prev": ["p1", "p2"], "prev-title": ["Stalin & Mao <draft> \"quoted\" 'single'"]},
    {"prev": ["p"], "prev-title": ["Zhou Enlai to Vyshinsky, 3 June 1951 — Chou En-lai’s reply"],
     "next": ["n"], "next-title": ["Ch'en Yün to Mikoyan, 30 January 1949\r"]},
    {"witness": ["w"], "prev": ["p"], "prev-title": [""]},
]


def _documents():
    """Documents of tests/sources as the converter's workers hand them back (serialized without links)."""
    for path in sorted(SOURCES.iterdir())[::7]:  # (a spread of the layouts; all would be slow)
        for item in convert_file(path)[2]:
            yield item.xml


def _by_tree(xml: bytes, links) -> bytes:
    root = etree.fromstring(xml)
    add_links(root, links)
    return serialize(root)


def test_links_put_in_the_text_are_the_bytes_the_tree_gives():
    documents = list(_documents())
    assert len(documents) > 20
    for xml in documents:
        for links in LINKS:
            assert add_links_to_xml(xml, links) == _by_tree(xml, links)


def test_links_in_a_header_laid_out_otherwise_are_added_to_the_tree():
    xml = next(_documents())
    root = etree.fromstring(xml)
    for el in root.iter():  # (no line breaks nor indentation)
        el.tail = None if el is not root and (el.tail or "").strip() == "" else el.tail
        if len(el) and (el.text or "").strip() == "":
            el.text = None
    flat = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    for links in LINKS[1:]:
        assert add_links_to_xml(flat, links) == _by_tree(flat, links)
