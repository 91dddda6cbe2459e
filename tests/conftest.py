"""Shared fixtures.  Files from ../shared and external tools are optional outside CI:
tests that need them skip with a reason; under CI=true a missing one is a failure."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tei.messages import Report

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# pagefind is a dependency of the package: where it is installed a site without its search
# index is a failure, not a reason to skip or to check less
PAGEFIND = importlib.util.find_spec("pagefind") is not None
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def require(thing: str | Path, why: str = "") -> Path | str:
    """A file of ../shared or a command on PATH; skip (or fail under CI=true) when absent."""
    if isinstance(thing, Path) or "/" in str(thing):
        path = Path(thing)
        if path.exists():
            return path
        message = f"{path} is not here{': ' + why if why else ''}"
    else:
        found = shutil.which(str(thing))
        if found:
            return found
        message = f"command '{thing}' is not installed{': ' + why if why else ''}"
    if IN_CI:
        pytest.fail(f"{message} (required under CI=true)")
    pytest.skip(message)


@pytest.fixture(scope="session")
def chromium():
    """The one chromium of the test session, for every browser test.  Playwright's sync API
    refuses to start while another of its instances is open in the process (that one's event
    loop counts as running): a test starting its own failed once a session-wide one was up."""
    require(Path(CHROMIUM), "browser tests run chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@contextlib.contextmanager
def browser_page(browser, **context_options):
    """A page in a fresh browser context of its own, closed after."""
    context = browser.new_context(**context_options)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture(scope="session")
def built_tei(tmp_path_factory) -> Path:
    """The seeds converted once per test session: a folder of TEI files."""
    from tei.convert import convert_sources
    from tei.messages import Report

    out = tmp_path_factory.mktemp("tei")
    report = Report()
    convert_sources([SEEDS], out, report=report)
    assert not report.count("error"), [str(m) for m in report.messages]
    return out


@pytest.fixture(scope="session")
def sources_converted(tmp_path_factory) -> tuple[Path, "Report"]:
    """tests/sources converted once per test session: (the folder of TEI files, the report).
    The tests that read the whole folder only read it (it took seconds for each of them)."""
    from tei.convert import convert_sources
    from tei.messages import Report

    out = tmp_path_factory.mktemp("sources-tei")
    report = Report()
    convert_sources([ROOT / "tests" / "sources"], out, report=report)
    return out, report


@pytest.fixture(scope="session")
def tei_all_rng() -> Path:
    return require(SHARED / "tei" / "tei_all.rng", "the official TEI schema is read from ../shared/tei")


def stopped_after_moves(monkeypatch, moves: int, run) -> None:
    """Run run() with tei.journal's moves stopped by an interruption after the given number:
    the run must end interrupted, its journal left; the moves work again after."""
    import tei.journal as journal

    real, done = journal._move, []

    def stopped(src, dst):
        if len(done) == moves:
            raise KeyboardInterrupt
        done.append(dst)
        real(src, dst)

    monkeypatch.setattr(journal, "_move", stopped)
    with pytest.raises(KeyboardInterrupt):
        run()
    monkeypatch.setattr(journal, "_move", real)
    assert len(done) == moves
