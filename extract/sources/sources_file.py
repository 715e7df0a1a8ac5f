"""The sources file: named feeds, pages, folders and files that a scheduled run reads.

```toml
[source.cbc-business]
feed = "https://www.cbc.ca/webfeed/rss/rss-business"

[source.seed-articles]
folder = "corpus/seeds"          # relative to this file
```

Each `[source.NAME]` table holds exactly one of `feed`, `url`, `folder` or `file`. A
`url` may be a page or a feed (the response tells); a `feed` must be one.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from tradefigures.extract.sources.files import is_url
from tradefigures.extract.sources.model import SourceError, SourceItem, SourceNotFound

KINDS = ("feed", "url", "folder", "file")


class SourcesFileError(SourceError):
    """The sources file cannot be used; the message names the file, the line or source,
    and the fix."""


@dataclass(slots=True)
class Plan:
    """What a run reads: local paths, web SOURCEs (pages or feeds), and their names."""

    paths: list[str] = field(default_factory=list)
    web: list[SourceItem] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)


def load(path: str | Path) -> Plan:
    """The sources a sources file names. Raises SourcesFileError on any problem, before
    anything is read."""
    path = Path(path)
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesFileError(f'Sources file "{path}" does not exist: give the path of a '
                               "TOML file with [source.NAME] tables") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesFileError(f'Sources file "{path}" cannot be read ({exc.__class__.__name__})') from None
    except tomllib.TOMLDecodeError as exc:
        raise SourcesFileError(f'Sources file "{path}" is not valid TOML: {exc}') from None
    extra = sorted(set(doc) - {"source"})
    if extra:
        raise SourcesFileError(f'Sources file "{path}": unknown table [{extra[0]}]; '
                               "sources go in [source.NAME] tables")
    sources = doc.get("source")
    if not isinstance(sources, dict) or not sources:
        raise SourcesFileError(f'Sources file "{path}" names no source: add a [source.NAME] table '
                               f"with one of {', '.join(KINDS)}")
    plan = Plan()
    for name, spec in sources.items():
        kind, location = _entry(path, name, spec)
        if kind in ("folder", "file"):
            location = str((path.parent / location).resolve()) if not Path(location).is_absolute() else location
            plan.paths.append(location)
        else:
            plan.web.append(SourceItem(location, "feed" if kind == "feed" else "url"))
        plan.names[location] = name
    return plan


def _entry(path: Path, name: str, spec) -> tuple[str, str]:
    where = f'Sources file "{path}": source "{name}"'
    if not isinstance(spec, dict):
        raise SourcesFileError(f"{where} must be a table ([source.{name}]) with one of {', '.join(KINDS)}")
    unknown = sorted(set(spec) - set(KINDS))
    if unknown:
        raise SourcesFileError(f'{where} has unknown key "{unknown[0]}"; use one of {", ".join(KINDS)}')
    given = [k for k in KINDS if k in spec]
    if len(given) != 1:
        raise SourcesFileError(f"{where} needs exactly one of {', '.join(KINDS)}"
                               + (f" (it has {' and '.join(given)})" if given else ""))
    kind, location = given[0], spec[given[0]]
    if not isinstance(location, str) or not location.strip():
        raise SourcesFileError(f"{where}: {kind} must be a non-empty string")
    if (kind in ("feed", "url")) != is_url(location):
        want = "an http(s) URL" if kind in ("feed", "url") else "a path, not a URL"
        raise SourcesFileError(f'{where}: {kind} "{location}" must be {want}')
    return kind, location.strip()


def plan(sources: list[str] | None = None, sources_file: str | None = None) -> Plan:
    """The SOURCEs given on the command line, then those of the sources file. Raises
    SourceNotFound for a path that does not exist, before anything is read."""
    out = load(sources_file) if sources_file else Plan()
    for source in sources or []:
        if is_url(source):
            out.web.append(SourceItem(source, "url"))
        else:
            out.paths.append(source)
    for location in out.paths:
        if not os.path.lexists(location):
            raise SourceNotFound(location, out.names.get(location))
    return out
