"""Reading articles: files, folders, web pages and feeds become `Article`s or `Skipped`s."""

from tradefigures.extract.sources.model import (  # noqa: F401  (the stage's vocabulary)
    Article,
    RawDocument,
    Skipped,
    SourceError,
    SourceItem,
    SourceNotFound,
)
