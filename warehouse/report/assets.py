"""What the report ships beside its page: its own script and style, and the Vega
JavaScript, bundled by vl-convert from the Python package (nothing from a CDN)."""

from __future__ import annotations

from functools import cache
from importlib import resources

import altair as alt
import vl_convert as vlc

STATIC = ("report.css", "report.js")


def vegalite_version() -> str | None:
    """The Vega-Lite version Altair writes its specs for, when vl-convert has it."""
    wanted = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    return wanted if wanted in vlc.get_vegalite_versions() else None


def vega_bundle_name() -> str:
    """The bundle's file name, which changes whenever a bundled library does."""
    vl = vegalite_version() or vlc.get_vegalite_versions()[-1]
    return f"vega-lite-{vl}-vega-{vlc.get_vega_version()}-embed-{vlc.get_vega_embed_version()}.js"


@cache
def vega_bundle() -> str:
    """vegaEmbed, vega and vegaLite as one script that sets them on `window`.

    Bundling takes seconds, so the site writer keeps a bundle it wrote before under
    the same name."""
    return vlc.javascript_bundle(vl_version=vegalite_version())


def static(name: str) -> str:
    """One of the report's own files (script or style), as shipped in the package."""
    return resources.files(__package__).joinpath("static", name).read_text(encoding="utf-8")
