"""The text of an element as a reader sees it: its words, the spaces between them made one."""

from __future__ import annotations


def text_of(el) -> str:
    """All the text inside el (its descendants' too), spaces normalised; "" for None."""
    return " ".join("".join(el.itertext()).split()) if el is not None else ""
