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
