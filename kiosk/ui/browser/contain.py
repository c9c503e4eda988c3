"""An error in the browser ends the page, never the kiosk: its handlers are `contained`.

A page steers what reaches the kiosk's handlers (addresses, titles, texts, popups): a bug that one
of them trips must not reach the process. A contained handler logs the error (its type and where,
never its message, which may carry what the page chose), answers Chromium with a safe default and
calls its owner's `report_failure`, which ends the page after the handler has returned.
"""

from __future__ import annotations

import functools
import logging
import traceback
from collections.abc import Callable
from typing import Concatenate, ParamSpec, Protocol, TypeVar

log = logging.getLogger(__name__)


class Reporter(Protocol):
    """Whatever owns a contained handler: it is told, and ends the page (never synchronously)."""

    def report_failure(self) -> None:
        """An error was contained in one of this object's handlers."""


P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S", bound=Reporter)


def contained(
    default: R,
) -> Callable[[Callable[Concatenate[S, P], R]], Callable[Concatenate[S, P], R]]:
    """Decorate a handler method: an exception is logged, `default` returned, the page ended."""

    def wrap(
        method: Callable[Concatenate[S, P], R],
    ) -> Callable[Concatenate[S, P], R]:
        @functools.wraps(method)
        def run(self: S, *args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return method(self, *args, **kwargs)
            except Exception as error:  # a bug: the page ends, the kiosk goes on
                log.error(
                    "the browser met an error in %s, the page ends: %s\n%s",
                    method.__name__,
                    type(error).__name__,
                    "".join(traceback.format_tb(error.__traceback__)).rstrip(),
                )
                self.report_failure()
                return default

        return run

    return wrap
