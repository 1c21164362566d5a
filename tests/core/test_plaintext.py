"""The one text rule for names shown to users, and the one address rule for links, tried
with every kind of character (issue 14, security 1, 6, 7)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from assessor.core.packs.signing import SignatureCheck
from assessor.core.plaintext import (
    UNSAFE_CHARACTERS,
    display_line,
    is_web_address,
    unsafe_character,
)

TRICKS = st.sampled_from(["\n", "\r", "\u2028", "\u2029", "\u202e", "\u2066", "\u2069", "\u200b",
                          "\u200d", "\u200e", "\u061c", "\ufeff", "\u00ad", "\x85", "\x00", "\t",
                          "(key 0123456789abcdef)", '"', "signature: "])
HOSTILE_TEXT = st.lists(st.one_of(st.text(max_size=8), TRICKS), max_size=30).map("".join)


@given(HOSTILE_TEXT, st.integers(min_value=1, max_value=120))
def test_display_line_is_always_one_safe_bounded_line(text: str, limit: int) -> None:
    shown = display_line(text, limit)
    assert len(shown) <= limit
    assert UNSAFE_CHARACTERS.search(shown) is None
    assert len(shown.splitlines()) <= 1
    assert all(unicodedata.category(c) not in ("Cc", "Zl", "Zp") for c in shown)
    assert unsafe_character(shown) is None


@given(HOSTILE_TEXT)
def test_a_signature_line_always_starts_with_the_real_key(signer: str) -> None:
    shown = display_line(signer, 100) or "x"
    for verified in (True, False):
        line = SignatureCheck("valid", shown, "feedfacecafebeef", signer_verified=verified).describe()
        assert line.startswith("signed with key feedfacecafebeef")
        assert len(line.splitlines()) == 1


@given(st.text(max_size=40))
def test_only_whole_web_and_mail_addresses_are_links(tail: str) -> None:
    for scheme in ("javascript:", "JavaScript:", "file:", "data:", "vbscript:", "//", " https://"):
        assert not is_web_address(scheme + tail)
    if is_web_address("https://" + tail):
        assert tail and not any(c.isspace() for c in tail)
