"""Hypothesis profiles and case counters for the robustness suite.

`HYPOTHESIS_PROFILE=fuzz` (what `make fuzz` sets) runs the long profile, more than 100,000
generated cases over the suite; any other value, or none, runs the short CI profile. The
profiles are applied per test through `fuzz_settings`, never loaded globally, so the rest
of the test suite keeps its own settings.

Every property test calls `record` once per case it runs; `conftest.py` writes the counts
to the file named by `ASSESSOR_ROBUSTNESS_COUNTS` when the session ends, and
`tools/robustness_report.py` turns them into the table in docs/reliability.md.
"""

from __future__ import annotations

import os
from collections import Counter

from hypothesis import HealthCheck, Phase, settings

CI_PROFILE = "robustness-ci"
FUZZ_PROFILE = "fuzz"
COUNTS_ENV = "ASSESSOR_ROBUSTNESS_COUNTS"
# Examples per property test; with the suite's property tests this is > 100,000 in all.
FUZZ_EXAMPLES = int(os.environ.get("ASSESSOR_FUZZ_EXAMPLES", "12000"))
CI_EXAMPLES = 40

_COMMON = {
    "deadline": None,
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
}
settings.register_profile(CI_PROFILE, max_examples=CI_EXAMPLES, **_COMMON)  # type: ignore[arg-type]
# ASSESSOR_FUZZ_NO_SHRINK=1 reports a failure as found, without minimising it first.
_PHASES = (
    [Phase.explicit, Phase.reuse, Phase.generate]
    if os.environ.get("ASSESSOR_FUZZ_NO_SHRINK")
    else list(Phase)
)
settings.register_profile(
    FUZZ_PROFILE,
    max_examples=FUZZ_EXAMPLES,
    database=None,
    phases=_PHASES,
    **_COMMON,  # type: ignore[arg-type]
)


def active_profile() -> str:
    return FUZZ_PROFILE if os.environ.get("HYPOTHESIS_PROFILE") == FUZZ_PROFILE else CI_PROFILE


def is_fuzz_run() -> bool:
    return active_profile() == FUZZ_PROFILE


def fuzz_settings(share: float = 1.0) -> settings:
    """The active profile, scaled: `share` < 1 for tests whose cases cost much more."""
    base = settings.get_profile(active_profile())
    return settings(base, max_examples=max(10, int(base.max_examples * share)))


def repetitions(ci: int, fuzz: int) -> int:
    """How many times a fault-injection loop runs under the active profile."""
    return fuzz if is_fuzz_run() else ci


# (test name, outcome) → cases; outcomes such as "loaded", "refused", "data lost".
COUNTS: Counter[tuple[str, str]] = Counter()


def record(test: str, outcome: str, cases: int = 1) -> None:
    COUNTS[(test, outcome)] += cases
