"""Analysing a list of image files and folders without a window (the `analyze` command)."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import SmearCountError
from app.core.imaging import IMAGE_SUFFIXES, read_image
from app.core.pipeline import Cell, Pipeline

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FieldResult:
    image: Path
    width: int = 0
    height: int = 0
    cells: list[Cell] = field(default_factory=list)
    error: str | None = None


def collect_images(inputs: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the images directly inside given folders (sorted by name)."""
    found: list[Path] = []
    for item in map(Path, inputs):
        if item.is_dir():
            found.extend(
                sorted(
                    p for p in item.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()
                )
            )
        else:
            found.append(item)  # a missing or bad file is reported by analyze_files
    return found


def analyze_files(pipeline: Pipeline, paths: Iterable[Path]) -> Iterator[FieldResult]:
    """Analyse each file; a file that fails gets its error and the rest go on."""
    for path in paths:
        try:
            image = read_image(path)
            cells = pipeline.analyze(image)
        except SmearCountError as exc:
            yield FieldResult(path, error=str(exc))
            continue
        except Exception as exc:  # a model or library fault must not stop the batch
            log.exception("Unexpected failure on %s", path)
            yield FieldResult(path, error=f"{path.name}: analysis failed unexpectedly ({exc}).")
            continue
        yield FieldResult(path, image.shape[1], image.shape[0], cells)


def count_labels(results: Iterable[FieldResult]) -> dict[str, int]:
    counts = Counter(cell.label for result in results for cell in result.cells)
    return dict(sorted(counts.items()))


def results_to_json(results: list[FieldResult], pipeline: Pipeline) -> dict[str, Any]:
    """The documented JSON of the `analyze` command (README, "analyze JSON")."""
    return {
        "fields": [
            {
                "image": str(r.image),
                "width": r.width,
                "height": r.height,
                "error": r.error,
                "cells": [
                    {
                        "box": [round(v, 2) for v in c.box],
                        "label": c.label,
                        "confidence": round(c.confidence, 4),
                        "detector_label": c.detector_label,
                        "detector_confidence": round(c.detector_confidence, 4),
                    }
                    for c in r.cells
                ],
            }
            for r in results
        ],
        "counts": count_labels(results),
        "models": [
            {
                "path": str(m.path),
                "name": m.name,
                "kind": m.kind,
                "format": m.format,
                "sha256": m.sha256,
                "provider": m.provider,
                "classes": list(m.classes),
                "assumptions": list(m.assumptions),
            }
            for m in pipeline.models
        ],
    }
