"""Signals that end a command the way Ctrl-C does, and nothing left running after it.

At SIGINT Python raises KeyboardInterrupt, so every `finally` runs: the temporary Prefect
server is stopped, staging is swept, the lock is let go. SIGTERM (a service manager,
`timeout`, `kill`) and SIGHUP (a closed terminal) would end the process at once and
leave the server running; inside `contained` they raise the same exception, saying
which signal it was.

An exception raised into the middle of Prefect's engine can leave it deadlocked on its
own logging locks (seen with a task that crashed while its log worker started). So a
signal also starts a watchdog: if the command has not ended GRACE seconds later, or at
a second signal, it stops this process's children and exits at once, as a kill -9
would; the temporary server dies with it (a parent-death signal, see `server.py`), and a
release is published whole or not at all either way.

Nor is the exception raised inside the logging module: a signal that lands while a fork
runs logging's at-fork hooks (the temporary server starts with a pre-exec hook, so its
fork runs them) would leave logging's module lock held, and every later log call in
another thread would wait on it for ever. Nor under pydantic: a KeyboardInterrupt raised
in a serializer pydantic calls (Prefect's settings and models have them) comes out as a
PydanticSerializationError, an error like any other, and the run would end with 1, not
128 + the signal. There the signal is put off a few milliseconds, to the first bytecode
outside them, by sending it again.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

GRACE = 20.0
# How long a signal may be put off while the main thread is inside logging, in steps.
DEFER_STEP, DEFER_STEPS = 0.005, 400
_LOGGING = os.path.dirname(logging.__file__)
# pydantic's own code: while one of its frames is on the stack, the code running may be a
# serializer it called, which would wrap the exception.
_PYDANTIC = tuple(location + os.sep for name in ("pydantic", "pydantic_core")
                  if (spec := importlib.util.find_spec(name)) is not None
                  for location in spec.submodule_search_locations or ())  # found, not imported
# How many frames up the stack to look for pydantic.
_STACK_REACH = 60


class Interrupted(KeyboardInterrupt):
    """A signal stopped the command; `signum` says which."""

    def __init__(self, signum: int = signal.SIGINT):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def signal_of(exc: KeyboardInterrupt) -> int:
    return getattr(exc, "signum", signal.SIGINT)


class _Watch:
    def __init__(self, keep: set[int], grace: float):
        self.keep, self.grace = keep, grace
        self.signalled: int | None = None
        self.deferred = 0  # signals this process sent itself, not yet received again
        self.tries = 0

    def handle(self, signum, frame):
        again = self.deferred > 0
        if again:
            self.deferred -= 1
        if self.signalled is not None and not again:
            self.hard_exit(signum)
        if (_in_logging(frame) or _under_pydantic(frame)) and (not again or self.tries < DEFER_STEPS):
            self.tries = self.tries + 1 if again else 1
            self.deferred += 1
            threading.Thread(target=self._resend, args=(signum,), daemon=True).start()
            return
        self.signalled = signum
        threading.Thread(target=self._watchdog, name="tradefigures-stop-watchdog", daemon=True).start()
        raise Interrupted(signum)

    @staticmethod
    def _resend(signum: int) -> None:
        time.sleep(DEFER_STEP)
        signal.pthread_kill(threading.main_thread().ident, signum)

    def _watchdog(self) -> None:
        time.sleep(self.grace)
        self.hard_exit(self.signalled)

    def hard_exit(self, signum: int) -> None:
        os.write(2, f"stopped by signal {signum}: the run did not wind down within {self.grace:.0f} s "
                    "and was ended; a release is published whole or not at all\n".encode())
        stop_children(self.keep, grace=1.0)
        os._exit(128 + signum)


@contextmanager
def contained(grace: float = GRACE) -> Iterator[None]:
    """Run the block so that SIGINT, SIGTERM and SIGHUP raise Interrupted, a run that
    does not wind down is ended, and no process the block started outlives it."""
    keep = set(_children()) | _trackers()
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    watch = _Watch(keep, grace)
    signals = [signal.SIGTERM, signal.SIGHUP]
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:  # a caller that ignores it means it
        signals.append(signal.SIGINT)
    before = {sig: signal.signal(sig, watch.handle) for sig in signals}
    try:
        yield
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)
        stop_children(keep | _trackers())


def _in_logging(frame) -> bool:
    return frame is not None and os.path.dirname(frame.f_code.co_filename) == _LOGGING


def _under_pydantic(frame) -> bool:
    for _ in range(_STACK_REACH):
        if frame is None:
            return False
        if frame.f_code.co_filename.startswith(_PYDANTIC):
            return True
        frame = frame.f_back
    return False


def _trackers() -> set[int]:
    """multiprocessing's resource tracker: it goes when this process goes, and stopping
    it early only makes the next pool start another, with a warning."""
    import multiprocessing.resource_tracker as tracker

    pid = getattr(tracker._resource_tracker, "_pid", None)
    return {pid} if pid else set()


def stop_children(keep: set[int] = frozenset(), grace: float = 0.5) -> None:
    """Stop this process's children still running (a process pool's workers busy with
    a task when the run was stopped), except those in `keep`: a moment to exit on their
    own, then SIGTERM, then SIGKILL."""
    children = [pid for pid in _children() if pid not in keep]
    for sig, wait in ((None, 0.5), (signal.SIGTERM, grace), (signal.SIGKILL, grace)):
        if sig is not None:
            for pid in children:
                try:
                    os.kill(pid, sig)
                except ProcessLookupError:
                    pass
        deadline = time.monotonic() + wait
        while children and time.monotonic() < deadline:
            children = [pid for pid in children if not _gone(pid)]
            if children:
                time.sleep(0.02)
        if not children:
            return


def _children() -> list[int]:
    pids: list[int] = []
    try:
        tasks = os.listdir("/proc/self/task")
    except OSError:
        return pids
    for tid in tasks:
        try:
            pids += [int(p) for p in Path(f"/proc/self/task/{tid}/children").read_text().split()]
        except OSError:
            continue
    return pids


def _gone(pid: int) -> bool:
    try:
        return os.waitpid(pid, os.WNOHANG)[0] == pid
    except ChildProcessError:  # not ours to reap: see whether it still exists
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        return False
