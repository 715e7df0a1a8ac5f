"""Scheduled runs: the pipeline flow served on a cron or interval schedule.

This is Prefect's `flow.serve` (a Runner polling for the deployment's scheduled runs),
with a shutdown that stops the runner and the runs it started. A schedule needs a
Prefect server that outlives each run: with PREFECT_API_URL set, the flow is served to
that server; else to the one `tradefigures server start` left running; without either,
a local `prefect server start` runs for as long as the flow is served (see `server.py`).
"""

from __future__ import annotations

import asyncio
import os
import signal
from contextlib import nullcontext

from tradefigures.flows.server import DEFAULT_PORT, configured, local_server

DEPLOYMENT = "scheduled"


class ScheduleError(Exception):
    """The schedule cannot be used; the message says why and gives an example."""


def schedule(cron: str | None = None, interval: float | None = None, timezone: str | None = None):
    """The Prefect schedule for a cron string or an interval in seconds (exactly one)."""
    if (cron is None) == (interval is None):
        raise ScheduleError('Give exactly one of --cron (e.g. "0 6 * * *") and --interval SECONDS')
    from prefect.client.schemas.schedules import CronSchedule, IntervalSchedule
    from pydantic import ValidationError

    try:
        if cron is not None:
            return CronSchedule(cron=cron, timezone=timezone or "UTC")
        if interval <= 0:
            raise ScheduleError(f"--interval must be a positive number of seconds, not {interval:g}")
        return IntervalSchedule(interval=interval, timezone=timezone or "UTC")
    except ValidationError as exc:
        what = f'cron "{cron}"' if cron is not None else f"interval {interval:g}"
        reason = exc.errors()[0].get("msg", str(exc))
        raise ScheduleError(f'The {what} (timezone "{timezone or "UTC"}") is not valid: {reason}; '
                            'for example --cron "0 6 * * *" runs every day at 06:00') from None


def serve(parameters: dict, cron: str | None = None, interval: float | None = None,
          timezone: str | None = None, port: int = DEFAULT_PORT, ready=print) -> None:
    """Serve the pipeline flow with `parameters` on the schedule until Ctrl-C or SIGTERM.
    `ready(ui_url, api_url)` is called once a server answers."""
    when = schedule(cron, interval, timezone)
    known = configured(in_settings=False)
    with nullcontext(known.api) if known else local_server(port) as api:
        from prefect.deployments.runner import EntrypointType
        from prefect.runner import Runner
        from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

        from tradefigures.flows.pipeline import run_pipeline

        # Prefect read its settings when first imported: this process is told through
        # them, the processes that run each flow through the environment.
        os.environ["PREFECT_API_URL"] = api
        with temporary_settings(updates={PREFECT_API_URL: api}):
            # One run at a time: a run that outlasts the interval delays the next one.
            runner = Runner(name=DEPLOYMENT, pause_on_shutdown=True, limit=1)
            runner.add_flow(run_pipeline, name=DEPLOYMENT, schedules=[when], parameters=parameters,
                            entrypoint_type=EntrypointType.MODULE_PATH)
            ready(get_current_settings().ui_url or api.removesuffix("/api"), api)
            asyncio.run(_until_signalled(runner))


async def _until_signalled(runner) -> None:
    """Run the runner until SIGINT or SIGTERM, then stop it: the run in flight is
    cancelled (a release is published whole or not at all) and the schedule paused."""
    loop = asyncio.get_running_loop()
    started = asyncio.create_task(runner.start())
    # Runner.start installs a SIGTERM handler that exits without stopping the runner,
    # which then waits on its runs; ours replaces it once start has begun.
    await asyncio.sleep(0)
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    stopping = asyncio.create_task(stop.wait())
    await asyncio.wait({started, stopping}, return_when=asyncio.FIRST_COMPLETED)
    if not started.done():
        await runner.astop()
    stopping.cancel()
    await started
