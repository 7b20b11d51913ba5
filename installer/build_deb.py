"""Wrap the one-folder Linux bundle (``dist/SmearCount``) into a Debian package.

    python build_spec.py && python installer/build_deb.py    # → dist/smearcount_<version>_amd64.deb

Installs the program in /opt/smearcount, a ``smearcount`` command in /usr/bin, a menu entry and
an icon. Slides and settings stay in each user's own folders and are never touched by removal.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402  (after the path is set)

#: What the bundle needs from the system: Qt's X11/EGL/font libraries (PyInstaller bundles Qt
#: itself, not these).
DEPENDS = (
    "libc6, libegl1, libgl1, libglib2.0-0, libfontconfig1, fonts-dejavu-core, libdbus-1-3, "
    "libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, "
    "libxcb-shape0"
)


def control(installed_kb: int) -> str:
    return (
        f"Package: smearcount\n"
        f"Version: {__version__}\n"
        f"Architecture: amd64\n"
        f"Maintainer: SmearCount maintainers <maintainers@users.noreply.example>\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {DEPENDS}\n"
        # The Thai glyphs of the window and the reports (Noto Sans Thai); apt installs it.
        f"Recommends: fonts-noto-core\n"
        f"Section: science\n"
        f"Priority: optional\n"
        f"Homepage: https://example.invalid/smearcount\n"
        f"Description: offline blood-smear cell counting\n"
        f" Detects and classifies blood cells in microscope images with ONNX models,\n"
        f" keeps a running differential count that the technician corrects, and\n"
        f" exports Excel reports. Decision support only: not a diagnosis.\n"
    )


def build(bundle: Path, out_dir: Path) -> Path:
    if not (bundle / "SmearCount").is_file():
        raise SystemExit(f"No bundle at {bundle}: run `python build_spec.py` first.")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "pkg"
        opt = root / "opt" / "smearcount"
        shutil.copytree(bundle, opt, symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        os.symlink("/opt/smearcount/SmearCount", root / "usr" / "bin" / "smearcount")
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        shutil.copy(ROOT / "installer" / "smearcount.desktop", apps / "smearcount.desktop")
        icons = root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
        icons.mkdir(parents=True)
        shutil.copy(ROOT / "resources" / "icons" / "smearcount.png", icons / "smearcount.png")
        size_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) // 1024
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(control(size_kb), encoding="utf-8")
        for path in root.rglob("*"):
            if path.is_dir():
                path.chmod(0o755)
        out_dir.mkdir(parents=True, exist_ok=True)
        deb = out_dir / f"smearcount_{__version__}_amd64.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root), str(deb)],
            check=True,
        )
    return deb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "SmearCount")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    deb = build(args.bundle, args.out)
    print(f"built {deb} ({deb.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
