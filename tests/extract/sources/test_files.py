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


def test_a_link_out_of_the_folder_is_skipped_with_a_line_unless_allowed(tmp_path):
    folder, outside = tmp_path / "articles", tmp_path / "private"
    folder.mkdir(), outside.mkdir()
    (outside / "secret.txt").write_text(BODY)
    (folder / "a.txt").write_text(BODY)
    (folder / "leak.txt").symlink_to(outside / "secret.txt")
    (folder / "hostname.txt").symlink_to("/etc/hostname")
    (folder / "same.txt").symlink_to(folder / "a.txt")  # inside: read
    warnings = []
    items = discover([str(folder)], warnings.append)
    assert [os.path.basename(i.uri) for i in items] == ["a.txt", "same.txt"]
    assert warnings == [
        f"skipped {folder / 'hostname.txt'}: a link to {os.path.realpath('/etc/hostname')}, outside the folder "
        f"{folder} (--allow-outside-links reads it)",
        f"skipped {folder / 'leak.txt'}: a link to {outside / 'secret.txt'}, outside the folder {folder} "
        "(--allow-outside-links reads it)"]
    allowed = discover([str(folder)], warnings.append, outside_links=True)
    assert len(allowed) == 4 and len(warnings) == 2
    assert parse(read_file(allowed[2]), print).text == BODY.strip()


def test_nul_bytes_anywhere_make_a_file_binary(tmp_path):
    late = tmp_path / "late.txt"
    late.write_bytes((BODY * 200).encode() + b"\x00" + BODY.encode())  # past the first 8 KB
    assert late.stat().st_size > 8192
    wide = tmp_path / "wide.txt"
    wide.write_bytes(codecs.BOM_UTF16_LE + (BODY + "\x00" + BODY).encode("utf-16-le"))
    assert read(late) == Skipped(str(late), "binary data (NUL bytes), not text")
    assert read(wide) == Skipped(str(wide), "binary data (NUL characters), not text")


def test_front_matter_values_that_are_not_single_values_are_left_out(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: [Steel, duty]\ntags: [steel]\noutlet: Desk\n---\n" + BODY)
    warnings = []
    article = read(path, warnings)
    assert article.title is None and article.outlet == "Desk"
    assert warnings == [f'{path}: front matter "title" is not a single value; left empty']


BOMB = "\n".join(["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
    f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi")])
# Read in a child with a memory cap and a deadline, so that a reader that expands the
# bomb fails the test instead of taking the machine (it took 5.7 GB and five minutes).
READ_IN_A_BOX = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
from tradefigures.extract.sources.files import discover, read_file
from tradefigures.extract.sources.parse import parse
[item] = discover([sys.argv[1]], print)
print(parse(read_file(item), print))
"""


@pytest.mark.parametrize("front", [
    BOMB + "\ntitle: *i",
    "title: " + "x" * 70_000,
])
def test_a_yaml_bomb_or_a_huge_front_matter_is_one_skipped_line(tmp_path, front):
    import subprocess
    import sys

    path = tmp_path / "bomb.md"
    path.write_text(f"---\n{front}\n---\n" + BODY)
    done = subprocess.run([sys.executable, "-c", READ_IN_A_BOX, str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    [line] = done.stdout.splitlines()
    assert line.startswith(f"skipped {path}: front matter ") and line.endswith("; not read")


def test_a_few_yaml_aliases_are_read(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("---\ndesk: &d Trade desk\noutlet: *d\ntitle: Steel\n---\n" + BODY)
    article = read(path)
    assert (article.title, article.outlet) == ("Steel", "Trade desk")
