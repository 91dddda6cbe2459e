"""The editions' tenth review, the ninth's leftovers: the chronology's axis broken where empty
years are squeezed and its busiest years labelled first; the print edition's list of sources
and its footnotes at the page's foot."""

from __future__ import annotations

import lxml.html


def _chronology_svg(tmp_path, dated):
    """tests/sources-like letters on these dates; the chronology page's chart (lxml.html drops
    the SVG namespace: its elements are plain 'line', 'g', 'text')."""
    from tei.html import render_site
    from tei.messages import Report
    from test_editions_review6 import _letter

    tei = tmp_path / "tei"
    tei.mkdir()
    for n, (date, sender, recipient) in enumerate(dated):
        (tei / f"t{n:03d}.xml").write_text(_letter(f"t{n:03d}", date, sender, recipient), encoding="utf-8")
    out = tmp_path / "site"
    assert render_site(tei, out, Report(), search=False).ok
    page = lxml.html.fromstring((out / "chronology.html").read_bytes())
    return page.xpath("//svg[contains(@class, 'timeline')]")[0]


def test_the_chronology_breaks_its_axis_where_empty_years_are_squeezed_and_labels_the_busiest_years_first(tmp_path):
    """Years are drawn as wide as they are busy, so the axis is not proportional to time: a run
    of years without telegrams (1921-1947 here) is as narrow as a quiet year.  The axis says so
    with a break mark there, as a chart's broken axis does, and is not drawn through it.  Years
    are labelled the busiest first: left to right the quiet 1948 took the label's room and the
    busy 1949 beside it was unlabelled (tests/sources' chart had no "1949")."""
    lenin, stalin, mao = ("lenin", "Vladimir Lenin"), ("stalin", "Joseph Stalin"), ("mao", "Mao Zedong")
    dated = [("1918-03-05", lenin, stalin), ("1918-06-05", lenin, stalin), ("1918-09-20", lenin, stalin), ("1920-06-01", lenin, stalin),
             ("1948-11-02", stalin, mao)]
    dated += [(f"{y}-{m:02d}-{d:02d}", stalin, mao) for y in (1949, 1950, 1951) for m in range(1, 11) for d in (3, 10, 17, 24)]
    svg = _chronology_svg(tmp_path, dated)

    labels = [(t.text, float(t.get("x"))) for t in svg.xpath(".//text[@class='tick-label']")]
    years = [int(t) for t, _ in labels]
    assert years == sorted(years), labels  # in order, as they are read
    assert {"1949", "1950", "1951"} <= {t for t, _ in labels}, labels
    assert "1948" not in {t for t, _ in labels}, labels  # (too close to 1949: the busier took the room)
    xs = sorted(x for _, x in labels)
    assert all(b - a >= 45 for a, b in zip(xs, xs[1:])), labels

    breaks = {g.findtext("title"): g for g in svg.xpath(".//g[@class='axis-break']")}
    assert set(breaks) == {"1919: no telegrams, drawn narrow", "1921–1947: no telegrams, drawn narrow"}, list(breaks)
    dots = {circle.getparent().findtext("title").split(", ")[-1].split(" ")[0]: float(circle.get("cx"))
            for circle in svg.xpath(".//a/circle")}
    quiet_1920 = max(x for t, x in dots.items() if t.startswith("1920"))
    quiet_1948 = min(x for t, x in dots.items() if t.startswith("1948"))
    mark = breaks["1921–1947: no telegrams, drawn narrow"]
    mark_xs = [float(line.get(a)) for line in mark.findall("line") for a in ("x1", "x2")]
    assert quiet_1920 < min(mark_xs) and max(mark_xs) < quiet_1948, (quiet_1920, mark_xs, quiet_1948)
    axis_y = {line.get("y1") for line in svg.xpath(".//line[@class='axis']")}
    assert len(axis_y) == 1, axis_y
    mark_ys = [float(line.get(a)) for line in mark.findall("line") for a in ("y1", "y2")]
    assert min(mark_ys) < float(axis_y.pop()) < max(mark_ys)  # across the axis
    for line in svg.xpath(".//line[@class='axis']"):  # the axis is broken there, not drawn through
        assert not float(line.get("x1")) < sum(mark_xs) / len(mark_xs) < float(line.get("x2")), (line.get("x1"), line.get("x2"))
    caption = svg.getparent().findtext("figcaption")
    assert "axis broken" in caption, caption


def test_a_source_whose_date_ends_with_a_stop_is_cited_with_one_stop(tmp_path):
    """tests/sources' web pages that cite no source are described by their title and their
    dateline's date as printed, "July 2, 1959." with its stop: the list of sources and the Source
    line under the heading printed "July 2, 1959.." (the description's closing stop after it)."""
    import re

    from print_helpers import dehyphenate, pdf_text
    from source_helpers import SOURCES
    from tei.convert import convert_sources
    from tei.messages import Report
    from tei.pdf import print_volume

    pages = ["page-khrushchev-menderes-1959-07-02-a-name-in-full-no-other-document-shortens.txt",
             "page-khrushchev-eisenhower-1959-06-11-letter-dateline-with-place-under-heading.txt"]
    convert_sources([SOURCES / page for page in pages], tmp_path / "tei", report=Report())
    files = sorted((tmp_path / "tei").glob("*.xml"))
    assert len(files) == 2, files
    assert all('1959.</date>' in f.read_text(encoding="utf-8") for f in files)  # (the date as the page prints it)
    pdf = tmp_path / "volume.pdf"
    report = Report()
    assert print_volume(files, pdf, report), [str(m) for m in report.messages]
    text = re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))
    sources = text[text.rindex("List of sources"):]
    assert "June 11, 1959." in sources and "July 2, 1959." in sources, sources
    assert ".." not in text, re.findall(r".{40}\.\..{20}", text)


def test_a_footnote_at_the_page_foot_begins_with_a_full_size_number_and_a_space(tmp_path):
    """At the page's foot each note began with Typst's default mark, the font's tiny superior
    figure set against the note's first word ("¹The works ...", one word to pdftotext).  It is
    a figure of the note's own size, on the note's line, a space after it."""
    from test_editions_review9 import footnoted_words

    words = footnoted_words(tmp_path)
    texts = [w[0] for w in words]
    assert "1Asked" not in texts and "2By" not in texts, texts
    for number, first in (("1", "Asked"), ("2", "By")):
        i = len(texts) - 1 - texts[::-1].index(first)  # (the note's, at the foot)
        (mark, _, mark_top, x1, mark_bottom), (_, left, top, _, bottom) = words[i - 1], words[i]
        assert mark == number, texts[i - 2:i + 2]
        assert left - x1 > 1.5, (number, left - x1)  # a space (a word space of the note's 8.5pt: about 2pt)
        assert mark_bottom - mark_top >= 0.9 * (bottom - top), (number, mark_bottom - mark_top, bottom - top)  # full size
        assert abs(mark_bottom - bottom) < 0.5, (number, mark_bottom, bottom)  # on the line, not raised
