"""Reading files and folders: metadata from manifests and front matter, bad input skipped."""

import codecs
import os

import pytest

from tradefigures.extract.sources.files import discover, read_file, require
from tradefigures.extract.sources.model import Skipped, SourceNotFound
from tradefigures.extract.sources.parse import parse

BODY = "Canada answered with a 25 per cent counter-tariff on $30 billion of U.S. goods on Tuesday.\n"


def read(path, warnings=None):
    warn = (warnings if warnings is not None else []).append
    [item] = discover([str(path)], warn)
    raw = read_file(item)
    return raw if isinstance(raw, Skipped) else parse(raw, warn)


def test_missing_source_is_an_error_before_anything_runs(tmp_path):
    with pytest.raises(SourceNotFound, match="does not exist"):
        require([str(tmp_path / "nope")])


def test_folder_reads_supported_files_with_manifest_metadata(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.md").write_text(BODY)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "manifest.csv").write_text(
        "doc,url,title,outlet,published\na,https://x.example/a,A title,Desk,2025-03-04\n")
    items = discover([str(tmp_path)], print)
    assert [os.path.basename(i.uri) for i in items] == ["a.txt", "b.md"]
    assert items[0].uri == str(tmp_path / "a.txt")
    article = parse(read_file(items[0]), print)
    assert (article.title, article.outlet, article.url) == ("A title", "Desk", "https://x.example/a")
    assert article.published_date.isoformat() == "2025-03-04"
    assert article.text == BODY.strip()


def test_markdown_front_matter_gives_metadata(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: Steel duty doubles\npublished: 2025-06-05\noutlet: Desk\n---\n" + BODY)
    article = read(path)
    assert article.title == "Steel duty doubles"
    assert article.published_date.isoformat() == "2025-06-05"
    assert article.text == BODY.strip()


def test_html_body_and_metadata_come_from_trafilatura(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Counter-tariffs | Desk</title>"
        '<meta property="article:published_time" content="2025-03-04T10:00:00Z"></head>'
        "<body><nav><a href='/'>Home</a></nav><article><h1>Counter-tariffs</h1>"
        f"<p>{BODY} Officials said more would follow within three weeks of the first list.</p>"
        "</article><footer>Subscribe now</footer></body></html>")
    article = read(path)
    assert "25 per cent counter-tariff" in article.text
    assert "Subscribe" not in article.text and "Home" not in article.text
    assert article.published_date.isoformat() == "2025-03-04"


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    (b"caf\xe9 au lait for $5", "not UTF-8"),
])
def test_bad_files_are_skipped_with_a_reason(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    result = read(path)
    assert isinstance(result, Skipped)
    assert reason in result.reason and result.uri == str(path)


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + BODY.encode("utf-16-le"))
    assert read(path).text == BODY.strip()


def test_html_without_article_body_is_skipped(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav>Home</nav></body></html>")
    result = read(path)
    assert isinstance(result, Skipped) and "no article body" in result.reason


def test_file_over_the_limit_is_skipped(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(BODY * 100)
    [item] = discover([str(path)], print)
    result = read_file(item, max_bytes=1000)
    assert isinstance(result, Skipped) and "1,000-byte limit" in result.reason


def test_bad_manifest_rows_are_reported_and_the_rest_kept(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "manifest.csv").write_text("doc,published\na,05/03/2025\n,2025-01-01\n")
    warnings = []
    article = read(tmp_path / "a.txt", warnings)
    assert article.published_date is None
    assert any("line 2" in w and "not a date" in w for w in warnings)
    assert any("line 3 has no doc" in w for w in warnings)


def test_manifest_without_doc_column_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "manifest.csv").write_text("name,title\na,T\n")
    warnings = []
    assert read(tmp_path / "a.txt", warnings).title is None
    assert any('no "doc" column' in w for w in warnings)
