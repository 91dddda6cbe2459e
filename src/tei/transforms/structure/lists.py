"""Points and lists: points under a point as a list in its item, tables of figures set in
columns."""

from __future__ import annotations

from ...sources.model import Block
from .. import E, T
from .lines import COLUMNS, FIGURE, FIRST_POINT, STYLE


def _figure_rows(blocks: list[Block]) -> dict[int, tuple[list[str], bool]]:
    """The lines of a table of figures set in columns, a run of two rows at least, each split
    at runs of spaces into as many cells as the others, a figure in each row but the first
    (a heading row: "Item      Quantity"): {block index: (cells, heading)}."""
    rows = {}
    run: list[int] = []
    for i in range(len(blocks) + 1):
        cells = COLUMNS.split(blocks[i].text.strip()) if i < len(blocks) and blocks[i].kind == "text" \
            and len(blocks[i].text) < 150 else []
        if len(cells) >= 2 and (not run or len(cells) == len(COLUMNS.split(blocks[run[0]].text.strip()))):
            run.append(i)
            continue
        figured = [any(FIGURE.match(c) for c in COLUMNS.split(blocks[j].text.strip())) for j in run]
        if len(run) >= 2 and all(figured[1:]) and (figured[0] or len(run) >= 3):
            for j, has_figure in zip(run, figured):
                rows[j] = (COLUMNS.split(blocks[j].text.strip()), not has_figure)
        run = [i] if len(cells) >= 2 else []
    return rows


def _nest_points(container) -> None:
    """Points under a point ("II. We came to the conclusion:" / "a) to reject ..." / "b) ..." /
    "III. ..."): a run of points in which points of another style begin again under a point (a
    letter under a number, an arabic number under a roman one, "1)" under "1.") is a list, each
    point an item keeping its number, and the points under one a list inside its item.  A run
    without points under points stays paragraphs with @n."""
    children = list(container)
    i = 0
    while i < len(children):
        if children[i].tag != T + "p" or children[i].get(STYLE) is None:
            i += 1
            continue
        levels = [children[i].get(STYLE)]  # the styles of the levels open, the run's own first
        tree = []  # (element, depth); a page break or omission between points: depth None
        j = i
        while j < len(children):
            el = children[j]
            style = el.get(STYLE) if el.tag == T + "p" else None
            if el.tag in (T + "pb", T + "gap") and j + 1 < len(children) and children[j + 1].get(STYLE):
                tree.append((el, None))
                j += 1
                continue
            if style is None:
                break
            if style in levels:
                del levels[levels.index(style) + 1:]
            elif el.get("n") == FIRST_POINT[style]:
                levels.append(style)  # points of another style begin: under the point above
            else:
                break
            tree.append((el, len(levels) - 1))
            j += 1
        while tree and tree[-1][1] is None:
            tree.pop()
        if any(depth for _, depth in tree) and _sublists_of_two(tree):
            _points_list(container, tree)
        i += max(len(tree), 1)


def _sublists_of_two(tree) -> bool:
    """Every run of points under a point has two at least ("a)" and "b)"): a lone "a) ..."
    after "Fourth. ..." is no list under it."""
    depths = [d for _, d in tree if d is not None]
    counts = [0]  # the points of each level open, the run's own first
    for depth in depths:
        if depth >= len(counts):
            counts.append(0)
        while depth < len(counts) - 1:
            if counts.pop() < 2:
                return False
        counts[depth] += 1
    return all(c >= 2 for c in counts[1:])


def _points_list(container, tree) -> None:
    lists = [E("list", rend="numbered")]
    lists[0].sourceline = tree[0][0].sourceline
    container.insert(container.index(tree[0][0]), lists[0])
    for el, depth in tree:
        container.remove(el)
        if depth is None:  # (a page break between points: at the end of the item above)
            lists[-1][-1].append(el)
            continue
        del lists[depth + 1:]
        if depth == len(lists):
            lists.append(E("list", rend="numbered"))
            lists[-2][-1].append(lists[-1])
        item = E("item", n=el.get("n"))
        item.sourceline = el.sourceline
        item.text = el.text
        for child in el:
            item.append(child)
        lists[-1].append(item)
