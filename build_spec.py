"""Build the SmearCount bundle with PyInstaller from ``installer/smearcount.spec``.

    pip install -e ".[build]"
    python build_spec.py                 # → dist/SmearCount/SmearCount(.exe), one folder
    python build_spec.py --self-test     # ... then run the bundle's --self-test offscreen

PyInstaller only treats ``*.spec`` files as specs, so this file is the documented driver: it
builds the one-folder bundle (windowed, icon, ``models_onnx/`` and ``resources/`` as data, unused
Qt modules left out), prints its size, and optionally checks it. Build on the system you ship
for: a Windows bundle is built on Windows, a Linux one on Linux. ``dist/`` and ``build/`` are
never committed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SPEC = ROOT / "installer" / "smearcount.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "SmearCount"


def executable(bundle: Path = BUNDLE) -> Path:
    return bundle / ("SmearCount.exe" if sys.platform == "win32" else "SmearCount")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build() -> None:
    import PyInstaller.__main__

    from app import i18n_build

    i18n_build.build()  # the .mo and .qm the bundle carries in resources/i18n/compiled

    start = time.perf_counter()
    PyInstaller.__main__.run(
        [str(SPEC), "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build")]
    )  # fmt: skip
    size = folder_size(BUNDLE) / 1e6
    print(f"built {executable()} in {time.perf_counter() - start:.0f} s, {size:.0f} MB unpacked")


def self_test(bundle: Path = BUNDLE) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(executable(bundle)), "--self-test"], env=env, check=False).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--self-test", action="store_true", help="run the built bundle's self-test")
    args = parser.parse_args()
    build()
    return self_test() if args.self_test else 0


if __name__ == "__main__":
    sys.exit(main())
