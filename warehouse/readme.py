"""The README of an exported release: what it is, how to read and check it, and the
data dictionary, all written from the release's manifest and the schemas."""

from __future__ import annotations

from tradefigures.validate import tables
from tradefigures.warehouse import layout
from tradefigures.warehouse.releases import TABLES, Release


def text(release: Release) -> str:
    """The README.md of one release."""
    m = release.manifest
    info = release.info
    licence = ", ".join(lic.get("name", "") for lic in m.get("licenses", []))
    lines = [
        f"# {m.get('title', 'tradefigures release ' + release.id)}", "",
        m.get("description", ""), "",
        f"- Release: `{release.id}`, created {release.created_at}",
        f"- Parent release: `{release.parent}`" if release.parent else "- Parent release: none (the first)",
        f"- Pipeline `{info.get('pipeline')}`, extractor `{info.get('extractor')}`, "
        f"validation rules `{info.get('validation')}`",
        f"- Inputs: {len(m.get('tradefigures:inputs', []))} sources, each with the SHA-256 of the bytes "
        "read (`tradefigures:inputs` in datapackage.json)",
        f"- Licence: {licence}", "",
        "Cite it as: tradefigures, release " + release.id + ".", "",
        "## Files", "",
        "| table | rows | parts | bytes |", "| --- | ---: | ---: | ---: |",
    ]
    for table in TABLES:
        parts = release.parts(table)
        lines.append(f"| `{table}/` | {release.rows(table)} | {len(parts)} | {sum(p['bytes'] for p in parts)} |")
    lines += [
        "", f"`{layout.MANIFEST}` is a Frictionless Data Package describing every file: its "
        "schema, size, SHA-256 and row count, the release's parent, inputs and code versions. "
        "Each Parquet file carries the same provenance in its key-value metadata "
        "(`tradefigures.*`). A part is named by the SHA-256 of its bytes.", "",
        "## Read it", "",
        "```",
        "duckdb -c \"select kind, count(*) from read_parquet('figures/*.parquet') group by 1\"",
        "python -c \"import polars as pl; print(pl.read_parquet('figures/*.parquet'))\"",
        "```", "",
        "## Check it", "",
        "```",
        f"sha256sum -c {layout.CHECKSUMS}        # every file, this README and the manifest included",
        "tradefigures verify .            # every part against datapackage.json",
        f"frictionless validate {layout.MANIFEST}",
        "```", "",
        "## Data dictionary", "",
        tables.dictionary(),
    ]
    return "\n".join(lines)
