"""The `tradefigures` command: each command is one library call and a printout.

The library's own errors become one line and a non-zero exit; anything unexpected
keeps its traceback.
"""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Optional

import typer
import typer.core
from typer import _click as click  # the Click that Typer carries
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from tradefigures import __version__
from tradefigures.extract.sources.files import DEFAULT_MAX_BYTES, is_url
from tradefigures.extract.sources.model import SourceError
from tradefigures.extract.sources.sources_file import plan
from tradefigures.extract.sources.policy import RETRIES, RETRY_DELAY, TIMEOUT
from tradefigures.flows.progress import Reporter, current
from tradefigures.flows.server import DEFAULT_PORT, START_TIMEOUT
from tradefigures.warehouse import layout
from tradefigures.warehouse.errors import WarehouseError, rebuild_hint
from tradefigures.warehouse.limits import MEMORY_LIMIT, TIME_LIMIT

class _Commands(typer.core.TyperGroup):
    """Where every command's errors end, once: a mistake in the command line (a bad
    option value, a missing argument) or the library's own error is one `error:` line
    and a non-zero exit, 2 for what was asked wrongly, 1 for work that could not be
    done. Anything else keeps its traceback: it is a bug to report."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.exceptions.UsageError as exc:
            where = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx else ""
            _fail(f"{_usage_message(exc)}{where}", 2)
        except (WarehouseError, SourceError) as exc:
            _fail(exc)
        except Exception as exc:
            if isinstance(exc, _asked_wrongly()):
                _fail(exc, 2)
            raise


def _asked_wrongly() -> tuple[type[Exception], ...]:
    """The errors of a server, task runner or schedule that cannot be had as asked
    (imported only once one is raised: a read-only command never needs them)."""
    from tradefigures.flows.runners import RunnerError
    from tradefigures.flows.schedule import ScheduleError
    from tradefigures.flows.server import ServerFailed

    return ServerFailed, RunnerError, ScheduleError


def _usage_message(exc) -> str:
    """What was wrong in the command line, naming the option a bad value was given to."""
    message = exc.format_message()
    if type(exc) is click.exceptions.BadParameter and exc.param is not None:
        names = [n for n in getattr(exc.param, "opts", ()) if n.startswith("-")] or [exc.param.name]
        # Typer checks values with pydantic, whose messages start "Value error, "
        message = f"{max(names, key=len)}: {exc.message.removeprefix('Value error, ')}"
    return message


app = typer.Typer(
    cls=_Commands,
    name="tradefigures",
    help="The figures and dates in the news about the Canada-US trade dispute, as a dataset.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
# Lines are never broken (an error stays one line in a log); tables get room when the
# output goes to a pipe or a file, where rich would otherwise assume 80 columns.
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, soft_wrap=True)

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
    auto = "auto"
    threads = "threads"
    processes = "processes"
    dask = "dask"


def _quiet(verbose: bool) -> None:
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
        # Prefect's console would repeat a failed run's error with its traceback; the
        # command says it in one line. Its UI (the API handler) still gets everything.
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
    # The temporary server's telemetry write races its own start-up and prints a
    # "database is locked" traceback; the run is unaffected, the noise is not wanted.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def _warehouse(option: Optional[Path]) -> Path:
    """The warehouse folder an option names, or one line saying why it cannot be one."""
    try:
        return layout.resolve(option)
    except WarehouseError as exc:  # given wrongly: a usage error, exit 2
        raise click.exceptions.UsageError(str(exc)) from exc


CORRECTIONS_OPTION = typer.Option(
    None, "--corrections", envvar=layout.CORRECTIONS_ENV,
    help="The corrections file of people's decisions on figures and dates (default "
         "<warehouse>/corrections.jsonl, or $TRADEFIGURES_CORRECTIONS).")
OUTSIDE_LINKS_OPTION = typer.Option(
    False, "--allow-outside-links", help="Read links in a folder that lead outside it (skipped by default).")
PRIVATE_ADDRESSES_OPTION = typer.Option(
    False, "--allow-private-addresses",
    help="Fetch loopback, link-local and private addresses that no source names (refused by default: "
         "a page or feed entry could point at this machine's or network's own services).")


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
    except SourceError as exc:  # given wrongly: a usage error, exit 2
        raise click.exceptions.UsageError(str(exc)) from exc
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
    task_runner: Runner = typer.Option(
        Runner.auto, help="Where tasks run: threads here, processes (one per core), or dask; "
                          "auto is processes on a machine with more than one core."),
    dask_address: Optional[str] = typer.Option(
        None, help="A Dask scheduler, tcp://HOST:PORT (default with dask: a local cluster)."),
    allow_outside_links: bool = OUTSIDE_LINKS_OPTION,
    allow_private_addresses: bool = PRIVATE_ADDRESSES_OPTION,
    published: Optional[str] = typer.Option(
        None, help="Publication date (YYYY-MM-DD) of sources that give none (no manifest row, "
                   "front matter or page metadata says one); it resolves their relative dates."),
    title: Optional[str] = typer.Option(None, help="Title of sources that give none."),
    outlet: Optional[str] = typer.Option(None, help="Outlet of sources that give none."),
    corrections: Optional[Path] = CORRECTIONS_OPTION,
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show Prefect's own log."),
):
    """Read articles, extract figures and dates, validate them, apply the corrections
    file's decisions, and publish a release.

    Example: tradefigures run ../shared/corpus/seeds --warehouse /tmp/w
    """
    from tradefigures.flows import server
    from tradefigures.flows.interrupt import contained
    from tradefigures.validate.without_pandas import import_pandera

    import_pandera()  # half a second of pandas and hypothesis that validation does not use
    sources, path = _planned(sources, sources_file)
    wh = _warehouse(warehouse)
    defaults = _defaults(published, title, outlet)
    decided = _corrections(wh, corrections)
    _quiet(verbose)
    with contained():
        try:
            with server.for_run(announce=lambda line: err.print(line, highlight=False)) as used:
                result = _run_flow(sources, wh, path, task_runner, dask_address,
                                   max_bytes=max_bytes, batch=batch, retries=retries,
                                   retry_delay=retry_delay, timeout=timeout,
                                   outside_links=allow_outside_links,
                                   private_addresses=allow_private_addresses, defaults=defaults,
                                   corrections_file=decided)
        except KeyboardInterrupt as exc:
            _stopped(exc)
    _print_run(wh, result, used)


def _corrections(wh: Path, given: Optional[Path]) -> str:
    """The corrections file a run applies, checked before anything starts: a line that no
    release could apply is one line now, not after every article is read."""
    from tradefigures.warehouse import corrections

    path = layout.corrections_path(wh, given)
    corrections.read_checked(path)
    return str(path)


def _defaults(published: Optional[str], title: Optional[str], outlet: Optional[str]) -> dict[str, str]:
    """What `run` says of sources that say nothing themselves; a bad date is one line."""
    from tradefigures.extract.sources.manifest import valid_date

    if published is not None and not valid_date(published):
        _fail(f'--published "{published}" is not a date: give YYYY-MM-DD, for example 2025-10-08', 2)
    given = {"published": published, "title": title, "outlet": outlet}
    return {k: v for k, v in given.items() if v}


def _run_flow(sources, wh: Path, path, runner: "Runner", dask_address, **options):
    """The pipeline flow, against the server PREFECT_API_URL names by now."""
    from tradefigures.flows.pipeline import run_pipeline  # Prefect costs seconds to import
    from tradefigures.flows.runners import task_runner as make_runner

    flow = run_pipeline.with_options(task_runner=make_runner(runner.value, dask_address))
    reporter = BarReporter(out)
    token = current.set(reporter)
    try:
        result = flow(sources, wh, sources_file=path, **options)
    finally:
        reporter.finish()
        current.reset(token)
    return result


def _stopped(exc: KeyboardInterrupt):
    """Ctrl-C or a signal: one line, and the shell's exit code for that signal."""
    from tradefigures.flows.interrupt import signal_of

    signum = signal_of(exc)
    name = "Ctrl-C" if signum == 2 else f"signal {signum}"
    err.print(f"[red]stopped[/red] by {name}: this run published nothing it had not finished "
              "publishing, and left no process running", highlight=False)
    raise typer.Exit(128 + signum)


def _print_run(wh: Path, result, used=None) -> None:
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
    out.print(f"Tariff measures: {pub.counts.get('tariff_measures', 0)}   facts: {pub.counts.get('facts', 0)}   "
              f"conflicts: {pub.counts.get('conflicts', 0)}")
    out.print(str(pub.review), highlight=False)
    out.print(f"Warehouse: {wh}")
    if used is not None:
        out.print(f"Prefect: {used.describe()}", highlight=False)


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
    allow_outside_links: bool = OUTSIDE_LINKS_OPTION,
    allow_private_addresses: bool = PRIVATE_ADDRESSES_OPTION,
    corrections: Optional[Path] = CORRECTIONS_OPTION,
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show Prefect's own log."),
):
    """Run the pipeline on a schedule (Prefect's flow.serve) until Ctrl-C. Uses the Prefect
    server at PREFECT_API_URL, or starts a local one (127.0.0.1, SQLite) and prints its UI.
    A sources file is read again at every run.

    Example: tradefigures serve --sources sources.toml --cron "0 6 * * *" --warehouse /srv/w
    """
    from tradefigures.flows.schedule import serve as serve_flow

    sources, path = _planned(sources, sources_file, absolute=True)
    wh = _warehouse(warehouse)
    decided = _corrections(wh, corrections)
    _quiet(verbose)
    params = {"sources": sources, "warehouse": str(wh), "max_bytes": max_bytes, "sources_file": path,
              "retries": retries, "retry_delay": retry_delay, "timeout": timeout,
              "outside_links": allow_outside_links, "private_addresses": allow_private_addresses,
              "announce": True, "corrections_file": decided}

    def ready(ui: str, api: str) -> None:
        when = f'cron "{cron}" ({timezone or "UTC"})' if cron else f"every {interval:g} s"
        out.print(f"Prefect UI: {ui}   (API {api})")
        out.print(f"Serving tradefigures-run/scheduled, {when}, into {wh}. Ctrl-C stops.")

    serve_flow(params, cron, interval, timezone, port, ready)


server_app = typer.Typer(
    help="The local Prefect server: start one that runs and schedules reuse, stop it, or ask "
         "after it. Without one (and without PREFECT_API_URL) each run starts a temporary server.",
    no_args_is_help=True, rich_markup_mode=None)
app.add_typer(server_app, name="server")


@server_app.command("start")
def server_start(
    port: int = typer.Option(DEFAULT_PORT, help="Port on 127.0.0.1."),
    timeout: float = typer.Option(START_TIMEOUT, help="Seconds to wait for the server to answer."),
):
    """Start a local Prefect server (127.0.0.1, SQLite under PREFECT_HOME) that keeps
    running after this command; runs and `serve` use it until `server stop`.

    Example: tradefigures server start && tradefigures run
    """
    from tradefigures.flows import server

    started = server.start(port, timeout)
    out.print(f"Started {started.describe()}; UI {started.api.removesuffix('/api')}. "
              "`tradefigures server stop` stops it.", highlight=False)


@server_app.command("stop")
def server_stop():
    """Stop the local Prefect server and every process it started."""
    from tradefigures.flows import server

    record = server.stop()
    if record is None:
        out.print("No local Prefect server is running.")
    else:
        out.print(f"Stopped the local Prefect server (pid {record['pid']}, {record['api']}).", highlight=False)


@server_app.command("status")
def server_status():
    """Say which Prefect server a run would use now; exit 1 if the local one does not answer."""
    from tradefigures.flows import server

    record = server.status()
    api = os.environ.get("PREFECT_API_URL")
    if api:
        out.print(f"PREFECT_API_URL is set: runs use {api}.", highlight=False)
    if record is None:
        if not api:
            out.print("No local Prefect server is running: each run starts a temporary one "
                      "(`tradefigures server start` keeps one running).")
        return
    state = "answers" if record["healthy"] else "does not answer"
    out.print(f"Local Prefect server: pid {record['pid']}, {record['api']}, started {record['started']}, "
              f"{state}; log {record['log']}.", highlight=False)
    if not record["healthy"]:
        raise typer.Exit(1)


@app.command()
def query(
    sql: str = typer.Argument(..., help="One read-only SQL statement."),
    warehouse: Optional[Path] = WAREHOUSE_OPTION,
    format: Format = typer.Option(Format.table, "--format", "-f", help="table, csv or json."),
    time_limit: float = typer.Option(TIME_LIMIT, help="Seconds a query may run before it is stopped."),
    memory_limit: str = typer.Option(MEMORY_LIMIT, help="Memory a query and its answer may take, e.g. 2GB or 500MB."),
    raw_csv: bool = typer.Option(
        False, "--raw-csv", help="CSV cells as they are, for machine use: by default a cell that begins "
                                 "with =, +, -, @, a tab or a return gets a leading ' so that a "
                                 "spreadsheet does not run it as a formula."),
):
    """Answer SQL from the newest release (views: articles, figures, dates, quarantine,
    sources, tariff_measures, facts, conflicts, corrections, releases, and all_<table>
    of each table over every release). Read-only: one SELECT (or EXPLAIN of one), stopped past its
    time or memory limit.

    Example: tradefigures query "select kind, count(*) from figures group by 1"
    """
    # plain rows straight from DuckDB: polars and pyarrow would cost more than the query
    from tradefigures.warehouse import reading

    columns, rows = reading.rows(layout.resolve(warehouse), sql, time_limit, memory_limit)
    _print_rows_as(columns, rows, format, escape=not raw_csv)
    if format is Format.table:
        out.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}")


@app.command()
def report(
    release: Optional[str] = typer.Argument(None, help="The release id (default: the newest release)."),
    out_dir: Path = typer.Option(Path("report"), "--out", "-o", help="Folder to write the site into."),
    warehouse: Optional[Path] = WAREHOUSE_OPTION,
):
    """Write a static HTML report of a release: a summary, charts of tariff rates,
    directions and dates, and every figure highlighted in its sentence. It opens from
    the file system, with no server and no network.

    Example: tradefigures report --out /tmp/report
    """
    from tradefigures.warehouse.report import build  # Altair and vl-convert cost a second to import

    result = build(layout.resolve(warehouse), out_dir, release)
    out.print(f"Wrote the report of release [bold]{result.release_id}[/bold] ({result.figures} figures, "
              f"{result.dates} dates, {result.articles} articles): {result.index.resolve().as_uri()}",
              highlight=False, soft_wrap=True)


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


@app.command("extract")
def extract_command(
    files: Optional[list[str]] = typer.Argument(
        None, help="Text files to read; '-' or nothing reads standard input."),
    published: Optional[str] = typer.Option(
        None, help="Publication date (YYYY-MM-DD), to resolve relative dates."),
    format: ExtractFormat = typer.Option(ExtractFormat.jsonl, "--format", "-f", help="jsonl or table."),
):
    """Print the figure and date rows of a text, without writing a release.

    Runs the pipeline's own extractor and validation; offsets point into the text as
    read. No Prefect, no warehouse: it answers at once and sits in a shell pipeline.

    Example: echo "Ottawa keeps its 25% counter-tariff on U.S. steel." | tradefigures extract -
    """
    from tradefigures import api
    from tradefigures.extract.sources.files import read_page
    from tradefigures.extract.sources.parse import NotText, decode
    from tradefigures.validate.without_pandas import import_pandera

    import_pandera()
    failed = False
    names: list[str] = []
    # One value per text, appended before the text is handed on: extract_each reads
    # text i's date and title once it has text i.
    dates: list = []
    titles: list = []
    manifests: dict = {}  # each folder's manifest, read once

    def texts():
        nonlocal failed
        for name in files or ["-"]:
            try:
                day = api.as_date(published)
                page = None if name == "-" else read_page(name, lambda line: err.print(line, highlight=False), manifests)
                if page is None:  # standard input, or a kind of file a run skips: its bytes
                    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
                    text, title = decode(data), None
                else:  # read as `run` reads it: a page's article, front matter, the manifest
                    text, title, day = page.text, page.title, day or page.published_date
            except (OSError, NotText, ValueError) as exc:
                err.print(f"[red]error:[/red] {name}: {getattr(exc, 'strerror', None) or exc}", highlight=False)
                failed = True
                continue
            names.append(name)
            dates.append(day)
            titles.append(title)
            yield text

    # many articles validated per call (api.extract_each): one at a time, pandera's
    # fixed cost per call was most of the command's time
    for i, rows in enumerate(api.extract_each(texts(), dates, titles)):
        _print_rows(names[i], rows, format)
    if failed:
        raise typer.Exit(1)


def _print_rows(name: str, rows, format: "ExtractFormat") -> None:
    from tradefigures.api import rows_as_jsonl

    if format is ExtractFormat.jsonl:
        sys.stdout.write(rows_as_jsonl(rows, name))
        return
    for title, df, columns in (
        ("Figures", rows.figures, ("mention", "kind", "value", "unit", "qualifier", "period", "sectors",
                                   "status", "imposed_by", "applied_to", "source_org")),
        ("Dates", rows.dates, ("mention", "value", "granularity", "role")),
    ):
        table = Table(title=f"{title} in {name}", title_justify="left")
        for col in columns:
            table.add_column(col, overflow="fold")
        for row in df.select(columns).iter_rows():
            table.add_row(*("" if v is None else ", ".join(v) if isinstance(v, list) else str(v) for v in row))
        out.print(table)


def _print_frame(df, format: Format, escape: bool = True) -> None:
    """A DataFrame as a table, CSV (formulas escaped unless `escape` is false) or JSON."""
    _print_rows_as(df.columns, df.rows(), format, escape)


def _print_rows_as(columns: list[str], rows, format: Format, escape: bool = True) -> None:
    """An answer's rows as a table, CSV or JSON."""
    from tradefigures.warehouse import formats

    if format is Format.csv:
        sys.stdout.write(formats.csv_text(columns, rows, escape))
        return
    if format is Format.json:
        sys.stdout.write(formats.json_text(columns, rows) + "\n")
        return
    table = Table(show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    out.print(table)


@app.command("releases")
def list_releases(
    warehouse: Optional[Path] = WAREHOUSE_OPTION,
    format: Format = typer.Option(Format.table, "--format", "-f", help="table, csv or json."),
):
    """List the releases, oldest first: parent, rows per table, size and what each
    added (parts not shared with its parent), code versions.

    Example: tradefigures releases --warehouse /tmp/w
    """
    from tradefigures.warehouse import history

    df = history.table(layout.resolve(warehouse))
    if format is Format.table:
        df = df.select("release_id", "parent", "articles", "figures", "dates", "quarantine", "new_bytes")
    _print_frame(df, format)
    if format is Format.table:
        out.print(f"{df.height} release{'s' if df.height != 1 else ''}")


class DiffTable(str, Enum):
    figures = "figures"
    dates = "dates"


@app.command()
def diff(
    old: str = typer.Argument(..., help="The earlier release: an id, a unique prefix of one, latest, previous or latest~N."),
    new: str = typer.Argument(..., help="The later release: an id, a unique prefix of one, latest, previous or latest~N."),
    table: DiffTable = typer.Option(DiffTable.figures, "--table", "-t", help="figures or dates."),
    warehouse: Optional[Path] = WAREHOUSE_OPTION,
    format: Format = typer.Option(Format.table, "--format", "-f", help="table, csv or json."),
    limit: int = typer.Option(50, help="Rows to show in a table (csv and json show all)."),
):
    """Show the figures (or dates) added, removed and changed between two releases, by
    stable id. Rows that differ only in the extractor version are counted apart, and so
    are rows a revised article kept but moved (new id and offsets).

    Example: tradefigures diff previous latest --format json
    """
    from tradefigures.warehouse import diff as differ

    d = differ.between(layout.resolve(warehouse), old, new, table.value)
    if format is Format.json:
        sys.stdout.write(json.dumps(d.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    if format is Format.csv:
        _print_frame(d.rows.with_columns(fields=d.rows["fields"].list.join(",")), format)
        return
    n = d.counts()
    out.print(f"{table.value} from [bold]{d.old}[/bold] to [bold]{d.new}[/bold]: {n['added']} added, "
              f"{n['removed']} removed, {n['changed']} changed; {n['extractor_only']} differ only in "
              f"their extractor version, {n['moved']} moved within revised articles.", soft_wrap=True)
    for a in d.articles.iter_rows(named=True):
        out.print(f"  article {a['status']}: {a['source_uri']}", highlight=False, soft_wrap=True)
    shown = d.rows.filter(~d.rows["status"].is_in(["extractor_only", "moved"]))
    if shown.height:
        key = d.rows.columns[1]
        grid = Table(show_lines=False)
        for col in ("status", key, "source_uri", "mention", "detail"):
            grid.add_column(col, overflow="fold")
        for row in shown.head(limit).iter_rows(named=True):
            grid.add_row(row["status"], row[key], row["source_uri"] or "", row["mention"], _diff_detail(row))
        out.print(grid)
    if shown.height > limit:
        out.print(f"... and {shown.height - limit} more: --format json lists every row")
    _print_diff_corrections(d, limit)


def _print_diff_corrections(d, limit: int) -> None:
    """The decisions one release holds and the other does not, or whose outcome changed."""
    n = d.correction_counts()
    if not d.corrections.height:
        return
    out.print(f"corrections of {d.table} from [bold]{d.old}[/bold] to [bold]{d.new}[/bold]: {n['added']} added, "
              f"{n['removed']} removed, {n['changed']} with another outcome.", soft_wrap=True)
    grid = Table(show_lines=False)
    for col in ("status", "decision", "id", "mention", "detail", "reviewer", "why"):
        grid.add_column(col, overflow="fold")
    for row in d.corrections.head(limit).iter_rows(named=True):
        values = json.loads(row["set_values"])
        detail = "; ".join(f"{k} = {_value(v)}" for k, v in values.items())
        outcome = (f"{row['old_outcome']} -> {row['new_outcome']}" if row["status"] == "changed"
                   else row["new_outcome"] or row["old_outcome"])
        detail = f"{detail} ({outcome})" if detail else outcome
        grid.add_row(row["status"], row["decision"], row["id"], row["mention"] or "", detail, row["reviewer"],
                     row["why"])
    out.print(grid)
    if d.corrections.height > limit:
        out.print(f"... and {d.corrections.height - limit} more: --format json lists every decision")


def _diff_detail(row: dict) -> str:
    """What changed in a row, or what was added or removed, in a few words."""
    before = json.loads(row["before"]) if row["before"] else {}
    after = json.loads(row["after"]) if row["after"] else {}
    if row["status"] == "changed":
        return "; ".join(f"{f}: {before.get(f)} -> {after.get(f)}" for f in row["fields"])
    whole = after or before
    return " ".join(str(whole[k]) for k in ("kind", "value", "unit", "granularity") if whole.get(k) is not None)


@app.command()
def verify(
    release: Optional[str] = typer.Argument(
        None, help="A release id, a unique prefix of one, latest, or the path of an exported "
                   "release folder (default: every release)."),
    warehouse: Optional[Path] = WAREHOUSE_OPTION,
):
    """Re-hash every file of a release against its datapackage.json; exit 1 naming each
    file that is changed, missing or not in the manifest, a release whose parent is gone,
    anything in releases/ that is not a release, and a catalog that is not the one a
    rebuild would write (all of these when no release is given).

    Example: tradefigures verify latest
    """
    from tradefigures.warehouse import verify as verifier

    wh = layout.resolve(warehouse)
    checked = verifier.check(wh, release)
    around = verifier.catalog_problems(wh) if release is None else []
    if not checked:
        out.print("No releases to verify.")
    failed = bool(around)
    for v in checked:
        if v.ok:
            out.print(f"Release {v.release_id}: {v.files} files, {v.bytes} bytes, all as in its manifest.",
                      soft_wrap=True)
        for problem in v.problems:
            where = "" if problem.kind == "not a release" else f"release {v.release_id}: "
            err.print(f"[red]error:[/red] {where}{problem}", highlight=False, soft_wrap=True)
            failed = True
    for problem in around:
        err.print(f"[red]error:[/red] {problem}", highlight=False, soft_wrap=True)
    if failed:
        raise typer.Exit(1)


@app.command()
def export(
    release: str = typer.Argument(..., help="The release: an id, a unique prefix of one, latest, previous or latest~N."),
    dest: Path = typer.Argument(..., help="A new or empty folder outside the warehouse."),
    warehouse: Optional[Path] = WAREHOUSE_OPTION,
):
    """Copy one release into a self-contained folder to hand on: its Parquet files, its
    datapackage.json, a README with the data dictionary, and SHA256SUMS.

    Example: tradefigures export latest ./tradefigures-release
    """
    from tradefigures.warehouse import export as exporter

    done = exporter.release(layout.resolve(warehouse), release, dest)
    out.print(f"Exported release [bold]{done.release_id}[/bold] to {done.path} "
              f"({done.files} files, {done.bytes} bytes, verified).", soft_wrap=True)


@app.command()
def catalog(
    rebuild: bool = typer.Option(False, "--rebuild", help="Write catalog.duckdb anew from the release folders."),
    warehouse: Optional[Path] = WAREHOUSE_OPTION,
):
    """Say whether catalog.duckdb shows every release folder (exit 1 if not); with
    --rebuild, write it anew from the release folders alone, as a moved or copied
    warehouse needs.

    Example: tradefigures catalog --rebuild --warehouse /tmp/w
    """
    from tradefigures.warehouse import catalog as cat

    wh = _warehouse(warehouse)
    if rebuild:
        cat.refresh(wh)
    status = cat.status(wh)
    if not status.current:
        _fail(f"catalog.duckdb does not match the release folders: {status.problem}; "
              f"run {rebuild_hint(wh)}")
    newest = status.on_disk[-1] if status.on_disk else "none"
    out.print(f"{'Rebuilt' if rebuild else 'Catalog'} {status.path}: {len(status.on_disk)} releases, "
              f"newest {newest}, matches the release folders.", soft_wrap=True)


review_app = typer.Typer(
    help="Review figures and dates: record a person's decisions (confirm, set, reject) in the "
         "corrections file, which every release applies to its rows, and read them back.",
    no_args_is_help=True, rich_markup_mode=None)
app.add_typer(review_app, name="review")
BY_OPTION = typer.Option(..., "--by", help="Who decides (a name the corrections table shows).")
WHY_OPTION = typer.Option(..., "--why", help="Why, in a sentence a reader of the corrections table understands.")


@review_app.command("confirm")
def review_confirm(
    ids: list[str] = typer.Argument(..., help="figure_ids (or date_ids) that are right as extracted."),
    by: str = BY_OPTION,
    why: str = WHY_OPTION,
    warehouse: Optional[Path] = WAREHOUSE_OPTION,
    corrections: Optional[Path] = CORRECTIONS_OPTION,
):
    """Record that figures (or dates) are right as extracted: the next release marks them reviewed.

    Example: tradefigures review confirm 41116a1a1ad65b8b --by "A. Tremblay" --why "Checked against the article"
    """
    for row_id in ids:
        _record(warehouse, corrections, row_id, "confirm", by, why)


@review_app.command("set")
def review_set(
    row_id: str = typer.Argument(..., help="The figure_id (or date_id)."),
    assignments: list[str] = typer.Argument(
        ..., help="FIELD=VALUE ...: status=in_effect, value=2.5e9, sectors=steel,aluminum, currency= (null)."),
    by: str = BY_OPTION,
    why: str = WHY_OPTION,
    warehouse: Optional[Path] = WAREHOUSE_OPTION,
    corrections: Optional[Path] = CORRECTIONS_OPTION,
):
    """Record the right values of some fields of a figure (or a date); the next release
    publishes them, checked by the same rules as every extracted row.

    Example: tradefigures review set 41116a1a1ad65b8b status=in_effect --by "A. Tremblay" --why "In force since March 4"
    """
    _record(warehouse, corrections, row_id, "set", by, why, assignments)


@review_app.command("reject")
def review_reject(
    ids: list[str] = typer.Argument(..., help="figure_ids (or date_ids) that are no figure (or date) at all."),
    by: str = BY_OPTION,
    why: str = WHY_OPTION,
    warehouse: Optional[Path] = WAREHOUSE_OPTION,
    corrections: Optional[Path] = CORRECTIONS_OPTION,
):
    """Record that figures (or dates) are none at all: the next release leaves them out
    of their table and lists them in corrections.

    Example: tradefigures review reject 2d284141503b5703 --by "A. Tremblay" --why "A page number, not a figure"
    """
    for row_id in ids:
        _record(warehouse, corrections, row_id, "reject", by, why)


def _record(warehouse, corrections, row_id: str, decision: str, by: str, why: str, assignments=None) -> None:
    """One decision recorded, and what the next release will make of it."""
    from tradefigures.validate.without_pandas import import_pandera
    from tradefigures.warehouse import decisions

    import_pandera()
    wh = _warehouse(warehouse)
    done = decisions.record(wh, layout.corrections_path(wh, corrections), row_id, decision, by, why, assignments)
    d, outcome = done.decision, done.outcome
    out.print(f"Recorded in {done.path}: {d.describe()}, by {d.reviewer}.", highlight=False, soft_wrap=True)
    for name, before, after in done.changes():
        out.print(f"  {name}: {_value(before)} -> {_value(after)}", highlight=False, soft_wrap=True)
    if outcome.after is None:
        will = f"leaves it out of {d.table} (listed in corrections)"
    elif outcome.outcome == "redundant":
        will = "marks it reviewed: the extractor already gives these values"
    elif done.changes():
        will = "publishes it so, reviewed"
    else:
        will = "marks it reviewed, as extracted"
    out.print(f"The next run over release {done.release_id} {will}.", highlight=False, soft_wrap=True)


def _value(value) -> str:
    if value is None:
        return "null"
    return ", ".join(value) if isinstance(value, list) else str(value)


@review_app.command("list")
def review_list(
    warehouse: Optional[Path] = WAREHOUSE_OPTION,
    corrections: Optional[Path] = CORRECTIONS_OPTION,
    format: Format = typer.Option(Format.table, "--format", "-f", help="table, csv or json."),
):
    """List the decisions of the corrections file, in its order, with what the newest
    release made of each (applied, redundant, orphaned, invalid) or pending.

    Example: tradefigures review list --format csv
    """
    from tradefigures.warehouse import reviews

    wh = _warehouse(warehouse)
    df = reviews.listing(wh, layout.corrections_path(wh, corrections))
    if format is Format.table:
        df = df.select("seq", "decision", "id", "mention", "set_values", "reviewer", "why", "outcome")
    _print_frame(df, format)
    if format is Format.table:
        out.print(f"{df.height} decision{'s' if df.height != 1 else ''}")


@review_app.command("agreement")
def review_agreement(
    warehouse: Optional[Path] = WAREHOUSE_OPTION,
    corrections: Optional[Path] = CORRECTIONS_OPTION,
    format: Format = typer.Option(Format.table, "--format", "-f", help="table (as make eval prints) or json."),
):
    """Per field, how often the extractor's value was the one reviewers confirmed or set,
    over every review the newest release holds: the dataset's own measure of its accuracy.

    Example: tradefigures review agreement --warehouse /tmp/w
    """
    from tradefigures.warehouse import reviews

    wh = _warehouse(warehouse)
    found = reviews.agreement(wh, layout.corrections_path(wh, corrections))
    if format is Format.json:
        sys.stdout.write(json.dumps(found.to_dict(), indent=2) + "\n")
        return
    out.print(f"review agreement of release {found.release_id}", highlight=False)
    for line in found.lines():
        out.print(line, highlight=False, soft_wrap=True)
    if found.pending:
        out.print(f"{found.pending} decision{'s are' if found.pending != 1 else ' is'} not in it yet: "
                  "the next run publishes and counts them", highlight=False)


@app.callback(invoke_without_command=True)
def _root(version: bool = typer.Option(False, "--version", help="Print the version and exit.")):
    if version:
        out.print(f"tradefigures {__version__}")
        raise typer.Exit()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
