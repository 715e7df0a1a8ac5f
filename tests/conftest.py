"""Fixtures shared by the suite: paths, the sample corpus, one Prefect harness."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"

# Prefect reads its settings at import: give the suite its own home before anything
# imports it, and keep the temporary server's telemetry quiet.
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="tradefigures-prefect-"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def shared(*parts: str) -> Path:
    """A path under ../shared, or skip the test when the shared corpora are absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared corpora sit beside the checkout)")
    return path


@pytest.fixture(scope="session")
def samples() -> Path:
    from importlib import resources

    return Path(str(resources.files("tradefigures.samples")))


@pytest.fixture(scope="session")
def prefect_harness():
    """One Prefect test server for every flow test in the session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def warehouse(tmp_path) -> Path:
    return tmp_path / "warehouse"


@pytest.fixture
def web_server():
    """A real web server on 127.0.0.1 that the test fills with pages and feeds."""
    from .web_server import WebServer

    server = WebServer()
    yield server
    server.close()


@pytest.fixture
def internal_server():
    """A second real web server, on 127.0.0.2: a service on this machine that no source
    names, which a page, a redirect or a feed entry must not reach."""
    from .web_server import WebServer

    server = WebServer("127.0.0.2")
    server.page("/secret", "<html><body><article><p>" + "The internal price list says 99 per cent. " * 10
                + "</p></article></body></html>")
    yield server
    server.close()
