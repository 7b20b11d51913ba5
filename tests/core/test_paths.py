"""Shipped files and user folders are found in a source checkout, a bundle, and portable mode."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.core import paths

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_overrides(monkeypatch):
    for name in (paths.DATA_DIR_ENV, paths.CONFIG_DIR_ENV, paths.PORTABLE_ENV):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def frozen(monkeypatch, tmp_path):
    """A PyInstaller one-folder layout: executable, and _internal/ holding the data files."""
    bundle = tmp_path / "SmearCount"
    internal = bundle / "_internal"
    internal.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle / "SmearCount"))
    return bundle


def test_source_run_finds_the_checkout():
    assert not paths.is_frozen()
    assert paths.install_root() == REPO
    assert paths.models_dir() == REPO / "models_onnx"
    assert (paths.profiles_dir() / "default.json").is_file()
    assert (paths.resources_dir() / "reference_ranges").is_dir()


def test_frozen_run_finds_the_bundle(frozen, no_overrides):
    assert paths.is_frozen()
    assert paths.models_dir() == frozen / "_internal" / "models_onnx"
    assert paths.resources_dir() == frozen / "_internal" / "resources"
    assert paths.app_folder() == frozen
    # Not portable: the user's own folders, outside the program's.
    assert frozen not in paths.user_data_dir().parents
    assert frozen not in paths.user_config_dir().parents


def test_portable_flag_keeps_data_and_settings_beside_the_program(
    frozen, no_overrides, monkeypatch
):
    monkeypatch.setenv(paths.PORTABLE_ENV, "1")
    assert paths.user_data_dir() == frozen / "SmearCount-data" / "data"
    assert paths.user_config_dir() == frozen / "SmearCount-data" / "settings"
    # A data folder chosen in settings on another PC must not pull data off the stick.
    assert paths.data_dir_for("C:/Users/someone/slides") == frozen / "SmearCount-data" / "data"


def test_a_marker_file_makes_every_start_portable(frozen, no_overrides):
    assert not paths.is_portable()
    (frozen / paths.PORTABLE_MARKER).write_text("")
    assert paths.is_portable()
    assert paths.user_data_dir() == frozen / "SmearCount-data" / "data"


def test_environment_overrides_win(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "d"))
    monkeypatch.setenv(paths.PORTABLE_ENV, "1")
    assert paths.user_data_dir() == tmp_path / "d"
    assert paths.data_dir_for("/elsewhere") == tmp_path / "d"


def test_a_folder_smearcount_creates_is_private_but_an_existing_one_keeps_its_rights(tmp_path):
    import os
    import stat

    from app.core.paths import private_dir

    made = private_dir(tmp_path / "new" / "data")
    shared = tmp_path / "lab-share"
    shared.mkdir()
    shared.chmod(0o775)
    private_dir(shared)
    if os.name == "posix":
        assert stat.S_IMODE(made.stat().st_mode) == 0o700
        assert stat.S_IMODE(shared.stat().st_mode) == 0o775  # chmodded to 700 before
