"""Signing PINs: stored per operator as a salted scrypt hash, never as the PIN itself.

A lab that wants a signature to be more than a typed name sets a PIN for each operator in
Settings; a slide is then signed only with the signer's PIN."""

from __future__ import annotations

import hashlib
import hmac
import os

from app.core.i18n import _

MIN_PIN_LENGTH = 4
_SCHEME = "scrypt"
# About 50 ms and 16 MiB per check: cheap for one signature, costly for guessing.
_N, _R, _P = 2**14, 8, 1


def _digest(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)


def check_new_pin(pin: str) -> None:
    """Raise ValueError when a PIN is too short to set."""
    if len(pin) < MIN_PIN_LENGTH:
        raise ValueError(_("A signing PIN needs at least {n} characters.").format(n=MIN_PIN_LENGTH))


def hash_pin(pin: str) -> str:
    check_new_pin(pin)
    salt = os.urandom(16)
    return f"{_SCHEME}${salt.hex()}${_digest(pin, salt).hex()}"


def pin_matches(stored: str, pin: str) -> bool:
    try:
        scheme, salt, digest = stored.split("$")
        salt_bytes, expected = bytes.fromhex(salt), bytes.fromhex(digest)
    except ValueError:
        return False
    if scheme != _SCHEME:
        return False
    return hmac.compare_digest(_digest(pin, salt_bytes), expected)
