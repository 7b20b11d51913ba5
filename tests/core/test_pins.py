"""Signing PINs are kept as salted hashes and checked against them."""

from __future__ import annotations

import pytest

from app.core.pins import hash_pin, pin_matches


def test_a_pin_is_stored_salted_and_only_its_own_pin_matches():
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second and "2468" not in first  # a fresh salt each time
    assert pin_matches(first, "2468") and pin_matches(second, "2468")
    assert not pin_matches(first, "2469")
    assert not pin_matches("garbage", "2468") and not pin_matches("md5$00$00", "2468")


def test_a_short_pin_is_refused():
    with pytest.raises(ValueError, match="at least 4"):
        hash_pin("12")
