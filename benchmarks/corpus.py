"""A deterministic synthetic news corpus of any size, written to disk as it is made.

`generate(out, n, seed)` writes `n` articles of 2 to 8 KB as `.txt`, `.md` (YAML front
matter) and `.html` files, in folders of 1,000 with a `manifest.csv` each (the
contract's columns: doc, url, title, outlet, published). Article `i` depends only on
`(seed, i)`, so the same seed and size give a byte-identical corpus and a smaller corpus
is the start of a larger one. Nothing but the current article is held in memory.

    python -m benchmarks.corpus /tmp/corpus --n 1000 --seed 0
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import json
import random
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from benchmarks import sentences, vocabulary as v
from benchmarks.sentences import Pen

MIN_BYTES, MAX_BYTES = 2048, 8192
SHARD_SIZE = 1000
FORMATS = (("txt", 50), ("md", 25), ("html", 25))
MANIFEST_COLUMNS = ("doc", "url", "title", "outlet", "published")
FIRST_DAY, DAYS = date(2025, 1, 6), 600
# Hidden, like every dot file a run passes over: a visible file of a kind it does not
# read would be named in a line on every run.
STAMP = ".corpus.json"


@dataclass(frozen=True, slots=True)
class Generated:
    """One article as written: where, in which format, its bytes and its manifest row."""

    relpath: str
    fmt: str
    data: bytes
    manifest: dict[str, str]


@dataclass(slots=True)
class Summary:
    """What `generate` wrote."""

    root: Path
    n: int
    seed: int
    bytes: int = 0
    formats: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class _Draft:
    """An article before rendering: metadata, body paragraphs and furniture to scatter."""

    doc: str
    title: str
    outlet: str
    url: str
    published: date
    byline: str
    paragraphs: list[str]
    related: str
    caption: str


def _rng(seed: int, index: int) -> random.Random:
    # A string seed is hashed with SHA-512, so the stream does not depend on PYTHONHASHSEED.
    return random.Random(f"tradefigures-bench:{seed}:{index}")


def shard_of(index: int) -> str:
    return f"shard-{index // SHARD_SIZE:04d}"


def _draft(p: Pen, index: int) -> _Draft:
    title = sentences.headline(p)
    outlet, domain = p.pick(v.OUTLETS)
    slug = "-".join(w.strip(".,'%").lower() for w in title.split()[:5])
    doc = f"a{index:07d}-{slug}"
    caption = (f"{p.pick(v.CAPTION_SUBJECTS)} in {p.pick(v.TOWNS)} on {p.pick(v.WEEKDAYS)}."
               f"{p.person()}/{p.pick(v.PHOTO_AGENCIES)}")
    return _Draft(doc, title, outlet, f"https://{domain}/business/{p.published:%Y/%m}/{slug}",
                  p.published, p.person(), [sentences.paragraph(p)], sentences.headline(p), caption)


def article(seed: int, index: int) -> Generated:
    """Article `index` of the corpus made with `seed`."""
    rng = _rng(seed, index)
    p = Pen(rng, FIRST_DAY + timedelta(days=rng.randrange(DAYS)))
    fmt = rng.choices([f for f, _ in FORMATS], weights=[w for _, w in FORMATS])[0]
    draft = _draft(p, index)
    render = RENDERERS[fmt]
    target = rng.randrange(MIN_BYTES + 300, MAX_BYTES - 400)
    data = render(p, draft)
    while len(data) < target:
        draft.paragraphs.append(sentences.paragraph(p))
        data = render(p, draft)
    while len(data) > MAX_BYTES and len(draft.paragraphs) > 1:
        draft.paragraphs.pop()
        data = render(p, draft)
    return Generated(f"{shard_of(index)}/{draft.doc}.{fmt}", fmt, data, _manifest_row(p, draft, fmt))


def _manifest_row(p: Pen, d: _Draft, fmt: str) -> dict[str, str]:
    """Text files rely on the manifest; Markdown and HTML often carry their own metadata,
    so their rows are sometimes left with empty fields."""
    row = {"doc": d.doc, "url": d.url, "title": d.title, "outlet": d.outlet, "published": d.published.isoformat()}
    if fmt != "txt" and p.chance(0.5):
        row.update(title="", published="", outlet="" if p.chance(0.5) else d.outlet)
    return row


# Rendering ------------------------------------------------------------------------------
# Each renderer re-seeds its own small generator from the draft, so rendering again after
# adding a paragraph places furniture the same way and does not consume the article's
# stream (which would make the text depend on how many attempts the size took).

def _layout_rng(d: _Draft) -> random.Random:
    return random.Random(f"layout:{d.doc}:{len(d.paragraphs)}")


def _furniture(r: random.Random, d: _Draft) -> dict[int, list[tuple[str, str]]]:
    """Furniture to insert after body paragraph i: (kind, text) pairs."""
    n = len(d.paragraphs)
    at: dict[int, list[tuple[str, str]]] = {}

    def put(kind: str, text: str) -> None:
        at.setdefault(r.randrange(n), []).append((kind, text))

    put("related", f"{v.RELATED_MARKERS[r.randrange(len(v.RELATED_MARKERS))]}\n{d.related}")
    if r.random() < 0.6:
        put("caption", d.caption)
    if r.random() < 0.5:
        put("ad", v.AD_LINES[r.randrange(len(v.AD_LINES))])
    if r.random() < 0.7:
        put("newsletter", v.NEWSLETTER_LINES[r.randrange(len(v.NEWSLETTER_LINES))])
    return at


def _boilerplate(r: random.Random, d: _Draft) -> list[str]:
    lines = [v.BOILERPLATE[r.randrange(len(v.BOILERPLATE))] for _ in range(r.randint(1, 2))]
    return [line.format(year=d.published.year, outlet=d.outlet) for line in lines]


def _share(r: random.Random) -> list[str]:
    return list(v.SHARE_LINES[: r.randint(2, len(v.SHARE_LINES))])


def _curly(r: random.Random, text: str) -> str:
    """Some outlets print straight apostrophes and hyphens, others typographic ones."""
    if r.random() < 0.5:
        text = text.replace("'", "\u2019").replace(" - ", " \u2014 ")
    return text


def render_txt(p: Pen, d: _Draft) -> bytes:
    r = _layout_rng(d)
    lines: list[str] = []
    if r.random() < 0.7:
        lines += [d.title, ""]
    if r.random() < 0.5:
        lines += [f"By {d.byline}", ""]
    furniture = _furniture(r, d)
    blank = r.random() < 0.7
    trailing = " " if r.random() < 0.3 else ""
    for i, para in enumerate(d.paragraphs):
        indent = "\t" if r.random() < 0.1 else ""
        lines.append(indent + _curly(r, para) + trailing)
        if blank:
            lines.append("  " if r.random() < 0.1 else "")
        for kind, text in furniture.get(i, []):
            lines += text.split("\n")
    lines += _share(r) + [""] + _boilerplate(r, d)
    text = "\n".join(lines) + "\n"
    if r.random() < 0.1:
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def render_md(p: Pen, d: _Draft) -> bytes:
    r = _layout_rng(d)
    front = [
        "---",
        f"title: {json.dumps(d.title, ensure_ascii=False)}",
        f"date: {d.published.isoformat()}",
        f"{'source' if r.random() < 0.5 else 'site'}: {json.dumps(d.outlet, ensure_ascii=False)}",
        f"url: {d.url}",
        "tags: [trade, tariffs, canada-us]",
        "---",
        "",
        f"# {d.title}",
        "",
        f"*By {d.byline}*",
        "",
    ]
    body: list[str] = []
    furniture = _furniture(r, d)
    for i, para in enumerate(d.paragraphs):
        if i and r.random() < 0.15:
            body += [f"## {sentences.headline(Pen(r, d.published))}", ""]
        prefix = "> " if r.random() < 0.08 else ""
        body += [prefix + _curly(r, para), ""]
        for kind, text in furniture.get(i, []):
            if kind == "caption":
                body += [f"![{d.caption.split('.')[0]}](https://img.example/{d.doc}.jpg)", "", text, ""]
            elif kind == "related":
                marker, headline = text.split("\n")
                body += [f"{marker} [{headline}](https://example.org/{r.randrange(10**6)})", ""]
            else:
                body += [text, ""]
    body += _share(r) + [""] + _boilerplate(r, d)
    return ("\n".join(front + body) + "\n").encode("utf-8")


def render_html(p: Pen, d: _Draft) -> bytes:
    r = _layout_rng(d)
    e = html.escape
    when = f"{d.published.isoformat()}T{r.randrange(6, 20):02d}:{r.randrange(60):02d}:00-05:00"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(d.title)} | {e(d.outlet)}</title>",
        f'<meta property="og:title" content="{e(d.title)}">',
        f'<meta property="og:site_name" content="{e(d.outlet)}">',
        f'<meta property="article:published_time" content="{when}">',
        f'<link rel="canonical" href="{e(d.url)}">',
        "</head><body>",
        '<header><nav><a href="/">Home</a> <a href="/business">Business</a> '
        '<a href="/politics">Politics</a> <a href="/subscribe">Subscribe</a></nav></header>',
        "<main><article>",
        f"<h1>{e(d.title)}</h1>",
        f'<p class="byline">By {e(d.byline)} <time datetime="{when}">{d.published:%B %d, %Y}</time></p>',
    ]
    furniture = _furniture(r, d)
    for i, para in enumerate(d.paragraphs):
        out.append(f"<p>{e(_curly(r, para))}</p>")
        for kind, text in furniture.get(i, []):
            if kind == "caption":
                out.append(f'<figure><img src="/img/{d.doc}.jpg" alt=""><figcaption>{e(text)}</figcaption></figure>')
            elif kind == "related":
                marker, headline = text.split("\n")
                out.append(f'<p><strong>{e(marker)}</strong> <a href="/story/{r.randrange(10**6)}">{e(headline)}</a></p>')
            elif kind == "ad":
                out.append(f'<div class="ad-slot">{e(text)}</div>')
            else:
                out.append(f'<aside class="newsletter"><p>{e(text)}</p><form><input type="email"></form></aside>')
    out += [
        "</article>",
        '<div class="share">' + " ".join(f'<a href="#">{e(s)}</a>' for s in _share(r)) + "</div>",
        "</main>",
        "<footer>" + "".join(f"<p>{e(line)}</p>" for line in _boilerplate(r, d)) + "</footer>",
        "<script>window.dataLayer = window.dataLayer || []; dataLayer.push({event: 'pageview'});</script>",
        "</body></html>",
    ]
    return ("\n".join(out) + "\n").encode("utf-8")


RENDERERS = {"txt": render_txt, "md": render_md, "html": render_html}


# Writing --------------------------------------------------------------------------------

def generator_fingerprint() -> str:
    """A hash of the generator's own source: a cached corpus is reused only when it
    was written by the same code."""
    h = hashlib.sha256()
    for module in (sentences, v):
        h.update(Path(module.__file__).read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:12]


def stamp(n: int, seed: int) -> dict:
    return {"n": n, "seed": seed, "generator": generator_fingerprint()}


def is_current(root: Path, n: int, seed: int) -> bool:
    """Whether `root` holds the corpus `generate(root, n, seed)` would write."""
    try:
        return json.loads((root / STAMP).read_text()) == stamp(n, seed)
    except (OSError, ValueError):
        return False


def generate(root: Path, n: int, seed: int = 0) -> Summary:
    """Write `n` articles under `root` (which must not hold another corpus), shard by
    shard, each file as soon as it is made."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    (root / STAMP).unlink(missing_ok=True)
    summary = Summary(root, n, seed)
    manifest = writer = None
    try:
        for i in range(n):
            if i % SHARD_SIZE == 0:
                if manifest:
                    manifest.close()
                folder = root / shard_of(i)
                folder.mkdir(exist_ok=True)
                manifest = open(folder / "manifest.csv", "w", newline="", encoding="utf-8")
                writer = csv.DictWriter(manifest, MANIFEST_COLUMNS, lineterminator="\n")
                writer.writeheader()
            g = article(seed, i)
            (root / g.relpath).write_bytes(g.data)
            writer.writerow(g.manifest)
            summary.bytes += len(g.data)
            summary.formats[g.fmt] = summary.formats.get(g.fmt, 0) + 1
    finally:
        if manifest:
            manifest.close()
    # Written last: a corpus interrupted half-way is never taken for a finished one.
    (root / STAMP).write_text(json.dumps(stamp(n, seed)) + "\n")
    return summary


def ensure(root: Path, n: int, seed: int = 0) -> Summary | None:
    """Generate the corpus unless `root` already holds it; None when it was reused."""
    if is_current(root, n, seed):
        return None
    if root.exists() and any(root.iterdir()):
        if not (root / STAMP).exists() and not (root / shard_of(0)).is_dir():
            raise FileExistsError(f"{root} holds files that are not a generated corpus; give an empty folder")
        shutil.rmtree(root)
    return generate(root, n, seed)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic news corpus for the benchmark.")
    parser.add_argument("out", type=Path, help="folder to write (created)")
    parser.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    s = generate(args.out, args.n, args.seed)
    print(f"wrote {s.n} articles ({s.bytes / 1e6:.1f} MB: "
          + ", ".join(f"{k} {c}" for k, c in sorted(s.formats.items())) + f") to {s.root}")


if __name__ == "__main__":
    main()
