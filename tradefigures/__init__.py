"""tradefigures: the figures and dates in the news about the Canada-US trade dispute.

The package is four subpackages, one per stage of the pipeline:

- ``tradefigures.extract``: articles in (files, pages, feeds), figure and date rows out;
- ``tradefigures.validate``: the schema of every table, and the quarantine;
- ``tradefigures.warehouse``: versioned Parquet releases and the DuckDB catalog;
- ``tradefigures.flows``: the Prefect flows and the command line.
"""

__version__ = "0.1.0"
