"""The last session's final read: its tidies and the editions' faults it left."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("town", ["Washington DC.", "Washington D.C.", "Washington, D. C.", "Washington, DC.", "Washington."])
def test_a_run_in_address_takes_the_towns_district_as_its_town_does(town):
    """The address run in with the text ends at the town's "D.C." as the town is read from it:
    one fragment, so the two cannot part (one took ", DC." where the other did not)."""
    from tei.transforms.structure import _ADDRESS_RUN_IN, _TOWN_DISTRICT

    run = _ADDRESS_RUN_IN.match(f"President Roosevelt {town} Your message of 2nd May reached me today.")
    assert run.group("address") == f"President Roosevelt {town}"
    assert run.group("text").startswith("Your message")
    assert _TOWN_DISTRICT.sub("", run.group("address").rstrip(".")).split() == ["President", "Roosevelt", "Washington"]
