"""What the sources stage passes on: items to read, raw bytes, articles, skips."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime


class SourceError(Exception):
    """A SOURCE cannot be used at all; nothing runs."""


def with_defaults(items: list[SourceItem], defaults: dict[str, str]) -> list[SourceItem]:
    """The items, each given the run's `defaults` for what its source does not say."""
    if not defaults:
        return items
    return [dataclasses.replace(i, defaults=dict(defaults)) if i.kind != "stored" else i for i in items]


class NothingRead(SourceError):
    """No source gave an article to read: the run publishes nothing."""

    def __init__(self, skipped: int, said: bool):
        why = [f"{skipped} source{'s' if skipped > 1 else ''} skipped"] if skipped else []
        if said:
            why.append("see the lines above")
        super().__init__(f"Nothing was read: no source gave an article{' (' + '; '.join(why) + ')' if why else ''}, "
                         "so nothing was published. Give files (.txt, .md, .html), folders of them, "
                         "web pages or feeds")


class SourceNotFound(SourceError):
    """The SOURCE does not exist."""

    def __init__(self, source: str, name: str | None = None):
        named = f' (source "{name}")' if name else ""
        super().__init__(f'Source "{source}"{named} does not exist: give a file, a folder, or an http(s) URL')
        self.source = source


@dataclass(frozen=True, slots=True)
class SourceItem:
    """One thing to read: a file, a web page, a feed entry, or an article already stored.

    `meta` holds what a manifest, front matter or feed says of it (url, title, outlet,
    published), as strings. `origin` is the feed that listed a page (None for what the
    user named itself): its host, not the page's, is the one the user vouched for.
    """

    uri: str
    kind: str = "file"  # file | url | feed | stored
    path: str | None = None
    meta: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    # For "stored" items: the article row as the newest release holds it.
    stored: dict | None = field(default=None, hash=False, compare=False)
    origin: str | None = field(default=None, hash=False, compare=False)
    # What the run says of sources that say nothing themselves (`run --published`,
    # `--title`, `--outlet`): below the manifest, front matter and page metadata.
    defaults: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def described(self) -> dict[str, str]:
        """What decides the article's metadata besides its bytes (part of its fingerprint)."""
        return {**self.meta, "defaults": self.defaults} if self.defaults else self.meta


@dataclass(slots=True)
class RawDocument:
    """The bytes of one item as read, with their hash."""

    item: SourceItem
    data: bytes
    sha256: str
    retrieved_at: datetime
    media_type: str  # text | markdown | html
    final_url: str | None = None
    # What the web server said of the bytes (Content-Type, Content-Language), when it did.
    content_type: str | None = None
    language: str | None = None


def unique(items: list[SourceItem]) -> list[SourceItem]:
    """The items without repeats of a uri, first one kept, order kept."""
    seen: set[str] = set()
    out = []
    for item in items:
        if item.uri not in seen:
            seen.add(item.uri)
            out.append(item)
    return out


@dataclass(slots=True)
class Article:
    """One article as the contract's `articles` table holds it."""

    article_id: str
    source_uri: str
    url: str | None
    title: str | None
    outlet: str | None
    published_date: date | None
    retrieved_at: datetime
    content_sha256: str
    text: str

    def row(self) -> dict:
        return {
            "article_id": self.article_id,
            "source_uri": self.source_uri,
            "url": self.url,
            "title": self.title,
            "outlet": self.outlet,
            "published_date": self.published_date,
            "retrieved_at": self.retrieved_at,
            "content_sha256": self.content_sha256,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Skipped:
    """An item that was not read, and why, in one line a person understands."""

    uri: str
    reason: str

    def __str__(self) -> str:
        return f"skipped {self.uri}: {self.reason}"
