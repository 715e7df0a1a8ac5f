"""Files and folders given as SOURCE: what to read, and reading it safely."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime, timezone
from pathlib import Path

from tradefigures.extract.sources.manifest import read_manifest
from tradefigures.extract.sources.model import Article, RawDocument, Skipped, SourceItem, SourceNotFound, unique

MEDIA_TYPES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
               ".html": "html", ".htm": "html"}
# Larger files are skipped, not read: a news article is a few kilobytes.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def require(sources: list[str]) -> None:
    """Raise SourceNotFound for the first SOURCE that is neither a URL nor an existing path."""
    for source in sources:
        if not is_url(source) and not os.path.lexists(source):
            raise SourceNotFound(source)


def discover(sources: list[str], warn, outside_links: bool = False) -> list[SourceItem]:
    """The items behind each SOURCE, in a stable order. Raises SourceNotFound before
    anything is read when a SOURCE does not exist. A link in a folder that leads outside
    it is skipped with a line, unless `outside_links`."""
    items: list[SourceItem] = []
    for source in sources:
        if is_url(source):
            items.append(SourceItem(source, kind="url"))
            continue
        path = Path(source)
        if not os.path.lexists(path):
            raise SourceNotFound(source)
        if path.is_dir():
            items.extend(_folder(path, source, warn, outside_links))
        else:
            meta = read_manifest(path.parent, warn).get(path.stem, {})
            items.append(SourceItem(source, "file", str(path), meta))
    return unique(items)


def _folder(root: Path, given: str, warn, outside_links: bool) -> list[SourceItem]:
    """Supported files under a folder. Symbolic links to folders are not followed, so
    a link loop cannot trap the walk; a link to a file outside the folder is not read
    (it would publish whatever it points at: /etc/hostname as an article)."""
    inside = Path(os.path.realpath(root))
    out: list[SourceItem] = []
    unread: dict[str, list[str]] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        folder = Path(dirpath)
        manifest = read_manifest(folder, warn) if "manifest.csv" in filenames else {}
        stems = {Path(name).stem for name in filenames}
        for doc in sorted(set(manifest) - stems):
            warn(f'manifest "{folder / "manifest.csv"}": row "{doc}" names no file in {folder}; row ignored')
        for name in sorted(filenames):
            if name.startswith(".") or name == "manifest.csv":
                continue
            suffix = Path(name).suffix.lower()
            if suffix not in MEDIA_TYPES:
                unread.setdefault(suffix or "(no extension)", []).append(os.path.relpath(folder / name, root))
                continue
            rel = os.path.relpath(folder / name, root)
            uri = str(Path(given) / rel) if rel != "." else given
            target = Path(os.path.realpath(folder / name))
            if not outside_links and not target.is_relative_to(inside):
                warn(f"skipped {uri}: a link to {target}, outside the folder {given} "
                     "(--allow-outside-links reads it)")
                continue
            out.append(SourceItem(uri, "file", str(folder / name), manifest.get(Path(name).stem, {})))
    for suffix, names in sorted(unread.items()):
        what = f"{len(names)} {suffix} file{'s' if len(names) > 1 else ''}"
        warn(f"skipped {what} in {given} (first {names[0]}): not a kind of file tradefigures reads "
             f"({', '.join(sorted(MEDIA_TYPES))})")
    return out


def read_file(item: SourceItem, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument | Skipped:
    """The bytes of a file item, or why it could not be read."""
    path = Path(item.path or item.uri)
    media = MEDIA_TYPES.get(path.suffix.lower(), "text")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Skipped(item.uri, f"{size:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)")
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        return Skipped(item.uri, "permission denied")
    except IsADirectoryError:
        return Skipped(item.uri, "is a folder, not a file")
    except OSError as exc:
        return Skipped(item.uri, f"cannot be read: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return Skipped(item.uri, f"over the {max_bytes:,}-byte limit (--max-bytes)")
    return RawDocument(item, data, hashlib.sha256(data).hexdigest(),
                       datetime.now(timezone.utc), media)


def read_page(path: str, warn, manifests: dict[Path, dict] | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Article | None:
    """A file read as a run reads it: an HTML page's article, a Markdown file's text and
    front matter, the folder's manifest row (title, date); None for a kind of file a run
    does not read, whose text is then its bytes. NotText when it cannot be read.
    `manifests` keeps each folder's manifest, read (and warned about) once, across calls."""
    from tradefigures.extract.sources.parse import NotText, parse

    if Path(path).suffix.lower() not in MEDIA_TYPES:
        return None
    folder = Path(path).parent
    manifests = {} if manifests is None else manifests
    if folder not in manifests:
        manifests[folder] = read_manifest(folder, warn)
    item = SourceItem(path, "file", path, manifests[folder].get(Path(path).stem, {}))
    raw = read_file(item, max_bytes)
    article = raw if isinstance(raw, Skipped) else parse(raw, warn)
    if isinstance(article, Skipped):
        raise NotText(article.reason)
    return article
