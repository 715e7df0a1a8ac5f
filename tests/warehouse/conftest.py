"""Publishing through the library alone, the way the flow does, without Prefect."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradefigures.extract.batch import extract_batch
from tradefigures.extract.sources.files import discover
from tradefigures.validate.quarantine import check_batch
from tradefigures.warehouse import publishing, releases, staging


def publish_sources(wh: Path, sources: list[str], batch: int = 3, extractor=None,
                    run_versions: dict[str, str] | None = None, before_publish=None, **publish_options):
    """Stage the sources' rows and publish them; `before_publish` runs once everything is
    staged (the subprocess tests use it to mark the moment and to line two runs up)."""
    if run_versions is None:
        from tradefigures.flows.pipeline import versions  # imports Prefect: seconds

        run_versions = versions()
    run_id = staging.new_run_id()
    items = discover([str(s) for s in sources], print)
    known = releases.source_index(releases.latest(wh))
    with staging.claimed(wh, run_id):
        staged = []
        for i in range(0, len(items), batch):
            extracted = extract_batch(items[i:i + batch], known, run_versions["pipeline"], extractor=extractor)
            staged.append(staging.stage(wh, run_id, check_batch(extracted), run_versions))
        if before_publish:
            before_publish()
        try:
            return publishing.publish(wh, run_id, staged, run_versions, **publish_options)
        finally:
            staging.discard(wh, run_id)


def published_twice(root: Path, samples: Path, name: str, text: str) -> Path:
    """A warehouse under root of two releases: the samples, then the article `text` more
    (as corpus/`name`)."""
    import shutil

    corpus = root / "corpus"
    shutil.copytree(samples, corpus, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    wh = root / "warehouse"
    publish_sources(wh, [corpus])
    (corpus / name).write_text(text, encoding="utf-8")
    publish_sources(wh, [corpus])
    return wh


@pytest.fixture
def corpus(tmp_path, samples) -> Path:
    """A writable copy of the sample corpus."""
    import shutil

    dest = tmp_path / "corpus"
    shutil.copytree(samples, dest, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    return dest
