"""What a non-editable install ships (pre-commit's hook environment, `pip install .`): every
package of src/tei, so that no import fails there that works in the checkout."""

from __future__ import annotations

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib

from conftest import ROOT


def test_every_package_of_the_source_tree_is_listed_in_pyproject():
    # (tei.sources.compilation, tei.transforms.names and .structure and tei.dates were not:
    # an installed tei failed at its first import of them)
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    src = ROOT / "src"
    found = {".".join(init.parent.relative_to(src).parts) for init in (src / "tei").rglob("__init__.py")}
    assert "tei.sources.compilation" in found and "tei" in found
    assert found - listed == set()


def test_every_module_imports_on_python_3_10_where_tomllib_is_tomli(tmp_path):
    """pyproject allows Python 3.10, which has no tomllib (tomli, its source, is installed
    there instead): every module of tei imports with tomllib absent and tomli present."""
    import os
    import subprocess
    import sys

    script = """
import importlib, pkgutil, sys, tomllib
sys.modules["tomli"] = tomllib      # tomli: the same parser, under its own name
sys.modules["tomllib"] = None       # as on Python 3.10: import tomllib fails
for name in [m for m in list(sys.modules) if m == "tei" or m.startswith("tei.")]:
    del sys.modules[name]
import tei
failed = []
for info in pkgutil.walk_packages(tei.__path__, "tei."):
    if info.name.startswith(("tei._xslt", "tei._schema")) or info.name.endswith("__main__"):
        continue
    try:
        importlib.import_module(info.name)
    except ImportError as exc:
        if "tomllib" in str(exc):
            failed.append(f"{info.name}: {exc}")
print("\\n".join(failed))
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "", run.stdout
