"""The warehouse's own errors: each message names the thing and what to do."""

import shlex


class WarehouseError(Exception):
    """Base of the warehouse's errors."""


class NoWarehouse(WarehouseError):
    def __init__(self, path):
        super().__init__(f'No warehouse at "{path}": run `tradefigures run` first, or give --warehouse DIR')


class NotAFolder(WarehouseError):
    def __init__(self, path):
        super().__init__(f'"{path}" is a file, not a warehouse folder: give --warehouse a folder '
                         "(a new one, or one `tradefigures run` made)")


class NoRelease(WarehouseError):
    def __init__(self, release_id, path, why=None):
        because = f" ({why})" if why else ""
        super().__init__(f'Release "{release_id}" is not in the warehouse "{path}"{because}: '
                         "`tradefigures releases` lists them")


class NoTable(WarehouseError, ValueError):
    def __init__(self, name, tables):
        super().__init__(f'No table "{name}": the tables are {", ".join(tables)}')


class NotARelease(WarehouseError):
    def __init__(self, path, what):
        super().__init__(f'"{path}" {what}: give a release folder (an exported release, with its '
                         "datapackage.json), or a release id; `tradefigures releases` lists them")


class WarehouseBusy(WarehouseError):
    def __init__(self, path, seconds, holder=None):
        by = f" ({holder})" if holder else ""
        super().__init__(f'Warehouse "{path}" is locked by another run{by}; waited {seconds:.0f} s: '
                         "try again when it ends")


class AmbiguousRelease(WarehouseError):
    def __init__(self, ref, matches):
        shown = ", ".join(matches[:3]) + (", ..." if len(matches) > 3 else "")
        super().__init__(f'"{ref}" names {len(matches)} releases ({shown}): give more of the id')


def rebuild_hint(path) -> str:
    """The command that rebuilds this warehouse's catalog, as it can be typed."""
    return f"`tradefigures catalog --rebuild --warehouse {shlex.quote(str(path))}`"


class CatalogStale(WarehouseError):
    def __init__(self, path, built_for):
        super().__init__(f'The catalog of "{path}" was built for the warehouse at "{built_for}" '
                         f"(moved or copied?): run {rebuild_hint(path)}")


class ExportExists(WarehouseError):
    def __init__(self, path, why="is not empty"):
        super().__init__(f'Folder "{path}" {why}: give a new or empty folder outside the warehouse')


class CorrectionsInvalid(WarehouseError):
    """A line of the corrections file that is no decision tradefigures can apply; the
    message names the file, the line and why. Nothing is published until it is fixed."""

    def __init__(self, path, line: int, why: str):
        self.path, self.line, self.why = path, line, why
        super().__init__(f'{path} line {line}: {why}; fix or remove the line (nothing is published until then)')


class CorrectionRefused(WarehouseError):
    """A decision `tradefigures review` will not record: an unknown row or field, a value
    outside the contract, a row the rules would refuse. The file stays as it was."""


class CorrectionsNotWritten(WarehouseError):
    def __init__(self, path, reason: str):
        super().__init__(f'Could not write the corrections file "{path}": {reason}; nothing was recorded')


class QueryRefused(WarehouseError):
    """A query that would change the warehouse or read outside it."""


class QueryFailed(WarehouseError):
    """DuckDB could not answer the query."""


class QueryStopped(QueryFailed):
    """A query ran past its time or memory limit and was stopped."""


class VerifyFailed(WarehouseError):
    """A release's files do not match its manifest."""


class PublishFailed(WarehouseError):
    """Writing to the warehouse failed (a full disk, a read-only or forbidden folder):
    nothing was published and the releases already there are whole."""

    def __init__(self, path, reason: str, newest: str | None, what: str = "to the warehouse"):
        still = f"the newest release is still {newest}" if newest else "no release was there before"
        super().__init__(f'Could not write {what} in "{path}": {reason}; nothing was published, '
                         f"{still}. Free the space or fix the folder's permissions, then run again")


class CatalogNotWritten(WarehouseError):
    """A release was published whole, but the catalog could not be written: queries
    show the releases the old catalog knew until the next run (or a rebuild) writes it."""

    def __init__(self, path, reason: str, published: str | None, shown: str | None):
        self.reason, self.shown = reason, shown
        done = f"release {published} was published whole, but " if published else ""
        seen = f"queries still show release {shown}" if shown else "queries find no catalog"
        super().__init__(f'In "{path}", {done}the catalog could not be written: {reason}; {seen}. '
                         f"Free the space, then run again or run {rebuild_hint(path)} to finish it")
