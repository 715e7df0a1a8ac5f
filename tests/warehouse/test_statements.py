"""Queries cannot write, whatever they say: every kind of statement DuckDB's parser knows,
bare and wrapped in EXPLAIN, EXPLAIN ANALYZE, a CTE and a subquery, through the library,
the Python API and the command line, leaves every byte under the warehouse as it was."""

import hashlib
import os

import duckdb
import pytest
from typer.testing import CliRunner

import tradefigures
from tradefigures.flows.cli import app
from tradefigures.warehouse import layout, query, releases
from tradefigures.warehouse.errors import QueryFailed, QueryRefused

from .conftest import published_twice

RELEASE = "{release}"  # the newest release's folder, filled in per warehouse
# One statement of each type the parser gives from text, aimed at the warehouse where it
# could do harm. Keys are duckdb.StatementType names.
EXAMPLES = {
    "SELECT": "select count(*) from figures",
    "INSERT": "insert into release_log (release_id) values ('29991231T000000.000000Z')",
    "UPDATE": "update release_log set figures = 0",
    "CREATE": ["create or replace view figures as select * from all_figures where false",
               "create macro m(a) as a", "create persistent secret s (type s3)",
               "create temp table t as select 1"],
    "DELETE": "delete from release_log",
    "PREPARE": "prepare p as select 1",
    "EXECUTE": "execute p",
    "ALTER": "alter view figures rename to f2",
    "TRANSACTION": "begin transaction",
    "COPY": [f"copy (select 1 as a) to '{RELEASE}/figures/forged.parquet' (format parquet)",
             f"copy (select * from figures) to '{RELEASE}/figures' (format parquet, partition_by (kind), overwrite)",
             f"copy release_log from '{RELEASE}/datapackage.json'"],
    "VARIABLE_SET": None,
    "EXPLAIN": f"explain analyze copy (select 1 as a) to '{RELEASE}/figures' (format parquet, partition_by (a), overwrite)",
    "DROP": "drop view figures",
    "EXPORT": f"export database '{RELEASE}/exported'",
    "PRAGMA": ["import database '{schema_dir}'", "copy from database catalog to memory",
               "pragma enable_profiling"],
    "VACUUM": "vacuum analyze release_log",
    "CALL": "checkpoint",
    "SET": ["set enable_external_access = true", "set temp_directory = '{release}'", "reset lock_configuration"],
    "LOAD": ["install spatial", "load httpfs"],
    "ATTACH": f"attach '{RELEASE}/../../stolen.duckdb' as stolen",
    "DETACH": "detach catalog",
    "MULTI": "pivot figures on kind",
    "MERGE_INTO": "merge into release_log using release_log s on false when not matched then insert by name",
}
# Statement types the parser never gives for SQL text, with why.
UNREACHABLE = {
    "INVALID": "the parser's placeholder, never a statement",
    "ANALYZE": "ANALYZE parses as VACUUM (above)",
    "CREATE_FUNC": "CREATE MACRO and CREATE FUNCTION parse as CREATE",
    "RELATION": "made by the relational API, not by SQL text",
    "LOGICAL_PLAN": "made by the optimiser, not by SQL text",
    "EXTENSION": "made only by a parser extension, and none can be loaded",
    "VARIABLE_SET": "SET VARIABLE parses as SET (above)",
    "COPY_DATABASE": "COPY FROM DATABASE parses as PRAGMA (above)",
}
WRAPS = {
    "bare": "{}",
    "explain": "explain {}",
    "explain analyze": "explain analyze {}",
    "cte": "with c as (select 1) {}",
    "subquery": "select * from ({})",
}
# IMPORT DATABASE runs a folder's schema.sql: this one would forge a release.
SCHEMA = f"copy (select 1 as a) to '{RELEASE}/figures/imported.parquet' (format parquet);\n"


def tree(root):
    """Every path under root with its bytes' hash and its mode: what a query must not change."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            st = os.lstat(path)
            digest = hashlib.sha256(open(path, "rb").read()).hexdigest() if os.path.isfile(path) else "dir"
            out[os.path.relpath(path, root)] = (digest, st.st_mode)
    return out


@pytest.fixture(scope="module")
def target(tmp_path_factory, samples):
    """A published warehouse (two releases) and a folder holding a hostile schema.sql."""
    root = tmp_path_factory.mktemp("statements")
    wh = published_twice(root, samples, "s09.txt", "Ottawa kept a 25 per cent counter-tariff on U.S. aluminum.")
    release = layout.release_dir(wh, releases.list_ids(wh)[-1])
    schema_dir = root / "import-me"
    schema_dir.mkdir()
    (schema_dir / "schema.sql").write_text(SCHEMA.replace(RELEASE, str(release)))
    (schema_dir / "load.sql").write_text("")
    return wh, str(release), str(schema_dir)


def examples():
    """(type, n) for the n-th example of each type."""
    return [(kind, n) for kind, sql in EXAMPLES.items() if sql
            for n in range(len(sql) if isinstance(sql, list) else 1)]


def statements():
    return [(kind, n, wrap) for kind, n in examples() for wrap in WRAPS]


def sql_for(target, kind, n, wrap):
    _, release, schema_dir = target
    sql = EXAMPLES[kind] if isinstance(EXAMPLES[kind], str) else EXAMPLES[kind][n]
    return WRAPS[wrap].format(sql.replace(RELEASE, release).replace("{schema_dir}", schema_dir))


def reads(kind):
    """Whether the statement is reading, hence answered: a SELECT however wrapped."""
    return kind == "SELECT"


def test_every_statement_type_has_an_example_or_a_reason():
    names = set(duckdb.StatementType.__members__)
    assert names == {k for k, v in EXAMPLES.items() if v} | set(UNREACHABLE), \
        "a DuckDB upgrade brought a statement type: add an example to EXAMPLES"


@pytest.mark.parametrize("kind, n", examples())
def test_each_example_is_the_type_it_stands_for(target, kind, n):
    [statement] = duckdb.extract_statements(sql_for(target, kind, n, "bare"))
    assert statement.type.name == kind


@pytest.mark.parametrize("kind, n, wrap", statements())
def test_no_statement_changes_a_byte_through_the_library_or_the_python_api(target, kind, n, wrap):
    wh = target[0]
    sql = sql_for(target, kind, n, wrap)
    before = tree(wh)
    for ask in (lambda: query.run(wh, sql), lambda: tradefigures.Warehouse(wh).sql(sql)):
        if reads(kind):
            assert ask().height >= 1
        else:
            with pytest.raises((QueryRefused, QueryFailed)) as info:
                ask()
            assert "\n" not in str(info.value)
        assert tree(wh) == before, sql


def test_no_statement_changes_a_byte_through_the_command_line(target):
    wh = target[0]
    runner = CliRunner()
    before = tree(wh)
    for kind, n, wrap in statements() + [("UPDATE EXTENSIONS", 0, "bare")]:
        sql = "update extensions" if kind == "UPDATE EXTENSIONS" else sql_for(target, kind, n, wrap)
        result = runner.invoke(app, ["query", sql, "--warehouse", str(wh)])
        if reads(kind):
            assert result.exit_code == 0, (sql, result.output)
        else:
            assert result.exit_code == 1, (sql, result.output)
            assert [line for line in result.output.splitlines() if line.strip()] == \
                [result.output.strip()] and result.output.startswith("error: "), sql
        assert tree(wh) == before, sql


def test_a_statement_the_duckdb_module_cannot_name_is_refused(target):
    with pytest.raises(QueryRefused, match="Only reading is allowed"):
        query.run(target[0], "update extensions")


@pytest.mark.parametrize("sql", [
    "explain select kind from figures",
    "explain analyze select kind, count(*) from figures group by 1",
    "explain /* how */ analyse -- the plan\n select 1",
    "with k as (select kind from figures) select count(*) from k",
    "select count(*) from (select * from figures)",
    "pivot figures on kind in ('tariff_rate', 'jobs') using count(*)",
    "describe figures",
    "summarize figures",
    "from figures limit 1",
])
def test_reading_in_any_shape_is_answered(target, sql):
    assert query.run(target[0], sql).height >= 1


def test_explain_options_in_parentheses_are_not_taken(target):
    with pytest.raises(QueryRefused, match="EXPLAIN may explain a SELECT"):
        query.run(target[0], "explain (format json) select 1")
