"""Analysing images without a window (the `analyze` and `classify` commands)."""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from app.core.errors import SmearCountError
from app.core.image_files import ImageSource
from app.core.imaging import decode_image
from app.core.pipeline import Detection, Pipeline, model_scale_size

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FieldResult:
    source: ImageSource
    width: int = 0
    height: int = 0
    cells: list[Detection] = field(default_factory=list)
    error: str | None = None
    same_as: str | None = None  # the same image was given before under this name: not counted
    preparation: dict[str, str] = field(default_factory=dict)  # scale and flattening used
    # The models' summaries as this field keeps them (the detector's with its preparation).
    models: list[dict[str, str]] = field(default_factory=list)
    # (width, height) the detector ran at: the image brought to the model's scale, if it was.
    detector_size: tuple[int, int] = (0, 0)


def analyze_sources(pipeline: Pipeline, sources: Iterable[ImageSource]) -> Iterator[FieldResult]:
    """Analyse each image once (the same file under a second name is named, not counted
    again); one that fails gets its error and the rest go on."""
    seen: dict[str, str] = {}  # sha256 -> the name it was first given under
    for source in sources:
        try:
            data = source.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            if digest in seen:
                yield FieldResult(source, same_as=seen[digest])
                continue
            seen[digest] = source.name
            image = decode_image(data, source.name)
            analysis = pipeline.analyze_field(image)
        except SmearCountError as exc:
            yield FieldResult(source, error=str(exc))
            continue
        except Exception as exc:  # a model or library fault must not stop the batch
            log.exception("Unexpected failure on %s", source.name)
            yield FieldResult(source, error=f"{source.name}: analysis failed unexpectedly ({exc}).")
            continue
        yield FieldResult(
            source,
            image.shape[1],
            image.shape[0],
            analysis.cells,
            preparation=analysis.prepared.summary(),
            models=analysis.models,
            detector_size=model_scale_size(analysis.prepared),
        )


def count_labels(results: Iterable[FieldResult]) -> dict[str, int]:
    counts = Counter(cell.label for result in results for cell in result.cells)
    return dict(sorted(counts.items()))


def results_to_json(results: list[FieldResult], pipeline: Pipeline) -> dict[str, Any]:
    """The documented JSON of the `analyze` command (README, "analyze JSON")."""
    return {
        "fields": [
            {
                "image": str(r.source.path),
                "member": r.source.member,
                "width": r.width,
                "height": r.height,
                "error": r.error,
                "same_as": r.same_as,
                "preparation": r.preparation,
                "cells": [
                    {
                        "box": [round(v, 2) for v in c.box],
                        "label": c.label,
                        "confidence": round(c.confidence, 4),
                        "detector_label": c.detector_label,
                        "detector_confidence": round(c.detector_confidence, 4),
                        "stages": [
                            {
                                "stage": s.stage,
                                "label": s.label,
                                "confidence": round(s.confidence, 4),
                            }
                            for s in c.path
                        ],
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
