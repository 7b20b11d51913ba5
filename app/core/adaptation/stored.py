"""A fitted lab adaptation and its file beside the lab's profiles (one per profile stage).

The file is small versioned JSON: the head's numbers, the cells and slides it was fitted on, when,
the sha256 of the model it belongs to, and the figures the guard judged it by. It is refused for
any other model (its numbers mean nothing there); a damaged file is ignored with a warning.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.core.adaptation.guard import Judgement
from app.core.adaptation.head import Head
from app.core.atomic import write_text_atomic
from app.core.errors import SmearCountError
from app.core.i18n import N_, _
from app.core.paths import private_dir, user_config_dir

ADAPTATION_VERSION = 1
FEATURE_KINDS = ("embedding", "log_probabilities")

log = logging.getLogger(__name__)


class AdaptationError(SmearCountError):
    """A lab adaptation cannot be used with this model."""


@dataclass(frozen=True)
class Adaptation:
    profile: str
    stage: str
    model_sha256: str
    classes: tuple[str, ...]
    feature: str  # one of FEATURE_KINDS
    head: Head
    cell_ids: tuple[int, ...]
    slide_ids: tuple[int, ...]
    fitted_at: str  # ISO 8601, UTC
    judgement: Judgement

    @property
    def active(self) -> bool:
        """Whether it types cells: it beat the unadapted model on held-out slides."""
        return self.judgement.passed

    def describe(self) -> str:
        """What each field it typed records, in English whatever the window speaks (the slide
        store's record), e.g. "adapted on 412 cells from 9 slides, 2026-12-03"; ``shown``
        says it in the reader's language."""
        cells, slides = len(self.cell_ids), len(set(self.slide_ids))
        return RECORDED.format(cells=cells, slides=slides, date=self.fitted_at[:10])


#: How a field records the adaptation that typed it (``Adaptation.describe``).
RECORDED = N_("adapted on {cells} cells from {slides} slides, {date}")
_RECORDED = re.compile(
    re.escape(RECORDED)
    .replace(r"\{cells\}", r"(?P<cells>\d+)")
    .replace(r"\{slides\}", r"(?P<slides>\d+)")
    .replace(r"\{date\}", r"(?P<date>[\d-]+)")
)


def shown(recorded: str) -> str:
    """A recorded adaptation (``describe``) in the current language; a record in another shape
    (an older SmearCount's) as it was written."""
    found = _RECORDED.fullmatch(recorded)
    return _(RECORDED).format(**found.groupdict()) if found else recorded


def adaptations_dir(profile: str) -> Path:
    """Beside the lab's profiles, one folder per profile (by its name)."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", profile).strip(".") or "profile"
    return user_config_dir() / "profiles" / f"{safe}.adaptation"


def adaptation_path(profile: str, stage: str) -> Path:
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", stage).strip(".") or "stage"
    return adaptations_dir(profile) / f"{safe}.json"


def cache_path(profile: str, stage: str) -> Path:
    """The stage's feature cache, beside its adaptation."""
    return adaptation_path(profile, stage).with_suffix(".features.npz")


def save_adaptation(adaptation: Adaptation, path: Path) -> None:
    head, verdict = adaptation.head, adaptation.judgement
    data = {
        "adaptation_version": ADAPTATION_VERSION,
        "profile": adaptation.profile,
        "stage": adaptation.stage,
        "model_sha256": adaptation.model_sha256,
        "classes": list(adaptation.classes),
        "feature": adaptation.feature,
        "fitted_at": adaptation.fitted_at,
        "cell_ids": list(adaptation.cell_ids),
        "slide_ids": list(adaptation.slide_ids),
        "judged": {
            "cells": verdict.cells,
            "slides": verdict.slides,
            "base_correct": verdict.base_correct,
            "adapted_correct": verdict.adapted_correct,
        },
        "mean": head.mean.tolist(),
        "scale": head.scale.tolist(),
        "weights": head.weights.tolist(),
        "bias": head.bias.tolist(),
    }
    private_dir(path.parent.parent)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps(data))


def load_adaptation(path: Path, model_sha256: str) -> Adaptation | None:
    """The adaptation stored at ``path`` for the model with this sha256; None when there is none
    or the file is damaged (logged). Raises AdaptationError when it belongs to another model."""
    if not path.is_file():
        return None
    try:
        adaptation = _parse(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError) as exc:
        log.warning("The lab adaptation %s is damaged and was ignored (%s).", path, exc)
        return None
    if adaptation.model_sha256 != model_sha256:
        raise AdaptationError(
            _(
                "The lab adaptation of stage '{stage}' was fitted for another model (sha256 "
                "{fitted}…, this one is {current}…): it is not used. Refit it in Settings → Lab "
                "adaptation, or reset it."
            ).format(
                stage=adaptation.stage,
                fitted=adaptation.model_sha256[:12],
                current=model_sha256[:12],
            )
        )
    return adaptation


def _parse(raw: Any) -> Adaptation:
    if not isinstance(raw, dict) or raw.get("adaptation_version") != ADAPTATION_VERSION:
        raise ValueError("not a version 1 adaptation file")
    classes = tuple(str(c) for c in raw["classes"])
    weights = _matrix(raw["weights"])
    mean, scale, bias = (np.asarray(raw[k], np.float32) for k in ("mean", "scale", "bias"))
    dims = weights.shape
    if dims[1] != len(classes) or mean.shape != (dims[0],) or scale.shape != (dims[0],):
        raise ValueError("its numbers do not fit together")
    if bias.shape != (len(classes),) or (scale <= 0).any():
        raise ValueError("its numbers do not fit together")
    if not all(np.isfinite(v).all() for v in (mean, scale, bias)):
        raise ValueError("it holds numbers that are not finite")
    if raw["feature"] not in FEATURE_KINDS:
        raise ValueError(f"unknown feature kind {raw['feature']!r}")
    judged = raw["judged"]
    return Adaptation(
        profile=str(raw["profile"]),
        stage=str(raw["stage"]),
        model_sha256=str(raw["model_sha256"]),
        classes=classes,
        feature=str(raw["feature"]),
        head=Head(mean, scale, weights, bias),
        cell_ids=tuple(int(i) for i in raw["cell_ids"]),
        slide_ids=tuple(int(i) for i in raw["slide_ids"]),
        fitted_at=str(raw["fitted_at"]),
        judgement=Judgement(*(int(judged[k]) for k in _JUDGED)),
    )


_JUDGED = ("cells", "slides", "base_correct", "adapted_correct")


def _matrix(value: object) -> np.ndarray[Any, np.dtype[np.float32]]:
    matrix = np.asarray(value, np.float32)
    if matrix.ndim != 2 or not np.isfinite(matrix).all():
        raise ValueError("the weights are not a finite matrix")
    return matrix
