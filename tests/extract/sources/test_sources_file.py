"""The sources file: named sources a scheduled run reads, and one clear line when it is wrong."""

import pytest

from tradefigures.extract.sources.model import SourceNotFound
from tradefigures.extract.sources.sources_file import SourcesFileError, load, plan


def write(tmp_path, text):
    path = tmp_path / "sources.toml"
    path.write_text(text)
    return path


def test_named_sources_become_a_plan_with_paths_relative_to_the_file(tmp_path):
    (tmp_path / "corpus").mkdir()
    path = write(tmp_path, """
[source.desk]
feed = "https://news.example/feed.xml"

[source.release]
url = "https://gov.example/release"

[source.archive]
folder = "corpus"
""")
    got = load(path)
    assert got.paths == [str(tmp_path / "corpus")]
    assert [(i.uri, i.kind) for i in got.web] == [("https://news.example/feed.xml", "feed"),
                                                 ("https://gov.example/release", "url")]
    assert got.names == {"https://news.example/feed.xml": "desk", "https://gov.example/release": "release",
                         str(tmp_path / "corpus"): "archive"}


@pytest.mark.parametrize("text, message", [
    ("[source.a]\nfead = 'https://x.example/f'\n", 'source "a" has unknown key "fead"; use one of feed, url, folder, file'),
    ("[source.a]\nfeed = 'https://x/f'\nurl = 'https://x/u'\n", 'source "a" needs exactly one of feed, url, folder, file (it has feed and url)'),
    ("[source.a]\n", 'source "a" needs exactly one of feed, url, folder, file'),
    ("[source.a]\nfolder = 'https://x.example/'\n", 'source "a": folder "https://x.example/" must be a path, not a URL'),
    ("[source.a]\nfeed = 'news/feed.xml'\n", 'source "a": feed "news/feed.xml" must be an http(s) URL'),
    ("[source.a]\nurl = ''\n", 'source "a": url must be a non-empty string'),
    ("[sources.a]\nurl = 'https://x/'\n", "unknown table [sources]; sources go in [source.NAME] tables"),
    ("# nothing yet\n", "names no source: add a [source.NAME] table"),
    ("[source.a]\nurl = https://x/\n", "is not valid TOML: Invalid value (at line 2, column 7)"),
])
def test_a_bad_sources_file_is_one_line_naming_the_file_and_the_fix(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(SourcesFileError) as info:
        load(path)
    assert str(info.value).startswith(f'Sources file "{path}"') and message in str(info.value)
    assert "\n" not in str(info.value)


def test_a_missing_sources_file_says_so(tmp_path):
    with pytest.raises(SourcesFileError, match="does not exist"):
        load(tmp_path / "nope.toml")


def test_a_missing_folder_names_its_source_before_anything_runs(tmp_path):
    path = write(tmp_path, "[source.archive]\nfolder = 'gone'\n")
    with pytest.raises(SourceNotFound, match=r'Source ".*gone" \(source "archive"\) does not exist'):
        plan([], str(path))


def test_command_line_sources_join_the_file(tmp_path):
    path = write(tmp_path, "[source.desk]\nfeed = 'https://news.example/feed.xml'\n")
    got = plan([str(tmp_path), "https://news.example/page"], str(path))
    assert got.paths == [str(tmp_path)]
    assert [i.uri for i in got.web] == ["https://news.example/feed.xml", "https://news.example/page"]
