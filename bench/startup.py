"""Start-up to a usable window, from source and from the PyInstaller bundle, and the bundle's size.

    python build_spec.py && python bench/startup.py     # → bench/results/startup.json

Each start is a fresh process that quits right after the window's first paint
(SMEARCOUNT_QUIT_WHEN_SHOWN); runs alternate between the two so both see the same machine load.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from build_spec import BUNDLE, executable, folder_size  # noqa: E402

RUNS = 5


def seconds(command: list[str], work: Path) -> float:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        SMEARCOUNT_QUIT_WHEN_SHOWN="1",
        SMEARCOUNT_DATA_DIR=str(work / "data"),
        SMEARCOUNT_CONFIG_DIR=str(work / "config"),
    )
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def largest_parts(folder: Path, count: int = 8) -> dict[str, float]:
    internal = folder / "_internal"
    sizes = {
        p.name: folder_size(p) if p.is_dir() else p.stat().st_size
        for p in internal.iterdir()
        if not p.is_symlink()
    }
    top = sorted(sizes.items(), key=lambda item: -item[1])[:count]
    return {name: round(size / 1e6, 1) for name, size in top}


def self_test_seconds() -> float:
    start = time.perf_counter()
    subprocess.run([str(executable()), "--self-test"], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    if not executable().is_file():
        raise SystemExit("No bundle: run `python build_spec.py` first.")
    source, bundle = [], []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        seconds([str(executable())], work)  # first start warms the disk cache for both
        for _ in range(RUNS):
            source.append(seconds([sys.executable, "-m", "app"], work))
            bundle.append(seconds([str(executable())], work))
    result = {
        "source_start_s_median": round(statistics.median(source), 2),
        "bundle_start_s_median": round(statistics.median(bundle), 2),
        "bundle_over_source": round(statistics.median(bundle) / statistics.median(source), 2),
        "bundle_mb_unpacked": round(folder_size(BUNDLE) / 1e6, 1),
        "largest_parts_mb": largest_parts(BUNDLE),
        "self_test_s": round(self_test_seconds(), 1),
        "runs": RUNS,
    }
    print(json.dumps(result, indent=1))
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "startup.json").write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
