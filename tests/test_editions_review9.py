"""The editions' ninth review, the eighth's leftovers: an index that does not end with one
entry alone on its last page."""

from __future__ import annotations

import re

from print_helpers import page_count, pdf_text
from test_editions_review8 import _provisional

INDEX_ENTRY = re.compile(r"^\S.*\*, \d+$", re.M)  # "Aaron Person*, 5": a provisional person's line


def _index_pages(pdf) -> list[int]:
    """How many entries of the index of persons each of its pages holds, in order."""
    counts = []
    for page in range(1, page_count(pdf) + 1):
        n = len(INDEX_ENTRY.findall(pdf_text(pdf, page)))
        if n:
            counts.append(n)
    return counts


def _persons_volume(folder, count: int):
    from test_print_layout import print_docs

    surnames = [f"{a}{b}ley" for a in "BCDFGHKLMNPRST" for b in "aeiou"]
    names = {f"unresolved-{i:03d}": f"Karl {surnames[i]}" for i in range(count)}
    folder.mkdir()
    return print_docs(folder, {"a": _provisional("a", "1951-03-02", names)})


def test_the_index_of_persons_ends_with_three_entries_on_its_last_page_not_one(tmp_path):
    """Volume 4 of tests/sources' edition ended its index of persons with "Zhu De" alone on a
    page.  The last three entries are kept together now: with as many persons as fill the index's
    pages and one more, the last page holds three, the page before it two fewer."""
    pdf = _persons_volume(tmp_path / "first", 70)
    counts = _index_pages(pdf)
    if counts[-1] < 4:  # (perhaps moved to make three: three more are surely as many as they were)
        pdf = _persons_volume(tmp_path / "more", 73)
        counts = _index_pages(pdf)
        total = 73
    else:
        total = 70
    assert len(counts) >= 2 and counts[-1] >= 4, counts
    orphan = total - counts[-1] + 1  # as many as fill the pages before, and one more
    counts = _index_pages(_persons_volume(tmp_path / "orphan", orphan))
    assert sum(counts) == orphan, counts
    assert counts[-1] == 3, counts


def _words(pdf) -> list[tuple[str, float, float, float, float]]:
    """The PDF's words as pdftotext -bbox places them: text, xMin, yMin, xMax, yMax."""
    import subprocess

    from lxml import etree

    xhtml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True).stdout
    return [(w.text, *(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")))
            for w in etree.fromstring(xhtml).iter("{*}word")]


def footnoted_words(tmp_path) -> list[tuple[str, float, float, float, float]]:
    """The words (_words) of a telegram printed alone whose paragraph has two footnotes, after
    "wait." and "leave" (their notes begin "Asked" and "By")."""
    from test_print_layout import print_docs, tei

    body = ("<p>The works had asked whether the locomotives might wait.<note place=\"foot\">Asked on"
            " May 30.</note> Report by wire the day they leave<note place=\"foot\">By the works'"
            " telegraph.</note> and come.</p>")
    return _words(print_docs(tmp_path, {"tg-fn": tei("tg-fn", body)}, alone=True))


def test_a_footnote_number_in_the_text_is_a_legible_figure_a_little_apart_from_its_word(tmp_path):
    """The numbers of the notes were the font's superior figures set against the word
    ("wait.¹", one word to pdftotext), too slight to find on the page.  A good edition sets them
    a hair's space from the word, large enough to read (Tschichold): a figure two thirds of the
    text's size, raised, a little apart; still numbered 1, 2 as before."""
    words = footnoted_words(tmp_path)
    texts = [w[0] for w in words]
    assert "wait.1" not in texts and "leave2" not in texts, texts
    for word, number in (("wait.", "1"), ("leave", "2")):
        i = texts.index(word)
        (_, top, right, bottom), (mark, x0, mark_top, _, mark_bottom) = words[i][1:], words[i + 1]
        assert mark == number, texts[i - 2:i + 3]
        assert x0 - right > 0.3, (word, x0 - right)  # apart from the word (0.08em: about 0.75pt)
        assert mark_bottom - mark_top >= 0.6 * (bottom - top), (word, mark_bottom - mark_top, bottom - top)
        assert mark_top < top and mark_bottom < bottom, word  # raised


def test_the_chronology_on_a_phone_opens_on_the_busy_years_with_the_names_beside_them(chromium, tmp_path):
    """On a phone the chart is drawn wider than the screen and scrolled in its frame; it opened
    on the first years, where tests/sources' lanes are empty (1921-1941), the thousands of
    1949-1951 out of sight.  Each year is drawn now as wide as it is busy, a year without
    telegrams narrow: at 390 pixels the busy year's telegrams are in the frame as it opens,
    beside the names of their senders, readable; on a wide screen too the busy year is wider
    than a quiet one.  The axis labels each year's start it has room for, in order."""
    from conftest import browser_page
    from tei.html import render_site
    from tei.messages import Report
    from test_editions_review6 import _letter

    tei = tmp_path / "tei"
    tei.mkdir()
    lenin, stalin, mao = ("lenin", "Vladimir Lenin"), ("stalin", "Joseph Stalin"), ("mao", "Mao Zedong")
    dated = [("1918-03-05", lenin, stalin), ("1918-09-20", lenin, stalin), ("1920-06-01", lenin, stalin)]
    dated += [(f"1950-{m:02d}-{d:02d}", *pair) for m in range(1, 13) for d in (3, 17) for pair in ((stalin, mao), (mao, stalin))]
    dated += [("1951-02-10", stalin, mao)]
    for n, (date, sender, recipient) in enumerate(dated):
        (tei / f"t{n:03d}.xml").write_text(_letter(f"t{n:03d}", date, sender, recipient), encoding="utf-8")
    out = tmp_path / "site"
    assert render_site(tei, out, Report(), search=False).ok
    measure = """() => {
        const frame = document.querySelector('figure.chart').getBoundingClientRect();
        const dots = [...document.querySelectorAll('svg.timeline a')].map(a => [a.querySelector('title').textContent,
                                                                             a.querySelector('circle').getBoundingClientRect()]);
        const names = [...document.querySelectorAll('.lane-label')].map(t => [t.textContent, t.getBoundingClientRect()]);
        const ticks = [...document.querySelectorAll('.tick-label')].map(t => [t.textContent, t.getBoundingClientRect().x]);
        return {frame: [frame.left, frame.right], names: names.map(([n, r]) => [n, r.left, r.right, r.height]),
                dots: dots.map(([t, r]) => [t, r.left + r.width / 2]), ticks}; }"""
    with browser_page(chromium, viewport={"width": 390, "height": 800}) as pg:
        pg.goto((out / "chronology.html").as_uri())
        phone = pg.evaluate(measure)
    left, right = phone["frame"]
    busy = [x for title, x in phone["dots"] if "1950" in title]
    assert len(busy) == 48
    seen = [x for x in busy if left < x < right]
    assert len(seen) >= 12, (phone["frame"], sorted(busy)[:5])  # (the first half year, at least)
    for name, x0, x1, height in phone["names"]:
        assert left <= x0 and x1 < min(busy) and height >= 9, (name, x0, x1, height)
    with browser_page(chromium, viewport={"width": 1280, "height": 900}) as pg:
        pg.goto((out / "chronology.html").as_uri())
        wide = pg.evaluate(measure)
    ticks = dict(wide["ticks"])
    assert [int(t) for t, _ in wide["ticks"]] == sorted(int(t) for t, _ in wide["ticks"]), wide["ticks"]
    assert {"1918", "1950", "1951"} <= set(ticks), ticks
    assert ticks["1951"] - ticks["1950"] > 3 * (ticks["1950"] - ticks["1949"] if "1949" in ticks else 0), ticks
    assert ticks["1951"] - ticks["1950"] > 3 * (ticks["1919"] - ticks["1918"] if "1919" in ticks else 0), ticks
