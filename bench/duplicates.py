"""Duplicate detection on real fields: precision and recall of "same place" at the threshold
the app uses.

Same place (should be refused): each field with sensor noise (sigma 4-12 grey levels) and a
nudge of the stage of up to 5 % of each side. New place (should pass): every other field of the
data set, and each field after the stage moved by a quarter to a half of the view. Pairs of
different files that match are listed: the data set holds some places photographed twice.

    python bench/duplicates.py [--limit 40]     (default: every field in the folder)
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from app.core.camera.duplicates import SAME_PLACE, fingerprint, similarity  # noqa: E402
from app.core.imaging import read_image  # noqa: E402

FIELDS = ROOT.parent / "shared" / "data" / "fields" / "images"
NOISE = (4.0, 8.0, 12.0)
NUDGES = ((0, 0), (0.0125, -0.01), (-0.03, 0.025), (0.05, 0.05), (-0.05, -0.04))
MOVES = ((0.25, 0.0), (0.0, 0.25), (0.33, 0.33), (-0.5, 0.0), (0.0, -0.5))
#: Sideways moves, as a share of the width, for the share of fields still taken as the same place.
SWEEP = (0.06, 0.08, 0.1, 0.12, 0.15, 0.2)


def shifted(image: np.ndarray, fx: float, fy: float) -> np.ndarray:
    h, w = image.shape[:2]
    matrix = np.array([[1, 0, fx * w], [0, 1, fy * h]], np.float32)
    return np.asarray(cv2.warpAffine(image, matrix, (w, h), borderMode=cv2.BORDER_REFLECT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=FIELDS)
    parser.add_argument("--limit", type=int, default=0, help="first N fields only (0: all)")
    args = parser.parse_args()
    paths = sorted(args.folder.glob("*.jpg"))[: args.limit or None]
    if not paths:
        sys.exit(f"No fields in {args.folder}")
    rng = np.random.default_rng(0)
    images = [read_image(p) for p in paths]
    prints = [fingerprint(i) for i in images]

    same = []  # similarity of each noisy, nudged copy to its own field
    for image, own in zip(images, prints, strict=True):
        for sigma, (fx, fy) in itertools.product(NOISE, NUDGES):
            copy = shifted(image, fx, fy) + rng.normal(0, sigma, image.shape)
            same.append(similarity(fingerprint(np.clip(copy, 0, 255).astype(np.uint8)), own))
    moved = [
        similarity(fingerprint(shifted(image, fx, fy)), own)
        for image, own in zip(images, prints, strict=True)
        for fx, fy in MOVES
    ]
    sweep = {
        f"{share:.2f}": sum(
            similarity(fingerprint(shifted(image, share, 0.0)), own) >= SAME_PLACE
            for image, own in zip(images, prints, strict=True)
        )
        / len(images)
        for share in SWEEP
    }
    started = time.perf_counter()
    pairs = {
        (a, b): similarity(prints[a], prints[b])
        for a, b in itertools.combinations(range(len(paths)), 2)
    }
    per_pair_ms = 1000 * (time.perf_counter() - started) / max(1, len(pairs))
    true_positive = sum(s >= SAME_PLACE for s in same)
    false_positive = sum(s >= SAME_PLACE for s in moved) + sum(
        s >= SAME_PLACE for s in pairs.values()
    )
    big = np.asarray(cv2.resize(images[0], (1920, 1080)), np.uint8)
    started = time.perf_counter()
    for _ in range(20):
        fingerprint(big)
    result = {
        "fields": len(paths),
        "threshold": SAME_PLACE,
        "same_place_copies": len(same),
        "new_places": len(moved) + len(pairs),
        "recall": true_positive / len(same),
        "precision": true_positive / (true_positive + false_positive) if true_positive else None,
        "lowest_same_place_similarity": min(same),
        "highest_moved_stage_similarity": max(moved),
        "highest_different_field_similarity_below_threshold": max(
            (s for s in pairs.values() if s < SAME_PLACE), default=None
        ),
        "same_place_share_after_sideways_move": sweep,
        "different_files_matching": [
            [paths[a].name, paths[b].name, round(s, 3)]
            for (a, b), s in pairs.items()
            if s >= SAME_PLACE
        ],
        "fingerprint_1080p_ms": 1000 * (time.perf_counter() - started) / 20,
        "compare_ms": per_pair_ms,
    }
    out = ROOT / "bench" / "results" / "duplicates.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
