"""Who may do what at the bench, and how their PINs and badges are kept.

A PIN is stored as a memory-hard scrypt hash with its salt and parameters, so that a
stolen database does not give the PINs away and the cost can be raised later; a badge as
the SHA-256 of the code it carries. After MAX_FAILURES wrong PINs in a row the user is
locked for LOCKOUT.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta
from enum import StrEnum
from functools import cache

from packstation.domain.messages import QT_TRANSLATE_NOOP, Text

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
_SALT_BYTES = 16
_KEY_BYTES = 32


class Role(StrEnum):
    PACKER = "packer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def supervises(self) -> bool:
        """Overrides, releases and linking barcodes: a supervisor's or an admin's."""
        return self is not Role.PACKER


ROLE_LABELS: dict[Role, Text] = {
    Role.PACKER: QT_TRANSLATE_NOOP("Users", "packer"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Users", "supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Users", "admin"),
}


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2 * 128 * n * r * p, dklen=_KEY_BYTES
    )


def hash_pin(pin: str) -> str:
    """`scrypt$n$r$p$salt$key`, salt and key in hex."""
    salt = secrets.token_bytes(_SALT_BYTES)
    key = _scrypt(pin, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${key.hex()}"


def pin_matches(stored: str, pin: str) -> bool:
    """The PIN is the one `stored` was made from (compared in constant time)."""
    scheme, n, r, p, salt, key = stored.split("$")
    if scheme != "scrypt":
        raise ValueError(f"unknown PIN hash scheme {scheme!r}")
    given = _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p))
    return hmac.compare_digest(given, bytes.fromhex(key))


@cache
def unknown_user_hash() -> str:
    """Checked against when no user has the name given, so that a wrong name takes as long
    as a wrong PIN and does not tell which names exist."""
    return hash_pin(secrets.token_hex(8))


def badge_digest(code: str) -> str:
    """What is stored of a badge: the SHA-256 of the code it carries, in hex."""
    return hashlib.sha256(code.strip().encode("utf-8")).hexdigest()
