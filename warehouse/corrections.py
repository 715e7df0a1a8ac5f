"""The corrections file: people's decisions on figures and dates, one JSON line each.

A decision names its row by the stable id (`figure_id` or `date_id`: a hash of the
article's text and the span, whatever extractor made the row) and says `confirm` (right
as extracted), `set` (these fields take these values) or `reject` (no figure at all),
with who, when and why. Lines are appended and never rewritten, so the file can sit in
version control beside a sources file and each new decision is one line of its diff.
JSON Lines rather than CSV: a value keeps its type (null, a number, a list of sectors)
without a second encoding inside a cell, and a line is whole or not there.

Reading checks every line against the contract without a release: its keys, its row id,
its decision, each field it sets (one a person may set, holding a value of the column's
type) and, in `check`, each value against its column's own rules in `validate/`. A line
that fails is one CorrectionsInvalid naming the file, the line and why.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from tradefigures.validate import tables, vocabulary
from tradefigures.warehouse import durable
from tradefigures.warehouse.errors import CorrectionsInvalid, CorrectionsNotWritten

KEYS = vocabulary.REVIEWED_TABLES  # table -> the column naming its rows
TABLE_OF = {key: table for table, key in KEYS.items()}
_HEX16 = re.compile(r"[0-9a-f]{16}")
# The keys a line may hold.
LINE_KEYS = ("figure_id", "date_id", "article_id", "mention", "decision", "set_values", "reviewer",
             "decided_at", "why")
_REQUIRED = ("article_id", "decision", "reviewer", "decided_at", "why")
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class NotADecision(ValueError):
    """Why a line, or a FIELD=VALUE of the command line, is no decision."""


@dataclass(frozen=True)
class Decision:
    """One line of the corrections file: what a person decided of one row."""

    seq: int
    table: str
    row_id: str
    article_id: str
    decision: str
    reviewer: str
    decided_at: datetime
    why: str
    set_values: dict = field(default_factory=dict)
    mention: str | None = None
    # Where it was read from (0 for a decision not yet written): for the messages only.
    line_number: int = field(default=0, compare=False)

    @property
    def key(self) -> str:
        """The column that names the row: figure_id or date_id."""
        return KEYS[self.table]

    @property
    def correction_id(self) -> str:
        """Stable: a hash of the decision itself, not of where it stands in the file."""
        content = [self.key, self.row_id, self.decision, jsonable(self.set_values), self.reviewer,
                   self.decided_at.strftime(TIME_FORMAT), self.why]
        text = json.dumps(content, ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(f"correction\x1f{text}".encode()).hexdigest()[:16]

    def line(self) -> str:
        """The decision as its line of the file (without the newline)."""
        return json.dumps({self.key: self.row_id, "article_id": self.article_id, "mention": self.mention,
                           "decision": self.decision, "set_values": jsonable(self.set_values),
                           "reviewer": self.reviewer, "decided_at": self.decided_at.strftime(TIME_FORMAT),
                           "why": self.why}, ensure_ascii=False)

    def describe(self) -> str:
        """The decision in a few words: `set status, imposed_by of figure 1a2b… ("25%")`."""
        what = {"confirm": "confirm", "reject": "reject",
                "set": f"set {', '.join(self.set_values)} of"}[self.decision]
        shown = f' ("{self.mention}")' if self.mention else ""
        return f"{what} {self.key.removesuffix('_id')} {self.row_id}{shown}"


def same(a, b) -> bool:
    """Whether two values of a field say the same: lists (sectors) whatever their order."""
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return sorted(a) == sorted(b)
    return a == b


def jsonable(value):
    """A decision's values as JSON holds them: dates as ISO text."""
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def new(table: str, row_id: str, article_id: str, mention: str | None, decision: str, reviewer: str,
        why: str, set_values: dict | None = None, seq: int = 0, at: datetime | None = None) -> Decision:
    """A decision made now (or `at`), checked as a line of the file would be."""
    made = Decision(seq, table, row_id, article_id, decision, reviewer.strip(),
                    (at or datetime.now(timezone.utc)), why.strip(), dict(set_values or {}), mention)
    # The same checks a line read back gets, so what is written always reads.
    return _decision(json.loads(made.line()), seq)


def read(path: Path) -> list[Decision]:
    """Every decision of the file, in its order; none when there is no file. Raises
    CorrectionsInvalid at the first line that is no decision."""
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except FileNotFoundError:
        return []
    except UnicodeDecodeError as exc:
        raise CorrectionsInvalid(path, 1, f"it is not UTF-8 text ({exc.reason})") from None
    out: list[Decision] = []
    seen: dict[str, int] = {}
    for number, text in enumerate(lines, 1):
        if not text.strip():
            continue
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise CorrectionsInvalid(path, number, f"it is not a JSON object ({exc.msg})") from None
        if not isinstance(data, dict):
            raise CorrectionsInvalid(path, number, "it is not a JSON object")
        try:
            decision = _decision(data, len(out) + 1, number)
        except NotADecision as exc:
            raise CorrectionsInvalid(path, number, str(exc)) from None
        if decision.correction_id in seen:
            raise CorrectionsInvalid(path, number, f"it repeats the decision of line {seen[decision.correction_id]}")
        seen[decision.correction_id] = number
        out.append(decision)
    return out


def check(path: Path, decisions: list[Decision]) -> None:
    """Each value a decision sets against its column's own rules (the schemas in
    validate/): a value outside the contract's vocabulary or form is CorrectionsInvalid."""
    from tradefigures.validate.quarantine import each_field_failures  # Pandera: only to judge values

    failed = []
    for table in KEYS:
        setting = [d for d in decisions if d.table == table and d.set_values]
        found = each_field_failures(table, [d.set_values for d in setting])
        failed += [(setting[i].line_number, why[0][2]) for i, why in found.items()]
    if failed:
        line, why = min(failed)
        raise CorrectionsInvalid(path, line, why.rstrip("."))


def read_checked(path: Path) -> list[Decision]:
    """`read`, then `check`: the decisions a release may apply."""
    decisions = read(path)
    check(path, decisions)
    return decisions


def _decision(data: dict, seq: int, line_number: int = 0) -> Decision:
    """A line's object as a decision, or NotADecision saying why it is none."""
    unknown = sorted(set(data) - set(LINE_KEYS))
    if unknown:
        raise NotADecision(f'"{unknown[0]}" is no key of a decision (the keys are {", ".join(LINE_KEYS)})')
    named = [k for k in KEYS.values() if data.get(k) is not None]
    if len(named) != 1:
        raise NotADecision("a decision names one row: give figure_id or date_id, not both or neither")
    key = named[0]
    for k in (key, *_REQUIRED):
        if not isinstance(data.get(k), str) or not data[k].strip():
            raise NotADecision(f"{k} is missing or empty")
    for k in (key, "article_id"):
        if not _HEX16.fullmatch(data[k]):
            raise NotADecision(f'{k} "{data[k]}" is not an id (16 hexadecimal digits)')
    decision = data["decision"]
    if decision not in vocabulary.DECISIONS:
        raise NotADecision(f'decision "{decision}" is not one of {", ".join(vocabulary.DECISIONS)}')
    table = TABLE_OF[key]
    values = data.get("set_values") or {}
    if not isinstance(values, dict):
        raise NotADecision("set_values is not an object of field: value")
    if decision == "set" and not values:
        raise NotADecision("a set decision names at least one field in set_values")
    if decision != "set" and values:
        raise NotADecision(f"a {decision} decision sets no field (set_values must be empty)")
    at = _time(data["decided_at"])
    mention = data.get("mention")
    if mention is not None and not isinstance(mention, str):
        raise NotADecision("mention is not text")
    return Decision(seq, table, data[key], data["article_id"], decision, data["reviewer"].strip(), at,
                    data["why"].strip(), {f: typed(table, f, v) for f, v in values.items()}, mention, line_number)


def _time(text: str) -> datetime:
    try:
        at = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise NotADecision(f'decided_at "{text}" is not a time (ISO 8601, e.g. 2026-12-05T10:30:00Z)') from None
    if at.tzinfo is None:
        raise NotADecision(f'decided_at "{text}" has no time zone (end it with Z for UTC)')
    return at.astimezone(timezone.utc)


def settable(table: str, name: str) -> str:
    """The field `name` of `table` if a person may set it; else why not (NotADecision)."""
    columns = dict(tables.columns(table))
    if name in vocabulary.REVIEWABLE[table]:
        return name
    fields = ", ".join(vocabulary.REVIEWABLE[table])
    if name in columns:
        raise NotADecision(f"{name} is not a field a person sets: ids, offsets, mention and sentence say where "
                           "the row stands in its article and cues and extractor what made it (reject the row "
                           f"instead); the fields are {fields}")
    raise NotADecision(f'{table} has no field "{name}" (the fields a person may set are {fields})')


def typed(table: str, name: str, value):
    """A field's value from JSON as its column holds it (a date from its ISO text);
    NotADecision when it is not of the column's type. Null is left to the column's rules."""
    settable(table, name)
    dtype = dict(tables.columns(table))[name]
    if value is None:
        return None
    ok = {"String": isinstance(value, str),
          "Float64": isinstance(value, (int, float)) and not isinstance(value, bool),
          "Boolean": isinstance(value, bool),
          "List(String)": isinstance(value, list) and all(isinstance(v, str) for v in value),
          "Date": isinstance(value, str)}[dtype]
    if not ok:
        raise NotADecision(f"{name} {json.dumps(value, ensure_ascii=False)} is not {_KIND[dtype]}")
    if dtype == "Float64":
        return float(value)
    if dtype == "Date":
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise NotADecision(f'{name} "{value}" is not a date (YYYY-MM-DD)') from None
    return value


_KIND = {"String": "text", "Float64": "a number", "Boolean": "true or false", "List(String)": "a list of text",
         "Date": "a date (YYYY-MM-DD)"}


def parse(table: str, assignment: str) -> tuple[str, object]:
    """FIELD=VALUE from the command line, the value read as its column's type: a number,
    true/false, YYYY-MM-DD, a comma-separated list for sectors, and nothing after `=`
    for null. NotADecision (a ValueError) names what is wrong."""
    if "=" not in assignment:
        raise NotADecision(f'"{assignment}" is not FIELD=VALUE (e.g. status=in_effect; status= for null)')
    name, text = (part.strip() for part in assignment.split("=", 1))
    dtype = dict(tables.columns(table)).get(settable(table, name))
    if text == "":
        return name, None
    if dtype == "Float64":
        try:
            return name, typed(table, name, float(text.replace(",", "")))
        except ValueError:
            raise NotADecision(f'{name} "{text}" is not a number') from None
    if dtype == "Boolean":
        if text.lower() not in ("true", "false"):
            raise NotADecision(f'{name} "{text}" is not true or false')
        return name, text.lower() == "true"
    if dtype == "List(String)":
        return name, [v.strip() for v in text.split(",") if v.strip()]
    return name, typed(table, name, text)



def append(path: Path, make: Callable[[list[Decision]], Decision]) -> Decision:
    """Append the decision `make` builds from the file's decisions, under a lock on the
    file's folder so that two reviewers at once each build on the other's line (and a
    decision refused leaves no file behind); the line is written whole in one write and
    synced before this returns."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        folder = os.open(path.parent, os.O_RDONLY)
    except OSError as exc:
        raise CorrectionsNotWritten(path, exc.strerror or str(exc)) from None
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        decision = make(read(path))
        created = not path.exists()
        try:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                size = os.fstat(fd).st_size
                # A file edited by hand may lack its last newline: the new line must not join it.
                lead = "\n" if size and _last_byte(path, size) != b"\n" else ""
                os.write(fd, f"{lead}{decision.line()}\n".encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)
            if created:
                durable.fsync(path.parent)
        except OSError as exc:
            raise CorrectionsNotWritten(path, exc.strerror or str(exc)) from None
    finally:
        os.close(folder)
    return decision


def _last_byte(path: Path, size: int) -> bytes:
    with open(path, "rb") as fh:
        fh.seek(size - 1)
        return fh.read(1)
