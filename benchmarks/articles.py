"""A corpus's articles as the pipeline reads them: its own discovery, reader and parser,
so the extractor is timed on exactly the text a run would give it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tradefigures.extract.sources.files import discover, read_file
from tradefigures.extract.sources.model import Article, SourceItem, Skipped
from tradefigures.extract.sources.parse import parse


def items(corpus: Path) -> list[SourceItem]:
    """Every file the pipeline would read from `corpus`, in its order."""
    warnings: list[str] = []
    found = discover([str(corpus)], warnings.append)
    if warnings:
        raise ValueError(f"{corpus}: the pipeline warns about the corpus: {warnings[0]}")
    return found


def spread(seq: list, k: int | None) -> list:
    """`k` elements spread evenly over `seq` (all of it when k is None or too large):
    a deterministic sample that covers every shard and format."""
    if not k or k >= len(seq):
        return list(seq)
    step = len(seq) / k
    return [seq[int(i * step)] for i in range(k)]


def read(chosen: list[SourceItem]) -> Iterator[Article]:
    """The parsed article behind each item; a skipped one is an error in a generated corpus."""
    warnings: list[str] = []
    for item in chosen:
        raw = read_file(item)
        article = raw if isinstance(raw, Skipped) else parse(raw, warnings.append)
        if isinstance(article, Skipped):
            raise ValueError(f"the pipeline skips a generated article: {article}")
        yield article
