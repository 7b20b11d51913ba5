"""The analysis cascade: detector -> crops of chosen detector classes -> classifier stages -> cells.

A stage is one classifier; its ``routes`` send some of its classes on to another stage (a
blast-first cascade: "not_blast" goes to the subtype classifier; a lineage tree: each level picks
the next). Every cell keeps the path it took with each stage's confidence. Without a detector the
pipeline is in single-cell mode: each image is one cell of the pseudo-class ``cell``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from numpy.typing import NDArray

from app.core.adaptation.stored import Adaptation
from app.core.errors import ProfileError
from app.core.field_prep import FieldScale, Illumination, field_scale, flatten
from app.core.geometry import resize
from app.core.i18n import _, ngettext
from app.core.models import Classification, Classifier, Detector, ModelInfo
from app.core.models.detector import Detections
from app.core.stage_order import stage_order
from app.core.timing import StageTimer, maybe

#: Detector class sent to the classifier when none is chosen and the detector has it.
DEFAULT_CLASSIFY_LABEL = "wbc"
#: The one "detector class" of single-cell mode, where every image is a cell.
SINGLE_CELL_CLASS = "cell"


@dataclass(frozen=True)
class StageResult:
    stage: str
    label: str
    confidence: float


@dataclass(frozen=True)
class Detection:
    """One detected cell; ``box`` is x1, y1, x2, y2 in original image pixels."""

    box: tuple[float, float, float, float]
    label: str
    confidence: float
    detector_label: str
    detector_confidence: float
    path: tuple[StageResult, ...] = ()  # the classifier stages it went through, in order


@dataclass(frozen=True)
class FieldSetup:
    """How this install prepares fields for a detector that asks for it (its manifest's
    ``preprocess``): ``prepare`` off leaves fields as they are (a profile's choice for models
    that do their own thing); ``rbc_px`` pins the red-cell size (a calibrated camera)."""

    prepare: bool = True
    rbc_px: float | None = None


@dataclass(frozen=True)
class PreparedField:
    """A field as the models see it: ``image`` flattened (or the original), and how."""

    image: NDArray[np.uint8]
    scale: FieldScale | None = None
    illumination: Illumination | None = None

    def summary(self) -> dict[str, str]:
        """What the field keeps of its preparation (with the detector's model summary)."""
        out: dict[str, str] = {}
        if self.illumination is not None:
            out["flattened"] = "yes"
            out["contrast_gain"] = f"{self.illumination.contrast_gain:.2f}"
        if self.scale is not None:
            out["rbc_px"] = f"{self.scale.rbc_px:.1f}"
            out["um_per_px"] = f"{self.scale.micrometres_per_pixel:.4f}"
            out["scale_factor"] = f"{self.scale.factor:.3f}"
            out["scale_source"] = self.scale.source
        return out


@dataclass(frozen=True)
class FieldAnalysis:
    cells: list[Detection]
    models: list[dict[str, str]]  # each model's summary; the detector's says how the field was
    prepared: PreparedField


@dataclass(frozen=True)
class Stage:
    name: str
    classifier: Classifier
    routes: Mapping[str, str] = field(default_factory=dict)  # class -> next stage
    adaptation: Adaptation | None = None  # the lab's, added to the model's scores


class Pipeline:
    def __init__(
        self,
        detector: Detector | None,
        stages: Sequence[Stage] = (),
        entry: Mapping[str, str] | None = None,
        setup: FieldSetup = FieldSetup(),
    ) -> None:
        """``entry`` maps detector classes to the stage that classifies them first; ``None``
        sends the detector's "wbc" class (or, without one, every class) to the first stage."""
        self.setup = setup
        if detector is None and not stages:
            raise ProfileError(_("A profile needs a detector, a classifier stage, or both."))
        self.detector = detector
        self.stages = {s.name: s for s in stages}
        if len(self.stages) != len(stages):
            raise ProfileError(_("Two classifier stages have the same name."))
        classes = self.source_classes
        if entry is None:
            if stages:
                default = DEFAULT_CLASSIFY_LABEL if DEFAULT_CLASSIFY_LABEL in classes else None
                chosen = (default,) if default else classes
                entry = {label: stages[0].name for label in chosen}
            else:
                entry = {}
        unknown = [label for label in entry if label not in classes]
        if unknown:
            raise ProfileError(
                ngettext(
                    "The detector has no class {unknown} to classify; its classes are: {classes}.",
                    "The detector has no classes {unknown} to classify; its classes are: "
                    "{classes}.",
                    len(unknown),
                ).format(unknown=", ".join(map(repr, unknown)), classes=", ".join(classes))
            )
        self.entry = dict(entry)
        self._check_routes()
        self.order = stage_order({n: s.routes for n, s in self.stages.items()}, self.entry)

    @classmethod
    def simple(
        cls,
        detector: Detector | None,
        classifier: Classifier | None = None,
        classify_labels: Iterable[str] | None = None,
    ) -> Pipeline:
        """A detector and at most one classifier for the chosen detector classes."""
        if classifier is None:
            return cls(detector)
        stage = Stage("classifier", classifier)
        entry = (
            None if classify_labels is None else {label: stage.name for label in classify_labels}
        )
        return cls(detector, [stage], entry)

    @property
    def source_classes(self) -> tuple[str, ...]:
        return self.detector.config.classes if self.detector else (SINGLE_CELL_CLASS,)

    @property
    def single_cell(self) -> bool:
        return self.detector is None

    @property
    def models(self) -> list[ModelInfo]:
        infos = [self.detector.info] if self.detector else []
        return infos + [s.classifier.info for s in self.stages.values()]

    def model_summaries(self) -> list[dict[str, str]]:
        """What a field keeps of the models that typed its cells: each model's summary, with
        the lab adaptation's description on a stage that had one."""
        out = [self.detector.info.summary()] if self.detector else []
        for stage in self.stages.values():
            summary = stage.classifier.info.summary()
            if stage.adaptation is not None:
                summary["adaptation"] = stage.adaptation.describe()
            out.append(summary)
        return out

    def with_adaptations(self, adaptations: Mapping[str, Adaptation]) -> Pipeline:
        """The same models, each stage named in ``adaptations`` typing with its adaptation."""
        stages = [replace(s, adaptation=adaptations.get(s.name)) for s in self.stages.values()]
        return Pipeline(self.detector, stages, self.entry, self.setup)

    def with_setup(self, setup: FieldSetup) -> Pipeline:
        return Pipeline(self.detector, list(self.stages.values()), self.entry, setup)

    def prepare(self, image: NDArray[np.uint8]) -> PreparedField:
        """The field as this pipeline's models see it (see app.core.field_prep)."""
        spec = self.detector.config.preparation if self.detector else None
        if spec is None or not self.setup.prepare or not (spec.flatten or spec.rbc_px):
            return PreparedField(image)
        flat, illumination = flatten(image) if spec.flatten else (image, None)
        scale = field_scale(flat, spec.rbc_px, self.setup.rbc_px) if spec.rbc_px else None
        return PreparedField(flat, scale, illumination)

    @property
    def provider(self) -> str:
        return self.models[0].provider

    def final_classes(self) -> list[tuple[str, str]]:
        """(where, class) for every class a cell can end with: what must have a category."""
        routed = {label for label in self.entry}
        out = [("detector", c) for c in self.source_classes if c not in routed]
        for stage in self.stages.values():
            out += [
                (f"stage '{stage.name}'", c)
                for c in stage.classifier.config.classes
                if c not in stage.routes
            ]
        return out

    def analyze(self, image: NDArray[np.uint8], timer: StageTimer | None = None) -> list[Detection]:
        """All cells in an RGB image, in detector order (one cell in single-cell mode)."""
        return self.analyze_field(image, timer).cells

    def analyze_field(
        self, image: NDArray[np.uint8], timer: StageTimer | None = None
    ) -> FieldAnalysis:
        """The cells, the models' summaries and how the field was prepared for them."""
        with maybe(timer, "prepare"):
            prepared = self.prepare(image)
        image = prepared.image
        if self.detector is None:
            h, w = image.shape[:2]
            boxes = np.array([[0.0, 0.0, float(w), float(h)]], dtype=np.float32)
            class_ids, scores = np.zeros(1, np.intp), np.ones(1, np.float32)
        else:
            found, prepared = self._detect(prepared, timer)
            boxes, class_ids, scores = found.boxes, found.class_ids, found.scores
        sources = self.source_classes
        labels = [sources[i] for i in class_ids]
        confidences = scores.astype(float).tolist()
        paths: list[list[StageResult]] = [[] for _ in labels]
        pending: dict[str, list[int]] = {}
        for index, label in enumerate(labels):
            if label in self.entry:
                pending.setdefault(self.entry[label], []).append(index)
        for name in self.order:
            chosen = pending.pop(name, [])
            if not chosen:
                continue
            stage = self.stages[name]
            result = self._answers(name, image, boxes[chosen], timer)
            if stage.adaptation is not None:
                result = stage.adaptation.head.adapt(result)
            names = stage.classifier.config.classes
            for index, class_id, conf in zip(
                chosen, result.class_ids, result.confidences, strict=True
            ):
                label, confidence = names[class_id], float(conf)
                labels[index], confidences[index] = label, confidence
                paths[index].append(StageResult(name, label, confidence))
                if label in stage.routes:
                    pending.setdefault(stage.routes[label], []).append(index)
        with maybe(timer, "postprocess"):
            cells = [
                Detection(
                    box=(float(b[0]), float(b[1]), float(b[2]), float(b[3])),
                    label=labels[i],
                    confidence=confidences[i],
                    detector_label=sources[class_ids[i]],
                    detector_confidence=float(scores[i]),
                    path=tuple(paths[i]),
                )
                for i, b in enumerate(boxes)
            ]
        models = self.model_summaries()
        if self.detector is not None:
            models[0] = models[0] | prepared.summary()
        return FieldAnalysis(cells, models, prepared)

    def _detect(
        self, prepared: PreparedField, timer: StageTimer | None
    ) -> tuple[Detections, PreparedField]:
        """Detections in the prepared field's pixels; on a rescaled field the detector runs at
        its own scale (``native``) and the boxes come back in the field's pixels.

        The red cells the detector finds are a second ruler: when their median size is far from
        the size the field was brought to (the blob measure is fooled by crowded or overlapping
        red cells on some fields), the field is brought to scale again from them, once.
        """
        assert self.detector is not None
        found = self._detect_at(prepared, timer)
        scale, spec = prepared.scale, self.detector.config.preparation
        if scale is None or scale.source == "calibrated" or not spec.rbc_px:
            return found, prepared
        seen = _rbc_size(found, self.detector.config.classes)
        if seen is not None and not 1 / RESCALE_BEYOND < seen / scale.rbc_px < RESCALE_BEYOND:
            again = replace(
                prepared, scale=FieldScale(round(seen, 2), spec.rbc_px / seen, "detected")
            )
            return self._detect_at(again, timer), again
        return found, prepared

    def _detect_at(self, prepared: PreparedField, timer: StageTimer | None) -> Detections:
        assert self.detector is not None
        if prepared.scale is None:
            return self.detector.detect(prepared.image, timer)
        with maybe(timer, "prepare"):
            work = at_model_scale(prepared)
        found = self.detector.detect(work, timer, native=True)
        h, w = prepared.image.shape[:2]
        gain = np.array([work.shape[1] / w, work.shape[0] / h] * 2, np.float32)
        boxes = np.minimum(found.boxes / gain, np.array([w, h, w, h], np.float32))
        return Detections(boxes.astype(np.float32), found.scores, found.class_ids)

    def model_answers(
        self,
        stage: str,
        image: NDArray[np.uint8],
        boxes: NDArray[np.float32],
        timer: StageTimer | None = None,
    ) -> Classification:
        """A stage's model alone on the cells in ``boxes`` of an RGB image, prepared and cropped
        as analysis prepares and crops them (in single-cell mode the image is the cell)."""
        return self._answers(stage, self.prepare(image).image, boxes, timer)

    def _answers(
        self,
        stage: str,
        image: NDArray[np.uint8],
        boxes: NDArray[np.float32],
        timer: StageTimer | None = None,
    ) -> Classification:
        classifier = self.stages[stage].classifier
        if self.detector is None:
            return classifier.classify([image] * len(boxes), timer)
        return classifier.classify_boxes(image, boxes, timer)

    def _check_routes(self) -> None:
        for label, target in self.entry.items():
            if target not in self.stages:
                raise ProfileError(
                    _("Class '{label}' is sent to an unknown stage '{target}'.").format(
                        label=label, target=target
                    )
                )
        for stage in self.stages.values():
            classes = stage.classifier.config.classes
            for label, target in stage.routes.items():
                if label not in classes:
                    raise ProfileError(
                        _(
                            "Stage '{stage}' routes class '{label}', which its model does not "
                            "have (its classes: {classes})."
                        ).format(stage=stage.name, label=label, classes=", ".join(classes))
                    )
                if target not in self.stages:
                    raise ProfileError(
                        _("Stage '{stage}' sends '{label}' to an unknown stage '{target}'.").format(
                            stage=stage.name, label=label, target=target
                        )
                    )


#: The detector's red cells may correct the measured scale when they differ from it this much.
RESCALE_BEYOND = 1.35
#: ... and only from this many confident red cells.
RESCALE_MIN_CELLS = 8


def _rbc_size(found: Detections, classes: Sequence[str]) -> float | None:
    """The median side of the confident red-cell boxes, in the original field's pixels."""
    if "rbc" not in classes:
        return None
    boxes = found.boxes[(found.class_ids == classes.index("rbc")) & (found.scores >= 0.4)]
    if len(boxes) < RESCALE_MIN_CELLS:
        return None
    sides = np.maximum(boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1])
    return float(np.median(sides))


def model_scale_size(prepared: PreparedField) -> tuple[int, int]:
    """(width, height) of what the detector runs on for this field."""
    h, w = prepared.image.shape[:2]
    if prepared.scale is None:
        return w, h
    factor = prepared.scale.factor
    return max(8, round(w * factor)), max(8, round(h * factor))


def at_model_scale(prepared: PreparedField) -> NDArray[np.uint8]:
    """The prepared field resized by its scale factor: what the detector runs on."""
    if prepared.scale is None:
        return prepared.image
    return resize(prepared.image, *model_scale_size(prepared), True)
