"""Raw bytes to an article: decode, take the body out of HTML or Markdown, drop furniture."""

from __future__ import annotations

import codecs
import json
import re
from datetime import date, datetime

from tradefigures.errors import NotText  # bytes this pipeline cannot read as text
from tradefigures.extract import furniture, ids
from tradefigures.extract.sources import language
from tradefigures.extract.sources.manifest import valid_date
from tradefigures.extract.sources.model import Article, RawDocument, Skipped


# Fewer words than this from an HTML page is navigation, not an article body.
MIN_BODY_WORDS = 20
# Front matter is a few lines of metadata: more than this, or more YAML aliases than
# this (the stuff of "billion laughs" bombs), and the file is skipped.
MAX_FRONT_MATTER = 64 * 1024
MAX_ALIASES = 16


class BadFrontMatter(ValueError):
    """Front matter too large or too knotted to read safely."""


def decode(data: bytes) -> str:
    """Text of the bytes: UTF-8 (with or without a byte-order mark) or UTF-16 with one."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise NotText(f"not valid UTF-16 (bad bytes at offset {exc.start})") from None
        if "\x00" in text:
            raise NotText("binary data (NUL characters), not text")
        return text
    # Anywhere in the file, not only near its start: a NUL is never in an article.
    if b"\x00" in data:
        raise NotText("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotText(f"not UTF-8 text (invalid byte at offset {exc.start})") from None


def parse(raw: RawDocument, warn) -> Article | Skipped:
    """The article in `raw`, or why there is none."""
    uri = raw.item.uri
    if not raw.data.strip():
        return Skipped(uri, "empty file")
    try:
        text = decode(raw.data)
    except NotText as exc:
        return Skipped(uri, str(exc))
    meta = dict(raw.item.meta)
    found: dict[str, str] = {}
    if raw.media_type == "html":
        body, found = _html(text)
        if body is None:
            return Skipped(uri, "no article body found in the HTML")
    elif raw.media_type == "markdown":
        try:
            body, found = _markdown(text, uri, warn)
        except BadFrontMatter as exc:
            return Skipped(uri, str(exc))
    else:
        body = text
    for key, value in (*found.items(), *raw.item.defaults.items()):
        meta.setdefault(key, value)
    body = furniture.clean(body)
    if not body.strip():
        return Skipped(uri, "no text left once page furniture is removed")
    declared = raw.language or (language.html_lang(raw.data) if raw.media_type == "html" else None)
    foreign = language.not_english(body, declared)
    if foreign:
        return Skipped(uri, foreign)
    published = None
    if meta.get("published"):
        if valid_date(meta["published"][:10]):
            published = date.fromisoformat(meta["published"][:10])
        else:
            warn(f'{uri}: published "{meta["published"]}" is not a date (YYYY-MM-DD); left empty')
    url = meta.get("url") or raw.final_url or (uri if raw.item.kind == "url" else None)
    return Article(ids.article_id(body), uri, url, meta.get("title"), meta.get("outlet"),
                   published, raw.retrieved_at, raw.sha256, body)


def _html(html: str) -> tuple[str | None, dict[str, str]]:
    import trafilatura  # imported here: it costs a second at start-up, and most runs read text

    out = trafilatura.extract(html, output_format="json", with_metadata=True, favor_precision=True,
                              include_comments=False, include_tables=False)
    if not out:
        return None, {}
    doc = json.loads(out)
    text = doc.get("text") or ""
    # Navigation and cookie banners come out as a few words; an article is sentences.
    if len(text.split()) < MIN_BODY_WORDS:
        return None, {}
    meta = {"title": doc.get("title"), "outlet": doc.get("sitename"),
            "published": doc.get("date"), "url": doc.get("url")}
    return text, {k: v for k, v in meta.items() if v}


_FENCE = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


def _markdown(text: str, uri: str, warn) -> tuple[str, dict[str, str]]:
    import frontmatter

    try:
        post = frontmatter.loads(text, handler=_bounded_yaml() if text.lstrip().startswith("---") else None)
    except BadFrontMatter:
        raise
    except Exception as exc:  # the YAML parser raises many kinds; any of them means "bad front matter"
        warn(f"{uri}: front matter is not valid YAML ({exc.__class__.__name__}); read without it")
        m = _FENCE.match(text)
        return (text[m.end():] if m else text), {}
    meta: dict[str, str] = {}
    keys = {"url": ("url", "link"), "title": ("title",), "outlet": ("outlet", "source", "site"),
            "published": ("published", "date")}
    for key, names in keys.items():
        for name in names:
            value = post.metadata.get(name)
            if isinstance(value, (date, datetime)):
                value = value.isoformat()
            if value in (None, ""):
                continue
            if isinstance(value, (list, dict, set, tuple)):
                warn(f'{uri}: front matter "{name}" is not a single value; left empty')
                break
            meta[key] = str(value)
            break
    return post.content, meta


def _bounded_yaml():
    """python-frontmatter's YAML handler, reading with PyYAML's safe loader (plain data
    only) within MAX_FRONT_MATTER characters and MAX_ALIASES aliases."""
    import yaml
    from frontmatter.default_handlers import YAMLHandler

    class Loader(yaml.SafeLoader):
        aliases = 0

        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                self.aliases += 1
                if self.aliases > MAX_ALIASES:
                    raise BadFrontMatter(f"front matter has more than {MAX_ALIASES} YAML aliases "
                                         "(a YAML bomb?); not read")
            return super().compose_node(parent, index)

    class Handler(YAMLHandler):
        def load(self, fm: str, **kwargs):
            if len(fm) > MAX_FRONT_MATTER:
                raise BadFrontMatter(f"front matter of {len(fm):,} characters, over the "
                                     f"{MAX_FRONT_MATTER:,} it may have; not read")
            return yaml.load(fm, Loader=Loader)

    return Handler()
