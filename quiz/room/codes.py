"""Room codes people type, and rejoin tokens nobody types."""

from __future__ import annotations

import hmac
import secrets

# No 0/O, 1/I/L: a code is read off a projector and typed on a phone.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
CODE_MAX = 32


def new_room_code(length: int = CODE_LENGTH) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def normal_code(text: str) -> str:
    """Codes are compared without case and surrounding spaces ("abc234 " is "ABC234")."""
    return text.strip().upper()


def same_code(given: str, expected: str) -> bool:
    """Constant-time, so that timing tells a guesser nothing."""
    return hmac.compare_digest(normal_code(given).encode(), normal_code(expected).encode())


def new_token() -> str:
    """A rejoin token: 128 random bits, URL-safe."""
    return secrets.token_urlsafe(16)
