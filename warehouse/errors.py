"""The warehouse's own errors: each message names the thing and what to do."""


class WarehouseError(Exception):
    """Base of the warehouse's errors."""


class NoWarehouse(WarehouseError):
    def __init__(self, path):
        super().__init__(f'No warehouse at "{path}": run `tradefigures run` first, or give --warehouse DIR')


class NoRelease(WarehouseError):
    def __init__(self, release_id, path):
        super().__init__(f'Release "{release_id}" is not in the warehouse "{path}": '
                         "`tradefigures releases` lists them")


class WarehouseBusy(WarehouseError):
    def __init__(self, path, seconds):
        super().__init__(f'Warehouse "{path}" is locked by another run (waited {seconds:.0f} s); '
                         "try again when it ends")


class QueryRefused(WarehouseError):
    """A query that would change the warehouse or read outside it."""


class QueryFailed(WarehouseError):
    """DuckDB could not answer the query."""


class VerifyFailed(WarehouseError):
    """A release's files do not match its manifest."""
