"""Progress reports for long waits and page iteration (off unless asked for).

``progress=`` on :meth:`~durable_workflow.AsyncClient.get_result` (and ``handle.result()``) and on
the ``iter_*`` methods accepts:

* ``None`` or ``False`` (the default): no reports;
* a callable: called with a :class:`Progress` each time something new is known (new history
  events while waiting, each page while iterating) and once more with ``done=True`` at the end;
* ``True``: a ``tqdm`` progress bar when tqdm is installed (``pip install tqdm``), else one line
  per report on standard error.

A callback runs on the caller's thread (the event loop for the async client): keep it short.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeAlias

from durable_workflow.errors import ConfigurationError


@dataclass(frozen=True)
class Progress:
    """One progress report.

    ``what`` names the wait or iteration (``"workflow order-42"``, ``"iter_workflows"``),
    ``count`` how many history events (or items) were seen so far, ``latest`` the newest event
    type or page note, ``elapsed`` the seconds since the call started, ``done`` whether this is
    the last report.
    """

    what: str
    count: int
    latest: str | None
    elapsed: float
    done: bool = False


ProgressHook: TypeAlias = Callable[[Progress], None]
ProgressArg: TypeAlias = ProgressHook | bool | None


class _TextProgress:
    def __call__(self, report: Progress) -> None:
        state = "done" if report.done else "…"
        latest = f" latest={report.latest}" if report.latest else ""
        print(
            f"{report.what}: {report.count} seen{latest} ({report.elapsed:.1f}s) {state}",
            file=sys.stderr,
        )


class _TqdmProgress:
    def __init__(self, tqdm: Any) -> None:
        self._tqdm = tqdm
        self._bar: Any = None

    def __call__(self, report: Progress) -> None:
        if self._bar is None:
            self._bar = self._tqdm(desc=report.what, unit="event", total=None, leave=True)
        self._bar.update(report.count - self._bar.n)
        if report.latest:
            self._bar.set_postfix_str(report.latest, refresh=False)
        if report.done:
            self._bar.close()


def progress_hook(progress: ProgressArg) -> ProgressHook | None:
    """The hook ``progress=`` asks for (see the module documentation), or ``None``."""
    if progress is None or progress is False:
        return None
    if progress is True:
        try:
            from tqdm.auto import tqdm
        except ImportError:
            return _TextProgress()
        return _TqdmProgress(tqdm)
    if callable(progress):
        return progress
    raise ConfigurationError(
        f"progress must be None, True or a callable taking a Progress, got {progress!r}"
    )


class PageReporter:
    """The reports of one page iteration: items seen after each page, ``done`` on the last."""

    def __init__(self, what: str, progress: ProgressArg) -> None:
        self.what = what
        self.hook = progress_hook(progress)
        self.count = 0
        self.pages = 0
        self.started = time.monotonic()

    def page(self, items: int, *, last: bool) -> None:
        """Count a page of ``items`` and report it (``last``: no page follows)."""
        self.count += items
        self.pages += 1
        if self.hook is not None:
            self.hook(
                Progress(
                    what=self.what,
                    count=self.count,
                    latest=f"page {self.pages}",
                    elapsed=time.monotonic() - self.started,
                    done=last,
                )
            )
