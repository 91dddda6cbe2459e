"""The per-document stages on a Dask cluster (tei.cluster): a local cluster of worker
processes stands for a real one.  The same functions run there as in the local process
pool, so the outputs must be the same bytes and the same messages."""

from __future__ import annotations

import filecmp
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import IN_CI, SEEDS

SOURCES = Path(__file__).parent / "sources"


@pytest.fixture(scope="module")
def local_cluster():
    try:
        import distributed  # noqa: F401
    except ImportError:
        message = "Dask is not installed (pip install 'tei-telegrams[dask]')"
        pytest.fail(message + " (required under CI=true)") if IN_CI else pytest.skip(message)
    from tei.cluster import dask_executor

    with dask_executor("local", workers=2) as executor:
        yield executor


def test_conversion_and_validation_on_a_cluster_match_the_local_run(local_cluster, tmp_path):
    from tei import validate
    from tei.convert import convert_sources
    from tei.messages import Report

    on_cluster, here = Report(), Report()
    convert_sources([SOURCES, SEEDS], tmp_path / "cluster", report=on_cluster, executor=local_cluster)
    convert_sources([SOURCES, SEEDS], tmp_path / "here", report=here, jobs=1)
    files = sorted(p.name for p in (tmp_path / "here").glob("*.xml"))
    assert len(files) > 50 and files == sorted(p.name for p in (tmp_path / "cluster").glob("*.xml"))
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "cluster", tmp_path / "here", files, shallow=False)
    assert not mismatch and not errors
    assert [str(m) for m in on_cluster.messages] == [str(m) for m in here.messages]

    # an invalid document among them is found on the cluster as here
    broken = tmp_path / "here" / files[0]
    broken.write_text(broken.read_text(encoding="utf-8").replace('type="sent"', 'type="posted"'), encoding="utf-8")
    remote = validate.run([tmp_path / "here"], executor=local_cluster).problems
    local = validate.run([tmp_path / "here"], jobs=1).problems
    assert [(p.file, p.line, p.message) for p in remote] == [(p.file, p.line, p.message) for p in local]
    assert any(p.file.endswith(files[0]) and p.severity == "error" for p in remote)


def test_tei_convert_on_a_local_cluster(local_cluster, tmp_path):
    """`tei convert --dask local`: the seeds, the same files as without it."""
    from tei.cli import main

    runner = CliRunner()
    assert runner.invoke(main, ["convert", str(SEEDS), "--out", str(tmp_path / "a"), "--dask", "local"]).exit_code == 0
    assert runner.invoke(main, ["convert", str(SEEDS), "--out", str(tmp_path / "b")]).exit_code == 0
    files = sorted(p.name for p in (tmp_path / "b").glob("*.xml"))
    assert files and filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", files, shallow=False)[0] == files


def test_without_dask_the_option_is_a_usage_error_that_says_what_to_install(tmp_path, monkeypatch):
    from tei.cli import main

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    result = CliRunner().invoke(main, ["convert", str(SEEDS), "--out", str(tmp_path), "--dask", "local"])
    assert result.exit_code == 2 and "pip install 'tei-telegrams[dask]'" in result.output
    assert not list(tmp_path.glob("*.xml")) and "Traceback" not in result.output
