"""Which SQL statements a query may run: a SELECT, or an EXPLAIN of one, as DuckDB's own
parser classifies them.

Not a list of words: the parser says what each statement is, so a comment, a CTE or a
keyword in an odd case cannot hide a write. An EXPLAIN is looked inside, since
`EXPLAIN ANALYZE` runs the statement it explains.
"""

from __future__ import annotations

import duckdb

from tradefigures.warehouse.errors import QueryFailed, QueryRefused

READING = duckdb.StatementType.SELECT
EXPLAIN = duckdb.StatementType.EXPLAIN
_ANALYZE = ("analyze", "analyse")


def check(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Refuse anything but one SELECT, or one EXPLAIN [ANALYZE] of a SELECT."""
    found = _parse(con, sql)
    if not found:
        raise QueryRefused("The query is empty.")
    if len(found) > 1:
        raise QueryRefused("Give one statement at a time.")
    kind, text = found[0]
    if kind == READING:
        return
    if kind == EXPLAIN:
        inner = explained(con, text)
        if inner == READING:
            return
        raise QueryRefused("Only reading is allowed: EXPLAIN may explain a SELECT, and this one explains "
                           f"{_named(inner)}, and the warehouse is read-only.")
    raise QueryRefused(f"Only reading is allowed: this is {_named(kind)}, and the warehouse "
                       "is read-only (use SELECT).")


def explained(con: duckdb.DuckDBPyConnection, query: str):
    """The type of the statement an EXPLAIN [ANALYZE] explains; None when it is not one
    plain statement (EXPLAIN's parenthesised options are not taken)."""
    tokens = duckdb.tokenize(query)
    ends = [start for start, _ in tokens[1:]] + [len(query)]
    words = [(start, query[start:end].strip().lower()) for (start, kind), end in zip(tokens, ends)
             if kind != duckdb.token_type.comment]
    rest = 1 + (len(words) > 1 and words[1][1] in _ANALYZE)
    if rest >= len(words):
        return None
    try:
        inner = _parse(con, query[words[rest][0]:])
    except QueryFailed:
        return None
    return inner[0][0] if len(inner) == 1 else None


def _parse(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    """Each statement's (type, text), as DuckDB's parser splits and classifies them."""
    try:
        return [(st.type, st.query) for st in con.extract_statements(sql)]
    except duckdb.Error as exc:
        raise QueryFailed(f"The query does not parse: {str(exc).strip().splitlines()[0]}") from None
    except ValueError:
        # The parser knows a statement type that this duckdb module has no name for
        # ("29 is not a valid StatementType" for UPDATE EXTENSIONS): not a SELECT.
        raise QueryRefused("Only reading is allowed: this is a statement DuckDB's Python module cannot "
                           "even name, and the warehouse is read-only (use SELECT).") from None


def _named(kind) -> str:
    if kind is None:
        return "no single statement"
    return f"{'an' if kind.name[0] in 'AEIOU' else 'a'} {kind.name} statement"
