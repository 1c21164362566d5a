"""Refusing Ed25519 public keys that prove nothing.

A public key of small order (one of the eight points of order 1, 2, 4 or 8, e.g. the
identity, encoded 0x01 followed by 31 zero bytes) "verifies" a forged signature such as
0x01 followed by 63 zero bytes for any message: OpenSSL, and with it `cryptography`, does
not refuse such keys. A key whose encoding is not canonical (y not below p, or "-0") is
refused too, since two encodings of one key would have two fingerprints.

The check decodes the point and multiplies it by the cofactor 8 in plain integer
arithmetic (a few modular inversions, microseconds): a small-order point gives the
identity.
"""

from __future__ import annotations

__all__ = ["weak_public_key"]

_P = 2**255 - 19
_D = (-121665 * pow(121666, -1, _P)) % _P
_SQRT_MINUS_ONE = pow(2, (_P - 1) // 4, _P)

_Point = tuple[int, int]


def _decode(raw: bytes) -> _Point | str:
    """The affine point a 32-byte encoding names, or why it names none canonically."""
    value = int.from_bytes(raw, "little")
    sign, y = value >> 255, value & ((1 << 255) - 1)
    if y >= _P:
        return "its encoding is not canonical"
    y2 = y * y % _P
    x2 = (y2 - 1) * pow(_D * y2 + 1, -1, _P) % _P
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P:
        x = x * _SQRT_MINUS_ONE % _P
    if (x * x - x2) % _P:
        return "it is not a point of the curve"
    if x == 0 and sign:
        return "its encoding is not canonical"
    if x & 1 != sign:
        x = _P - x
    return x, y


def _add(a: _Point, b: _Point) -> _Point:
    (x1, y1), (x2, y2) = a, b
    t = _D * x1 * x2 * y1 * y2 % _P
    x3 = (x1 * y2 + y1 * x2) * pow(1 + t, -1, _P) % _P
    y3 = (y1 * y2 + x1 * x2) * pow(1 - t, -1, _P) % _P
    return x3, y3


def weak_public_key(raw: bytes) -> str | None:
    """Why a raw Ed25519 public key must not be trusted, or None for a sound key."""
    if len(raw) != 32:
        return "it is not 32 bytes long"
    point = _decode(raw)
    if isinstance(point, str):
        return point
    for _ in range(3):  # times 8, the cofactor
        point = _add(point, point)
    if point == (0, 1):
        return "it is a small-order point, which would accept forged signatures"
    return None
