"""Where SmearCount finds its shipped files, from a source checkout or a PyInstaller bundle."""

import os
import sys
from pathlib import Path

import platformdirs


def install_root() -> Path:
    """The folder holding ``models_onnx/`` and ``resources/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parents[2]


def models_dir() -> Path:
    return install_root() / "models_onnx"


def profiles_dir() -> Path:
    return models_dir() / "profiles"


def resources_dir() -> Path:
    return install_root() / "resources"


#: Overrides the per-user data folder (tests, portable installs on a USB stick).
DATA_DIR_ENV = "SMEARCOUNT_DATA_DIR"


def user_data_dir() -> Path:
    """Where the slide database and field images live."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("SmearCount", appauthor=False))


#: Overrides the per-user settings folder (tests, portable installs).
CONFIG_DIR_ENV = "SMEARCOUNT_CONFIG_DIR"


def user_config_dir() -> Path:
    """Where the settings file lives (it may point the data folder elsewhere)."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("SmearCount", appauthor=False))


def data_dir_for(configured: str) -> Path:
    """The data folder: the environment override, else the configured one, else the default."""
    if os.environ.get(DATA_DIR_ENV) or not configured:
        return user_data_dir()
    return Path(configured)
