"""The features of confirmed cells, kept between refits: each refit runs the classifier only on
cells it has not seen before (a box of a stored image, for one model). Derived data: a damaged or
foreign cache is simply rebuilt."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from app.core.atomic import write_bytes_atomic

log = logging.getLogger(__name__)

#: features row, log-probabilities row
Entry = tuple[NDArray[np.float32], NDArray[np.float32]]


def cell_key(image_sha256: str, box: tuple[float, float, float, float]) -> str:
    return f"{image_sha256}:" + ",".join(f"{v:.3f}" for v in box)


def load_cache(path: Path, model_sha256: str) -> dict[str, Entry]:
    if not path.is_file():
        return {}
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["model_sha256"]) != model_sha256:
                return {}
            keys, features, log_p = data["keys"], data["features"], data["log_p"]
            if not len(keys) == len(features) == len(log_p):
                raise ValueError("its arrays differ in length")
            return {str(k): (f, p) for k, f, p in zip(keys, features, log_p, strict=True)}
    except (OSError, ValueError, KeyError, EOFError) as exc:
        log.warning(
            "The lab adaptation's feature cache %s was unreadable (%s); rebuilt.", path, exc
        )
        return {}


def save_cache(path: Path, model_sha256: str, entries: dict[str, Entry]) -> None:
    """Write ``entries`` (at least one) into an existing folder."""
    keys = sorted(entries)
    buffer = io.BytesIO()
    np.savez(
        buffer,
        model_sha256=np.array(model_sha256),
        keys=np.array(keys),
        features=np.stack([entries[k][0] for k in keys]),
        log_p=np.stack([entries[k][1] for k in keys]),
    )
    write_bytes_atomic(path, buffer.getvalue())
