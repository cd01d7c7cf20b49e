"""Declarative rules from TOML files, and the bundled site packs."""

from __future__ import annotations

from cleanser.rule import Rule


def site_pack_rules() -> list[Rule]:
    """Rules of every bundled site pack (each applies only to its outlet's documents)."""
    return []
