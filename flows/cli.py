"""The `tradefigures` command: each command is one library call and a printout.

The library's own errors become one line and a non-zero exit; anything unexpected
keeps its traceback.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from tradefigures import __version__
from tradefigures.extract.sources.files import DEFAULT_MAX_BYTES, is_url
from tradefigures.extract.sources.model import SourceError
from tradefigures.extract.sources.sources_file import plan
from tradefigures.extract.sources.web import RETRIES, RETRY_DELAY, TIMEOUT
from tradefigures.flows.progress import Reporter, current
from tradefigures.flows.server import DEFAULT_PORT
from tradefigures.warehouse import layout
from tradefigures.warehouse.errors import WarehouseError

app = typer.Typer(
    name="tradefigures",
    help="The figures and dates in the news about the Canada-US trade dispute, as a dataset.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
out = Console()
err = Console(stderr=True)

WAREHOUSE_OPTION = typer.Option(
    None, "--warehouse", "-w", envvar=layout.ENV,
    help="Warehouse folder (default ./warehouse, or $TRADEFIGURES_WAREHOUSE).")


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def sample_corpus() -> str:
    """The sample articles that ship with the package."""
    return str(resources.files("tradefigures.samples"))


class BarReporter(Reporter):
    """A progress bar while articles are read, and one line per thing worth a look."""

    def __init__(self, console: Console):
        self.console = console
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=console, transient=False)
        self.task = None

    def start(self, total: int, label: str) -> None:
        if self.task is None:
            self.progress.start()
        else:
            self.progress.update(self.task, completed=self.progress.tasks[self.task].total)
        self.task = self.progress.add_task(f"Reading {label}", total=total)

    def advance(self, n: int) -> None:
        if self.task is not None:
            self.progress.advance(self.task, n)

    def line(self, text: str) -> None:
        self.progress.console.print(f"[yellow]{text}[/yellow]", highlight=False, soft_wrap=True)

    def finish(self) -> None:
        self.progress.stop()


def _fail(exc: Exception, code: int = 1):
    err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


SOURCES_FILE_OPTION = typer.Option(
    None, "--sources", "-s", help="A sources file (TOML) naming feeds, URLs, folders and files to read.")
RETRIES_OPTION = typer.Option(RETRIES, help="Retries of a web page that failed in a way worth retrying.")
RETRY_DELAY_OPTION = typer.Option(RETRY_DELAY, help="Seconds before the first retry; doubles after each.")
TIMEOUT_OPTION = typer.Option(TIMEOUT, help="Seconds to connect to a web server and for each read.")


class Runner(str, Enum):
    threads = "threads"
    dask = "dask"


def _quiet(verbose: bool) -> None:
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    # The temporary server's telemetry write races its own start-up and prints a
    # "database is locked" traceback; the run is unaffected, the noise is not wanted.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def _planned(sources: Optional[list[str]], sources_file: Optional[Path],
             absolute: bool = False) -> tuple[list[str], Optional[str]]:
    """The SOURCEs (the sample corpus when nothing is given) and the sources file, checked
    before anything runs. Paths stay as given (they are the sources' `source_uri`) unless
    `absolute`: a served flow's runs may start in another folder."""
    if not sources and sources_file is None:
        sources = [sample_corpus()]
    sources = [s if is_url(s) or not absolute else os.path.abspath(s) for s in sources or []]
    path = str(sources_file.resolve()) if sources_file else None
    try:
        plan(sources, path)
    except SourceError as exc:
        _fail(exc, 2)
    return sources, path


@app.command()
def run(
    sources: Optional[list[str]] = typer.Argument(
        None, help="Files, folders, URLs or feeds to read (default: the sample corpus)."),
    warehouse: Optional[Path] = WAREHOUSE_OPTION,
    sources_file: Optional[Path] = SOURCES_FILE_OPTION,
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, help="Skip sources larger than this many bytes."),
    batch: Optional[int] = typer.Option(None, help="Articles per task (default: sized to the run)."),
    retries: int = RETRIES_OPTION,
    retry_delay: float = RETRY_DELAY_OPTION,
    timeout: float = TIMEOUT_OPTION,
    task_runner: Runner = typer.Option(Runner.threads, help="Where tasks run: threads here, or dask."),
    dask_address: Optional[str] = typer.Option(
        None, help="A Dask scheduler, tcp://HOST:PORT (default with dask: a local cluster)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show Prefect's own log."),
):
    """Read articles, extract figures and dates, validate them, and publish a release.

    Example: tradefigures run ../shared/corpus/seeds --warehouse /tmp/w
    """
    sources, path = _planned(sources, sources_file)
    wh = layout.resolve(warehouse)
    _quiet(verbose)
    from tradefigures.flows.pipeline import run_pipeline  # Prefect costs seconds to import
    from tradefigures.flows.runners import RunnerError, task_runner as make_runner

    try:
        flow = run_pipeline if task_runner is Runner.threads and not dask_address else \
            run_pipeline.with_options(task_runner=make_runner(task_runner.value, dask_address))
    except RunnerError as exc:
        _fail(exc, 2)
    reporter = BarReporter(out)
    token = current.set(reporter)
    try:
        result = flow(sources, wh, max_bytes=max_bytes, batch=batch, sources_file=path,
                      retries=retries, retry_delay=retry_delay, timeout=timeout)
    except (SourceError, WarehouseError) as exc:
        _fail(exc)
    finally:
        reporter.finish()
        current.reset(token)
    _print_run(wh, result)


def _print_run(wh: Path, result) -> None:
    from tradefigures.warehouse import query as q

    pub = result.publication
    if pub.changed:
        out.print(f"Published release [bold]{pub.release_id}[/bold] "
                  f"({pub.new_parts} new parts, {pub.shared_parts} shared with {pub.parent or 'none'}).")
    else:
        out.print(f"No change: the sources give the same rows as release [bold]{pub.parent}[/bold]; "
                  "nothing published.")
    counts = q.figures_by_kind(wh)
    table = Table(title="Figures by kind", title_justify="left")
    table.add_column("kind")
    table.add_column("figures", justify="right")
    for kind, n in counts.iter_rows():
        table.add_row(kind, str(n))
    table.add_row("[bold]total[/bold]", f"[bold]{sum(counts['figures'])}[/bold]")
    out.print(table)
    out.print(f"Articles: {pub.counts.get('articles', 0)}   dates: {pub.counts.get('dates', 0)}   "
              f"quarantined rows: {pub.counts.get('quarantine', 0)}   "
              f"sources read: {result.items}, unchanged: {result.unchanged}, skipped: {len(result.skipped)}")
    out.print(f"Warehouse: {wh}")


@app.command()
def serve(
    sources: Optional[list[str]] = typer.Argument(None, help="Files, folders, URLs or feeds to read."),
    warehouse: Optional[Path] = WAREHOUSE_OPTION,
    sources_file: Optional[Path] = SOURCES_FILE_OPTION,
    cron: Optional[str] = typer.Option(None, help='When to run, as cron (e.g. "0 6 * * *": 06:00 daily).'),
    interval: Optional[float] = typer.Option(None, help="Or: run every this many seconds."),
    timezone: Optional[str] = typer.Option(None, help="The cron's time zone, e.g. America/Toronto (default UTC)."),
    port: int = typer.Option(DEFAULT_PORT, help="Port of the local Prefect server started when PREFECT_API_URL is unset."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, help="Skip sources larger than this many bytes."),
    retries: int = RETRIES_OPTION,
    retry_delay: float = RETRY_DELAY_OPTION,
    timeout: float = TIMEOUT_OPTION,
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show Prefect's own log."),
):
    """Run the pipeline on a schedule (Prefect's flow.serve) until Ctrl-C. Uses the Prefect
    server at PREFECT_API_URL, or starts a local one (127.0.0.1, SQLite) and prints its UI.
    A sources file is read again at every run.

    Example: tradefigures serve --sources sources.toml --cron "0 6 * * *" --warehouse /srv/w
    """
    from tradefigures.flows.schedule import ScheduleError, serve as serve_flow
    from tradefigures.flows.server import ServerFailed

    sources, path = _planned(sources, sources_file, absolute=True)
    wh = layout.resolve(warehouse)
    _quiet(verbose)
    params = {"sources": sources, "warehouse": str(wh), "max_bytes": max_bytes, "sources_file": path,
              "retries": retries, "retry_delay": retry_delay, "timeout": timeout}

    def ready(ui: str, api: str) -> None:
        when = f'cron "{cron}" ({timezone or "UTC"})' if cron else f"every {interval:g} s"
        out.print(f"Prefect UI: {ui}   (API {api})")
        out.print(f"Serving tradefigures-run/scheduled, {when}, into {wh}. Ctrl-C stops.")

    try:
        serve_flow(params, cron, interval, timezone, port, ready)
    except (ScheduleError, ServerFailed) as exc:
        _fail(exc, 2)


@app.command()
def query(
    sql: str = typer.Argument(..., help="One read-only SQL statement."),
    warehouse: Optional[Path] = WAREHOUSE_OPTION,
    format: Format = typer.Option(Format.table, "--format", "-f", help="table, csv or json."),
):
    """Answer SQL from the newest release (views: articles, figures, dates, quarantine,
    sources, releases, all_figures, ...). Read-only.

    Example: tradefigures query "select kind, count(*) from figures group by 1"
    """
    from tradefigures.warehouse import query as q

    try:
        df = q.run(layout.resolve(warehouse), sql)
    except WarehouseError as exc:
        _fail(exc)
    if format is Format.csv:
        sys.stdout.write(df.write_csv())
    elif format is Format.json:
        sys.stdout.write(df.write_json() + "\n")
    else:
        table = Table(show_lines=False)
        for col in df.columns:
            table.add_column(col, overflow="fold")
        for row in df.iter_rows():
            table.add_row(*("" if v is None else str(v) for v in row))
        out.print(table)
        out.print(f"{df.height} row{'s' if df.height != 1 else ''}")


@app.callback(invoke_without_command=True)
def _root(version: bool = typer.Option(False, "--version", help="Print the version and exit.")):
    if version:
        out.print(f"tradefigures {__version__}")
        raise typer.Exit()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
