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
from tradefigures.extract.sources.files import DEFAULT_MAX_BYTES, require
from tradefigures.extract.sources.model import SourceError
from tradefigures.flows.progress import Reporter, current
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


@app.command()
def run(
    sources: Optional[list[str]] = typer.Argument(
        None, help="Files, folders, URLs or feeds to read (default: the sample corpus)."),
    warehouse: Optional[Path] = WAREHOUSE_OPTION,
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, help="Skip sources larger than this many bytes."),
    batch: Optional[int] = typer.Option(None, help="Articles per task (default: sized to the run)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show Prefect's own log."),
):
    """Read articles, extract figures and dates, validate them, and publish a release.

    Example: tradefigures run ../shared/corpus/seeds --warehouse /tmp/w
    """
    sources = list(sources or [sample_corpus()])
    wh = layout.resolve(warehouse)
    try:
        require(sources)
    except SourceError as exc:
        _fail(exc, 2)
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    # The temporary server's telemetry write races its own start-up and prints a
    # "database is locked" traceback; the run is unaffected, the noise is not wanted.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from tradefigures.flows.pipeline import run_pipeline  # Prefect costs seconds to import

    reporter = BarReporter(out)
    token = current.set(reporter)
    try:
        result = run_pipeline(sources, wh, max_bytes=max_bytes, batch=batch)
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
        sys.stdout.write(q.to_csv(df))
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

    try:
        result = build(layout.resolve(warehouse), out_dir, release)
    except WarehouseError as exc:
        _fail(exc)
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
    from tradefigures.extract.sources.parse import NotText, decode

    failed = False
    for name in files or ["-"]:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            rows = api.extract(decode(data), published)
        except (OSError, NotText, ValueError) as exc:
            err.print(f"[red]error:[/red] {name}: {getattr(exc, 'strerror', None) or exc}", highlight=False)
            failed = True
            continue
        _print_rows(name, rows, format)
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


@app.callback(invoke_without_command=True)
def _root(version: bool = typer.Option(False, "--version", help="Print the version and exit.")):
    if version:
        out.print(f"tradefigures {__version__}")
        raise typer.Exit()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
