"""Hypothesis settings shared by the slower property tests: a fixed number of draws in CI
(the "fixed" profile of conftest.py), the profile's own number when exploring
(HYPOTHESIS_PROFILE=explore), no deadline (a draw may build a large document)."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import HealthCheck, settings


def fixed_or_explore(fixed_examples: int, suppress: Sequence[HealthCheck] = (HealthCheck.too_slow,)) -> settings:
    """``fixed_examples`` draws per property in CI; the explore profile's count otherwise (at
    least ``fixed_examples``). ``suppress``: the health checks the property does not take."""
    exploring = not settings.default.derandomize
    return settings(
        max_examples=max(settings.default.max_examples, fixed_examples) if exploring else fixed_examples,
        deadline=None,
        suppress_health_check=list(suppress),
    )
