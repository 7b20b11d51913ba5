"""Test settings shared by every test.

Qt is told to draw offscreen before anything imports it: without a display, pytest would abort.
The per-user data folder is redirected into the test's temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest

import app  # noqa: F401  (before anything loads onnxruntime: telemetry off)

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMEARCOUNT_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.setenv("SMEARCOUNT_CONFIG_DIR", str(tmp_path / "user-config"))


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(1234)


def save_rgb(path: Path, image: np.ndarray) -> Path:
    from PIL import Image

    Image.fromarray(image).save(path)
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest):
    """The store's engine: every test using it runs on SQLite and on a lab server."""
    from tests.engines import engine_for

    chosen = engine_for(request.param)
    yield chosen
    for store in chosen.opened:
        store.close()


def pytest_sessionfinish(session: pytest.Session) -> None:
    from tests.engines import drop_test_databases

    drop_test_databases()


@pytest.fixture
def cluster():
    """A PostgreSQL server of the test's own, set up for SmearCount, to stop and start."""
    from tests.pg_cluster import Cluster

    made = Cluster()
    yield made
    made.remove()
