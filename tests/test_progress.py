"""Progress of long stages: plain lines in CI and pipes (a bar only on a terminal)."""

import io

from tei.progress import Lines, stage_progress


def test_lines_every_tenth_for_long_stages():
    out = io.StringIO()
    p = Lines("html", "pages", out)
    p.start(1000)
    for _ in range(1000):
        p.advance()
    lines = out.getvalue().splitlines()
    assert lines[0] == "html: 0/1000 pages" and lines[-1] == "html: 1000/1000 pages"
    assert 10 <= len(lines) <= 12


def test_lines_quiet_for_short_stages():
    out = io.StringIO()
    p = Lines("html", "pages", out)
    p.start(15)
    p.advance(15)
    assert out.getvalue() == ""


def test_plain_lines_in_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    assert isinstance(stage_progress("convert", "sources"), Lines)


def test_build_reports_progress_of_each_long_stage(tmp_path, monkeypatch, capsys):
    from tei.build import build_edition
    from tei.messages import Report
    from tei.progress import Lines

    monkeypatch.setattr(Lines, "MIN_TOTAL", 1)
    monkeypatch.setenv("CI", "true")
    from conftest import SEEDS

    assert build_edition(SEEDS, tmp_path / "out", None, Report(), jobs=1)
    err = capsys.readouterr().err
    for stage, unit in [("convert", "sources"), ("validate", "documents"), ("print", "telegrams read"),
                        ("html", "pages")]:
        assert f"{stage}: 0/" in err and unit in err, stage
