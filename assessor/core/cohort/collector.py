"""The cyclic garbage collector paused while a cohort is worked through.

A cohort's entries hold no reference cycles, yet thousands of kept results make the cyclic
collector walk them again and again as new objects are made: it cost an import as much as
parsing, and the CSV summary and the dashboard of 10,000 results three to four times their
own work. Everything a cohort makes is freed by reference counting alone.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_T = TypeVar("_T")


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off meanwhile, and on again after if it was on before."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def pausing_collector(function: Callable[_P, _T]) -> Callable[_P, _T]:
    """`function`, run with the collector paused (`collector_paused`)."""
    @wraps(function)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        with collector_paused():
            return function(*args, **kwargs)
    return paused
