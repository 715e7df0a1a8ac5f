"""How a signal becomes an exception inside `contained`: never in the middle of the
logging module, where it would leave logging's lock held. Each case runs in its own
process, since a signal that is not wound down ends the process."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent('''
    import logging, os, signal, sys, time
    from tradefigures.flows.interrupt import Interrupted, contained

    # A function the interpreter takes for logging's own code, as an at-fork hook is. It
    # records that it ran to its end before it returns, still inside "logging".
    namespace = {"os": os, "signal": signal, "done": None}
    exec(compile(
        "def inside(sig):\\n"
        "    os.kill(os.getpid(), sig)\\n"
        "    total = 0\\n"
        "    for i in range(200000):\\n"
        "        total += i\\n"
        "    globals()['done'] = total\\n", logging.__file__, "exec"), namespace)
    try:
        with contained(grace=10):
            namespace["inside"](signal.SIG)
            time.sleep(5)
        print("never interrupted", flush=True)
    except Interrupted as exc:
        print("ran to", namespace["done"], "then interrupted by", exc.signum, flush=True)
''')


def _run(sig: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", SCRIPT.replace("signal.SIG)", f"signal.{sig})")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout.splitlines()


def test_a_signal_inside_logging_is_raised_at_the_first_step_outside_it():
    assert _run("SIGTERM") == [f"ran to {sum(range(200000))} then interrupted by 15"]


def test_outside_logging_the_signal_is_raised_where_it_lands():
    script = SCRIPT.replace("logging.__file__", '"elsewhere.py"')
    done = subprocess.run([sys.executable, "-c", script.replace("signal.SIG)", "signal.SIGINT)")],
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines() == ["ran to None then interrupted by 2"], done.stderr


PYDANTIC_SCRIPT = textwrap.dedent('''
    import os, signal, sys, time
    from pydantic import BaseModel, field_serializer
    from tradefigures.flows.interrupt import Interrupted, contained

    class Settings(BaseModel):
        x: int

        @field_serializer("x")
        def dump_x(self, v):
            # the signal lands while pydantic is serializing, as Prefect's settings are
            os.kill(os.getpid(), signal.SIGINT)
            total = 0
            for i in range(200000):
                total += i
            return total

    try:
        with contained(grace=10):
            dumped = Settings(x=1).model_dump()
            time.sleep(5)
        print("never interrupted", flush=True)
    except Interrupted as exc:
        print("dumped, then interrupted by", exc.signum, flush=True)
''')


def test_a_signal_under_pydantic_is_raised_after_it_returns_not_wrapped_in_its_error():
    done = subprocess.run([sys.executable, "-c", PYDANTIC_SCRIPT], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["dumped, then interrupted by 2"], done.stderr
