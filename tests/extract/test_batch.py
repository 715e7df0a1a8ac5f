"""extract/batch.py: files the release index shows unchanged are told apart before any
batch, by the same fingerprint a batch records."""

from tradefigures.extract.batch import extract_batch, split_unchanged
from tradefigures.extract.sources.model import SourceItem

VERSION = "v1"
TEXT = "Ottawa keeps its 25% counter-tariff on U.S. steel, officials said on Monday.\n"


def items(folder, names, meta=None):
    return [SourceItem(str(folder / n), "file", str(folder / n), dict(meta or {})) for n in names]


def recorded(folder, names):
    """The fingerprints a first batch over these files records, by uri."""
    first = extract_batch(items(folder, names), {}, VERSION)
    return {row["source_uri"]: row["fingerprint"] for row in first.sources}


def test_only_files_whose_fingerprint_is_recorded_are_unchanged(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(TEXT + name)
    known = recorded(tmp_path, ["a.txt", "b.txt", "c.txt"])
    (tmp_path / "b.txt").write_text(TEXT + "edited")  # its bytes changed
    (tmp_path / "d.txt").write_text(TEXT)  # new
    unchanged, rest = split_unchanged(items(tmp_path, ["a.txt", "b.txt", "c.txt", "d.txt"]), known, VERSION)
    assert unchanged == [str(tmp_path / "a.txt"), str(tmp_path / "c.txt")]
    assert [i.uri for i in rest] == [str(tmp_path / "b.txt"), str(tmp_path / "d.txt")]


def test_new_metadata_or_a_new_version_makes_a_file_changed(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    known = recorded(tmp_path, ["a.txt"])
    assert split_unchanged(items(tmp_path, ["a.txt"]), known, VERSION)[0] == [str(tmp_path / "a.txt")]
    assert split_unchanged(items(tmp_path, ["a.txt"], {"title": "New"}), known, VERSION)[0] == []
    assert split_unchanged(items(tmp_path, ["a.txt"]), known, "v2")[0] == []


def test_what_cannot_be_read_and_web_items_go_on_to_their_batch(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    known = recorded(tmp_path, ["a.txt"])
    (tmp_path / "a.txt").unlink()  # gone since: its batch says so in a line
    page = SourceItem("http://127.0.0.1:9/news", "url")
    unchanged, rest = split_unchanged(items(tmp_path, ["a.txt"]) + [page], {**known, page.uri: "x"}, VERSION)
    assert unchanged == [] and [i.uri for i in rest] == [str(tmp_path / "a.txt"), page.uri]
