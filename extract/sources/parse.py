"""Raw bytes to an article: decode, take the body out of HTML or Markdown, drop furniture."""

from __future__ import annotations

import codecs
import json
import re
from datetime import date, datetime

from tradefigures.extract import furniture, ids
from tradefigures.extract.sources import language
from tradefigures.extract.sources.manifest import valid_date
from tradefigures.extract.sources.model import Article, RawDocument, Skipped


# Fewer words than this from an HTML page is navigation, not an article body.
MIN_BODY_WORDS = 20


class NotText(ValueError):
    """The bytes are not text this pipeline can read."""


def decode(data: bytes) -> str:
    """Text of the bytes: UTF-8 (with or without a byte-order mark) or UTF-16 with one."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise NotText(f"not valid UTF-16 (bad bytes at offset {exc.start})") from None
    if b"\x00" in data[:8192]:
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
        body, found = _markdown(text, uri, warn)
    else:
        body = text
    for key, value in found.items():
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
        post = frontmatter.loads(text)
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
            if value not in (None, ""):
                meta[key] = str(value)
                break
    return post.content, meta
