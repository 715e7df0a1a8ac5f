"""How a running flow tells a person what it is doing.

The flow reports through the reporter in `current`; the command line installs one that
draws a progress bar and prints skipped sources, and anything else (tests, a scheduled
run) gets the default, which writes those lines to the Prefect run's log.
"""

from __future__ import annotations

from contextvars import ContextVar


class Reporter:
    """Silent by default; subclasses show progress somewhere."""

    def start(self, total: int, label: str) -> None:
        """A stage with `total` items begins."""

    def advance(self, n: int) -> None:
        """`n` more items are done."""

    def line(self, text: str) -> None:
        """One line worth a person's attention (a skipped file, a bad manifest row)."""

    def finish(self) -> None:
        """The stage ended."""


class RunLog(Reporter):
    """No progress; lines go to the Prefect run's log, where the UI shows them."""

    def line(self, text: str) -> None:
        from prefect.logging import get_run_logger  # only ever called inside a run

        get_run_logger().warning(text)


current: ContextVar[Reporter] = ContextVar("tradefigures_reporter", default=RunLog())
