"""The import self-test: run a lab's model on reference images before it counts a patient cell,
and warn when its answers look like a wrong colour order, value range or output layout.

Reference images are smear fields rendered in code (``app.core.synthetic``: no dataset is
shipped; every drawn cell's box is known) plus the lab's own images in its reference folder
(images in a sub-folder are labelled by the sub-folder's name, e.g. ``blast/``). The model as
configured is compared with the same model fed the other colour order and the other usual value
ranges. A variant is only called better on evidence: more drawn cells found (detectors), more
labelled images right (classifiers), or, where nothing can be matched, a plausible number of
detections against none. These are warnings for a person to judge, never silent fixes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from app.core.errors import SmearCountError
from app.core.geometry import iou_one_to_many, square_crop
from app.core.i18n import _
from app.core.image_files import ImageSource, image_sources
from app.core.models import Classifier, Detector, Normalisation
from app.core.models.spec import IMAGENET_MEAN, IMAGENET_STD
from app.core.paths import user_config_dir
from app.core.pipeline import Detection, Pipeline
from app.core.synthetic import render_field

INPUT_RANGES: dict[str, Normalisation] = {
    "0-1": Normalisation("RGB", 1 / 255),
    "0-255": Normalisation("RGB", 1.0),
    "ImageNet mean/std": Normalisation("RGB", 1 / 255, IMAGENET_MEAN, IMAGENET_STD),
}
MATCH_IOU = 0.5
#: The bar a detector must clear to pass: a working white-cell detector finds nearly every
#: white cell drawn on the rendered reference fields (their boxes are known exactly).
WHITE_CELL_BAR = 0.9


@dataclass(frozen=True)
class ReferenceImage:
    name: str
    image: NDArray[np.uint8]  # RGB
    drawn: NDArray[np.float32] | None = None  # boxes of every cell drawn (rendered fields)
    white_cells: NDArray[np.float32] | None = None  # the white cells among them
    label: str | None = None  # the lab's class for a single-cell image


@dataclass
class CheckResult:
    """What the model did on each reference image, what was measured, what looked wrong."""

    results: list[tuple[ReferenceImage, list[Detection]]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.warnings


def reference_folder() -> Path:
    """Where a lab adds its own reference images (fields, or cell images in class folders)."""
    return user_config_dir() / "reference_images"


def reference_images(folder: Path | None = None) -> list[ReferenceImage]:
    """Three rendered fields, then the lab's own images (unreadable ones are skipped)."""
    out = []
    for seed, cells in ((11, 2), (12, 3), (13, 1)):
        rendered = render_field(640, 480, white_cells=cells, seed=seed)
        wbc = rendered.boxes[[label == "wbc" for label in rendered.labels]]
        out.append(
            ReferenceImage(f"rendered field {seed - 10}", rendered.image, rendered.boxes, wbc)
        )
    folder = folder or reference_folder()
    if folder.is_dir():
        labelled: list[tuple[ImageSource, str | None]] = [
            (s, None) for s in image_sources([folder])
        ]
        for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
            labelled += [(s, sub.name) for s in image_sources([sub])]
        for source, label in labelled:
            try:
                out.append(ReferenceImage(source.name, source.read(), label=label))
            except SmearCountError:
                continue
    return out


def check_model(
    model: Detector | Classifier,
    references: list[ReferenceImage],
    should_stop: Callable[[], bool] = lambda: False,
) -> CheckResult:
    if isinstance(model, Detector):
        return _check_detector(model, references, should_stop)
    return _check_classifier(model, references, should_stop)


@dataclass(frozen=True)
class Variant:
    setting: str  # "colour order" or "input range"
    value: str
    norm: Normalisation


def _variants(norm: Normalisation) -> list[Variant]:
    """The configured input's alternatives: the other colour order, the other value ranges."""
    other = "BGR" if norm.color_order == "RGB" else "RGB"
    out = [Variant("colour order", other, replace(norm, color_order=other))]
    for name, candidate in INPUT_RANGES.items():
        candidate = replace(candidate, color_order=norm.color_order)
        if not same_range(candidate, norm):
            out.append(Variant("input range", name, candidate))
    return out


def same_range(a: Normalisation, b: Normalisation) -> bool:
    """The same value range (scale, mean, std), whatever the colour order."""
    return bool(
        np.allclose(a.scale, b.scale) and np.allclose(a.mean, b.mean) and np.allclose(a.std, b.std)
    )


# ----- detectors ------------------------------------------------------------------------------
@dataclass(frozen=True)
class _DetectorRun:
    found: int  # detections on all references
    matched: int  # detections on a drawn cell (rendered fields)
    drawn: int  # cells drawn on the rendered fields

    @property
    def plausible(self) -> bool:
        """Not a flood of boxes: at most three per drawn cell."""
        return 0 < self.found <= 3 * max(self.drawn, 1)


def _run_detector(
    model: Detector, references: list[ReferenceImage]
) -> tuple[_DetectorRun, list[list[Detection]]]:
    pipeline = Pipeline(model)
    found = [pipeline.analyze(ref.image) for ref in references]
    matched = sum(_matched(ref.drawn, cells) for ref, cells in zip(references, found, strict=True))
    drawn = sum(len(ref.drawn) for ref in references if ref.drawn is not None)
    return _DetectorRun(sum(map(len, found)), matched, drawn), found


def _matched(truth: NDArray[np.float32] | None, cells: list[Detection]) -> int:
    """Detections lying on a drawn cell."""
    if truth is None or not len(truth) or not cells:
        return 0
    return sum(
        bool(iou_one_to_many(np.array(c.box, np.float32), truth).max() >= MATCH_IOU) for c in cells
    )


def _better(variant: _DetectorRun, as_set: _DetectorRun) -> bool:
    if variant.matched or as_set.matched:  # the drawn cells decide
        return variant.matched >= max(2 * as_set.matched, as_set.matched + 3)
    return as_set.found == 0 and variant.plausible


def _check_detector(
    model: Detector, references: list[ReferenceImage], should_stop: Callable[[], bool]
) -> CheckResult:
    check = CheckResult()
    as_set, found = _run_detector(model, references)
    check.results = list(zip(references, found, strict=True))
    cells = [c for cs in found for c in cs]
    wbc = [(ref.white_cells, cs) for ref, cs in check.results if ref.white_cells is not None]
    white_found = sum(_matched_truth(t, cs) for t, cs in wbc)
    white_drawn = sum(len(t) for t, _found in wbc if t is not None)
    bar = f"{WHITE_CELL_BAR:.0%}"
    check.notes.append(
        _(
            "As set ({input}): {found} cells found on {images} reference images, {matched} of "
            "them on the {drawn} cells drawn; {white} of {white_drawn} drawn white cells found "
            "(to pass: at least {bar})."
        ).format(
            input=model.config.normalisation.describe(),
            found=as_set.found,
            images=len(references),
            matched=as_set.matched,
            drawn=as_set.drawn,
            white=white_found,
            white_drawn=white_drawn,
            bar=bar,
        )
    )
    if white_drawn and cells and white_found < WHITE_CELL_BAR * white_drawn:
        check.warnings.append(
            _(
                "The model found {white} of the {white_drawn} white cells drawn on the reference "
                "fields ({share}); a working detector finds at least {bar}. It would miss white "
                "cells in a count."
            ).format(
                white=white_found,
                white_drawn=white_drawn,
                share=f"{white_found / white_drawn:.0%}",
                bar=bar,
            )
        )
    for variant in _variants(model.config.normalisation):
        if should_stop():
            return check
        run = _run_detector(model.with_normalisation(variant.norm), references)[0]
        if _better(run, as_set):
            said = {
                "colour order": _(
                    "With the colour order {value} the model finds {found} cells ({matched} on "
                    "drawn cells), against {as_set} ({as_set_matched}) as set: the colour order "
                    "is probably wrong; try {value}."
                ),
                "input range": _(
                    "With the input range {value} the model finds {found} cells ({matched} on "
                    "drawn cells), against {as_set} ({as_set_matched}) as set: the input range "
                    "is probably wrong; try {value}."
                ),
            }[variant.setting]
            check.warnings.append(
                said.format(
                    value=variant.value,
                    found=run.found,
                    matched=run.matched,
                    as_set=as_set.found,
                    as_set_matched=as_set.matched,
                )
            )
    if not cells:
        check.warnings.append(
            _(
                "The model found no cells on any reference image. Check the colour order, input "
                "range, input size and output format, or add the lab's own images to the "
                "reference folder."
            )
        )
    elif len(cells) >= 3:
        sizes = np.array([[c.box[2] - c.box[0], c.box[3] - c.box[1]] for c in cells])
        if (sizes.std(axis=0) < 0.01 * sizes.mean(axis=0) + 1e-6).all():
            check.warnings.append(
                _(
                    "Every box has the same size: the output is probably read in the wrong "
                    "format or layout (set 'format' in the model's settings)."
                )
            )
        scores = np.array([c.confidence for c in cells])
        if scores.std() < 1e-3:
            check.warnings.append(
                _(
                    "Every detection has the same score ({score}): the model may not be reading "
                    "the image (check the input range)."
                ).format(score=f"{scores[0]:.3f}")
            )
    return check


def _matched_truth(truth: NDArray[np.float32] | None, cells: list[Detection]) -> int:
    """Drawn cells with a detection on them."""
    if truth is None or not len(truth) or not cells:
        return 0
    boxes = np.array([c.box for c in cells], np.float32)
    return sum(bool(iou_one_to_many(t, boxes).max() >= MATCH_IOU) for t in truth)


# ----- classifiers ----------------------------------------------------------------------------
def _check_classifier(
    model: Classifier, references: list[ReferenceImage], should_stop: Callable[[], bool]
) -> CheckResult:
    """Cells: the drawn white cells, cropped as the model is set to, and the lab's images whole."""
    check = CheckResult()
    crops, owners, labels = [], [], []
    for ref in references:
        if ref.white_cells is None:
            h, w = ref.image.shape[:2]
            crops.append(ref.image)
            owners.append((ref, (0.0, 0.0, float(w), float(h))))
            labels.append(ref.label)
        else:
            for box in ref.white_cells:
                crops.append(square_crop(ref.image, box, model.config.crop_context))
                x1, y1, x2, y2 = (float(v) for v in box)
                owners.append((ref, (x1, y1, x2, y2)))
                labels.append(None)
    names = model.config.classes
    result = model.classify(crops)
    by_ref: dict[str, list[Detection]] = {}
    for (ref, box), class_id, conf in zip(
        owners, result.class_ids, result.confidences, strict=True
    ):
        by_ref.setdefault(ref.name, []).append(
            Detection(box, names[class_id], float(conf), "cell", 1.0)
        )
    check.results = [(ref, by_ref.get(ref.name, [])) for ref in references]

    known = [i for i, label in enumerate(labels) if label in names]
    truth = np.array([names.index(str(labels[i])) for i in known], np.intp)

    def accuracy(class_ids: NDArray[np.intp]) -> float:
        return float((class_ids[known] == truth).mean()) if known else 0.0

    confidence, chance = float(result.confidences.mean()), 1.0 / len(names)
    answers = {n: int((result.class_ids == i).sum()) for i, n in enumerate(names)}
    check.notes.append(
        _(
            "As set ({input}): {cells} cells, mean top-class probability {confidence} (chance "
            "{chance}); answers {answers}."
        ).format(
            input=model.config.normalisation.describe(),
            cells=len(crops),
            confidence=f"{confidence:.2f}",
            chance=f"{chance:.2f}",
            answers=", ".join(f"{n} {k}" for n, k in answers.items() if k),
        )
    )
    if known:
        check.notes.append(
            _("{share} of {n} labelled images right.").format(
                share=f"{accuracy(result.class_ids):.0%}", n=len(known)
            )
        )
    constant = len(crops) > 1 and float(np.ptp(result.probabilities, axis=0).max()) < 1e-6
    for variant in _variants(model.config.normalisation):
        if should_stop():
            return check
        other = model.with_normalisation(variant.norm).classify(crops)
        changed = float((other.class_ids != result.class_ids).mean())
        constant = (
            constant and float(np.abs(other.probabilities - result.probabilities).max()) < 1e-6
        )
        if variant.setting == "colour order":
            check.notes.append(
                _("{share} of the answers change with the channels swapped.").format(
                    share=f"{changed:.0%}"
                )
            )
        if known and accuracy(other.class_ids) >= accuracy(result.class_ids) + 0.25:
            said = {
                "colour order": _(
                    "With the colour order {value} the model gets {share} of the labelled images "
                    "right, against {as_set} as set: the colour order is probably wrong; try "
                    "{value}."
                ),
                "input range": _(
                    "With the input range {value} the model gets {share} of the labelled images "
                    "right, against {as_set} as set: the input range is probably wrong; try "
                    "{value}."
                ),
            }[variant.setting]
            check.warnings.append(
                said.format(
                    value=variant.value,
                    share=f"{accuracy(other.class_ids):.0%}",
                    as_set=f"{accuracy(result.class_ids):.0%}",
                )
            )
    if len(names) > 1 and confidence < chance + 0.05:
        check.warnings.append(
            _(
                "The scores are near uniform (every class about equally likely): the input range "
                "or normalisation is probably wrong."
            )
        )
    if constant:
        check.warnings.append(
            _(
                "The model gives exactly the same answer for every image, whatever its input: it "
                "is not reading the image (check the input size and range)."
            )
        )
    if not known:
        check.notes.append(
            _(
                "No labelled images: put a few of the lab's cell images in class folders (e.g. "
                "reference_images/blast/) to check the colour order and range against answers."
            )
        )
    return check
