"""The report's own errors: each message names the thing and what to do."""

from tradefigures.warehouse.errors import WarehouseError


class NoReleases(WarehouseError):
    def __init__(self, path):
        super().__init__(f'Warehouse "{path}" holds no release yet: run `tradefigures run --warehouse {path}` first')


class TargetTaken(WarehouseError):
    def __init__(self, path, why: str):
        super().__init__(f'Cannot write the report into "{path}": {why}; give a new or empty folder with --out DIR')
