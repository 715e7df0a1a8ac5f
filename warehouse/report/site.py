"""Writing the report: one static page and its assets into a folder.

The page holds its data; its script, style and the bundled Vega libraries sit in
`assets/`. Nothing is fetched when it is opened, from a file:// URL or any server.
The same release always gives the same files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import jinja2

from tradefigures import __version__
from tradefigures.warehouse.report import assets, charts, payload
from tradefigures.warehouse.report.data import read
from tradefigures.warehouse.report.errors import TargetTaken

INDEX = "index.html"
ASSETS = "assets"
GENERATOR = f"tradefigures {__version__} report"


@dataclass(frozen=True, slots=True)
class Report:
    """What was written, and from what."""

    index: Path
    release_id: str
    articles: int
    figures: int
    dates: int


def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.PackageLoader("tradefigures.warehouse.report", "templates"),
                              autoescape=True, undefined=jinja2.StrictUndefined,
                              keep_trailing_newline=True)


def render(page: dict, specs: dict[str, dict], bundle: str) -> str:
    """The report's HTML page."""
    timeline = specs["chart-timeline"]["usermeta"]["tradefigures"]
    return _environment().get_template("index.html.j2").render(
        page=page, charts=specs, bundle=bundle, release=page["release"], summary=page["summary"],
        columns=page["columns"], timeline=timeline, generator=GENERATOR)


def is_report(folder: Path) -> bool:
    """True when the folder holds a report this generator wrote."""
    index = folder / INDEX
    if not index.is_file():
        return False
    with open(index, encoding="utf-8", errors="replace") as fh:
        head = fh.read(2000)
    return '<meta name="generator" content="tradefigures ' in head


def _check_target(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise TargetTaken(out, "it is a file")
    if out.is_dir() and any(out.iterdir()) and not is_report(out):
        raise TargetTaken(out, "the folder holds other files and no tradefigures report")


def _write(path: Path, text: str) -> None:
    """Write whole or not at all: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _write_assets(out: Path) -> str:
    """The script, the style and the Vega bundle; a bundle already there under its
    versioned name is kept, older bundles go."""
    folder = out / ASSETS
    for name in assets.STATIC:
        _write(folder / name, assets.static(name))
    bundle = assets.vega_bundle_name()
    target = folder / bundle
    if not (target.is_file() and target.stat().st_size > 0):
        _write(target, assets.vega_bundle())
    for old in folder.glob("vega-*.js"):
        if old.name != bundle:
            old.unlink()
    return bundle


def build(wh: Path, out: Path, release_id: str | None = None) -> Report:
    """Write the report of a release (default: the newest) into the folder `out`."""
    out = Path(out)
    _check_target(out)
    data = read(wh, release_id)
    page = payload.build(data)
    specs = charts.all_charts(data.figures, page)
    bundle = _write_assets(out)
    # The page goes last, so it never points at assets that are not there yet.
    _write(out / INDEX, render(page, specs, bundle))
    return Report(out / INDEX, data.release.id, data.articles.height, data.figures.height, data.dates.height)
