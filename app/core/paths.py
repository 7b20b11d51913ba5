"""Where SmearCount finds its shipped files, from a source checkout or a PyInstaller bundle."""

import sys
from pathlib import Path


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
