"""A corpus of bad inputs the tests build: each gets one clear line, the run goes on."""

import codecs
import os
import pwd

import duckdb
import pytest

from tradefigures.flows.pipeline import run_pipeline

pytestmark = pytest.mark.usefixtures("prefect_harness")

GOOD = "Ottawa kept its 25 per cent counter-tariff on U.S. steel, officials said on Tuesday.\n"


def build(folder):
    """The bad inputs, beside two good articles, and what each should be skipped for."""
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "good_copy.md").write_text(GOOD)  # the same article under another name
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes("Caf\xe9 owners face a 25% tariff on imports.".encode("latin-1"))
    (folder / "wide.txt").write_bytes(codecs.BOM_UTF16_LE + GOOD.replace("25", "35").encode("utf-16-le"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.html").write_text("<html><body><nav>Home | Subscribe</nav></body></html>")
    with open(folder / "huge.txt", "wb") as fh:  # 100 MB, sparse: nothing to write
        fh.truncate(100 * 1024 * 1024)
    os.symlink("loop_b.txt", folder / "loop_a.txt")
    os.symlink("loop_a.txt", folder / "loop_b.txt")
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")  # a folder loop the walk must not follow
    os.symlink("/etc/hostname", folder / "hostname.txt")  # a link out of the folder: not read
    (folder / "late_nul.txt").write_bytes(GOOD.encode() * 200 + b"\x00")  # past the first 8 KB
    (folder / "bomb.md").write_text("---\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
        + "title: *i\n---\n" + GOOD)
    (folder / "manifest.csv").write_text(
        "doc,title,published\n"
        "good,A good article,2025-03-04\n"
        "wide,Wide,04/03/2025\n"
        ",orphan,2025-01-01\n"
        "good_copy,Copy,2025-03-04,extra\n")
    return {
        "binary.txt": "binary data", "latin1.txt": "not UTF-8", "empty.txt": "empty file",
        "blank.html": "no article body", "huge.txt": "byte limit", "loop_a.txt": "cannot be read",
        "loop_b.txt": "cannot be read", "late_nul.txt": "binary data", "bomb.md": "YAML aliases",
    }


def test_bad_inputs_are_skipped_one_line_each_and_the_rest_published(tmp_path):
    expected = build(tmp_path / "corpus")
    result = run_pipeline([str(tmp_path / "corpus")], tmp_path / "w")
    reasons = {s["source_uri"].rsplit("/", 1)[-1]: s["reason"] for s in result.skipped}
    assert set(reasons) == set(expected)
    for name, words in expected.items():
        assert words in reasons[name], (name, reasons[name])
        assert "\n" not in reasons[name]
    assert any("line 3" in w and "not a date" in w for w in result.warnings)
    assert any("line 4 has no doc" in w for w in result.warnings)
    assert any("line 5" in w and "more fields" in w for w in result.warnings)
    assert any("hostname.txt: a link to" in w and "outside the folder" in w for w in result.warnings)

    con = duckdb.connect(str(tmp_path / "w" / "catalog.duckdb"), read_only=True)
    articles = con.execute("select count(*) from articles").fetchone()[0]
    sources = sorted(r[0].rsplit("/", 1)[-1] for r in con.execute("select source_uri from sources").fetchall())
    assert articles == 2  # the good article once, and the UTF-16 one
    assert sources == ["good.txt", "good_copy.md", "wide.txt"]
    wide = con.execute("select published_date from articles a join sources s using (article_id) "
                       "where s.source_uri like '%wide.txt'").fetchone()[0]
    assert wide is None  # a bad date in the manifest is left empty, never guessed


def test_a_bad_file_added_later_loses_nothing_published(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD)
    first = run_pipeline([str(corpus)], tmp_path / "w")
    (corpus / "good.txt").write_bytes(b"\x00\x01garbage\x00")  # the same source turns bad
    before = sorted(p.name for p in (tmp_path / "w" / "releases").iterdir())
    message, lines = _read_nothing(corpus, tmp_path / "w")  # its only source: the run read nothing
    assert "1 source skipped" in message
    assert any("binary" in line for line in lines)
    assert sorted(p.name for p in (tmp_path / "w" / "releases").iterdir()) == before
    (corpus / "other.txt").write_text(GOOD.replace("Tuesday", "Wednesday"))
    second = run_pipeline([str(corpus)], tmp_path / "w")  # with a good one beside it
    assert second.skipped and "binary" in second.skipped[0]["reason"]
    con = duckdb.connect(str(tmp_path / "w" / "catalog.duckdb"), read_only=True)
    assert con.execute("select count(*) from figures").fetchone()[0] >= first.publication.counts["figures"]
    assert con.execute("select count(*) from articles where source_uri like '%good.txt'").fetchone()[0] == 1


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to read as another user")
def test_an_unreadable_file_is_skipped(tmp_path):
    """Root reads everything, so the files are read by a child that drops to nobody."""
    from tradefigures.extract.sources.files import discover, read_file
    from tradefigures.extract.sources.model import Skipped

    import shutil
    import tempfile
    from pathlib import Path

    nobody = pwd.getpwnam("nobody")
    corpus = Path(tempfile.mkdtemp(prefix="tradefigures-perm-", dir="/tmp"))  # pytest's own is 0700
    corpus.chmod(0o755)
    (corpus / "good.txt").write_text(GOOD)
    (corpus / "secret.txt").write_text(GOOD.replace("25", "30"))
    os.chmod(corpus / "good.txt", 0o644)
    os.chmod(corpus / "secret.txt", 0)
    items = discover([str(corpus)], print)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop privileges, read, report, leave
        try:
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            lines = []
            for item in items:
                r = read_file(item)
                lines.append(f"{item.uri.rsplit('/', 1)[-1]}\t{r.reason if isinstance(r, Skipped) else 'read'}")
            os.write(write, "\n".join(lines).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as fh:
        out = fh.read()
    os.waitpid(pid, 0)
    shutil.rmtree(corpus)
    assert dict(line.split("\t") for line in out.splitlines()) == \
        {"good.txt": "read", "secret.txt": "permission denied"}


def _read_nothing(folder, warehouse=None):
    from tradefigures.extract.sources.model import NothingRead
    from tradefigures.flows import progress

    lines = []

    class Lines(progress.Reporter):
        def line(self, text):
            lines.append(text)

    token = progress.current.set(Lines())
    try:
        with pytest.raises(NothingRead) as caught:
            run_pipeline([str(folder)], warehouse or folder.parent / "w")
    finally:
        progress.current.reset(token)
    return str(caught.value), lines


@pytest.mark.parametrize("case", ["empty folder", "only files it cannot read", "only a broken manifest",
                                  "only unreadable files"])
def test_a_run_that_reads_nothing_says_why_and_publishes_nothing(tmp_path, case):
    folder = tmp_path / "in"
    folder.mkdir()
    if case == "only files it cannot read":
        (folder / "report.pdf").write_bytes(b"%PDF-1.7")
        (folder / "notes.docx").write_bytes(b"PK")
    elif case == "only a broken manifest":
        (folder / "manifest.csv").write_text('doc,title\n"a,unterminated\n')
    elif case == "only unreadable files":
        (folder / "binary.txt").write_bytes(bytes(range(256)))
    message, lines = _read_nothing(folder)
    assert message.startswith("Nothing was read") and "nothing was published" in message
    assert not (tmp_path / "w" / "releases").exists() or not any((tmp_path / "w" / "releases").iterdir())
    if case == "only files it cannot read":
        assert any(".pdf file" in l and "report.pdf" in l for l in lines)
        assert any(".docx file" in l for l in lines)
    if case == "only unreadable files":
        assert "1 source skipped" in message


def test_a_manifest_row_without_its_file_is_one_line_and_the_rest_is_published(tmp_path):
    from tradefigures.extract.sources.files import discover

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    (folder / "manifest.csv").write_text("doc,title\na,There\nmissing,Not here\n")
    lines = []
    found = discover([str(folder)], lines.append)
    assert [i.meta.get("title") for i in found] == ["There"]
    assert lines == [f'manifest "{folder / "manifest.csv"}": row "missing" names no file in {folder}; row ignored']
