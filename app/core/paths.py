"""Where SmearCount finds its shipped files, from a source checkout or a PyInstaller bundle."""

import contextlib
import os
import sys
from pathlib import Path

import platformdirs


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def install_root() -> Path:
    """The folder holding ``models_onnx/`` and ``resources/``."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS"))  # noqa: B009 (set by PyInstaller only)
    return Path(__file__).resolve().parents[2]


def app_folder() -> Path:
    """Where the program itself sits: the executable's folder, or the source checkout."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


#: Set (to 1) by ``--portable``: data and settings live next to the program (a USB stick).
PORTABLE_ENV = "SMEARCOUNT_PORTABLE"
#: A file of this name next to the program makes every start portable, without the flag.
PORTABLE_MARKER = "portable.txt"
PORTABLE_FOLDER = "SmearCount-data"


def is_portable() -> bool:
    return os.environ.get(PORTABLE_ENV) == "1" or (app_folder() / PORTABLE_MARKER).is_file()


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
    if is_portable():
        return app_folder() / PORTABLE_FOLDER / "data"
    return Path(platformdirs.user_data_dir("SmearCount", appauthor=False))


#: Overrides the per-user settings folder (tests, portable installs).
CONFIG_DIR_ENV = "SMEARCOUNT_CONFIG_DIR"


def user_config_dir() -> Path:
    """Where the settings file lives (it may point the data folder elsewhere)."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    if is_portable():
        return app_folder() / PORTABLE_FOLDER / "settings"
    return Path(platformdirs.user_config_dir("SmearCount", appauthor=False))


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by this user only: slides hold patient data.
    A folder that already exists keeps its rights: it may be a share the lab set up for
    several people, and tightening it would lock them out. On Windows the per-user folders
    are already private; POSIX modes do not apply there."""
    if path.is_dir():
        return path
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):  # best effort on file systems without modes
            path.chmod(0o700)
    return path


def data_dir_for(configured: str) -> Path:
    """The data folder: an override or the portable folder, else the configured one or default."""
    if os.environ.get(DATA_DIR_ENV) or is_portable() or not configured:
        return user_data_dir()
    return Path(configured)


def shown_name(name: str) -> str:
    """A file name as people see it and as it is stored: bytes that are not UTF-8 (a name
    from an old camera or another system) are shown escaped, ``f\\xff.jpg``, instead of failing
    every place that writes the name down (database, report, terminal)."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
