"""The analysis cascade: detector -> crops of the chosen detector classes -> classifier -> cells."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from app.core.errors import ProfileError
from app.core.models import Classifier, Detector, ModelInfo
from app.core.timing import StageTimer, maybe

#: Detector class sent to the classifier when none is chosen and the detector has it.
DEFAULT_CLASSIFY_LABEL = "wbc"


@dataclass(frozen=True)
class Cell:
    """One detected cell; ``box`` is x1, y1, x2, y2 in original image pixels."""

    box: tuple[float, float, float, float]
    label: str
    confidence: float
    detector_label: str
    detector_confidence: float


class Pipeline:
    def __init__(
        self,
        detector: Detector,
        classifier: Classifier | None = None,
        classify_labels: Iterable[str] | None = None,
    ) -> None:
        self.detector = detector
        self.classifier = classifier
        classes = detector.config.classes
        if classify_labels is None:
            chosen = (DEFAULT_CLASSIFY_LABEL,) if DEFAULT_CLASSIFY_LABEL in classes else classes
        else:
            chosen = tuple(classify_labels)
            unknown = [label for label in chosen if label not in classes]
            if unknown:
                raise ProfileError(
                    f"The detector has no class {', '.join(map(repr, unknown))} to classify; "
                    f"its classes are: {', '.join(classes)}."
                )
        self.classify_ids = np.array([classes.index(label) for label in chosen], dtype=np.intp)

    @property
    def models(self) -> list[ModelInfo]:
        infos = [self.detector.info]
        if self.classifier is not None:
            infos.append(self.classifier.info)
        return infos

    def analyze(self, image: NDArray[np.uint8], timer: StageTimer | None = None) -> list[Cell]:
        """All cells in an RGB image, in detector order."""
        found = self.detector.detect(image, timer)
        det_classes = self.detector.config.classes
        labels = [det_classes[i] for i in found.class_ids]
        confidences = found.scores.astype(float).tolist()
        if self.classifier is not None and len(found):
            chosen = np.flatnonzero(np.isin(found.class_ids, self.classify_ids))
            if len(chosen):
                result = self.classifier.classify_boxes(image, found.boxes[chosen], timer)
                names = self.classifier.config.classes
                for index, class_id, conf in zip(
                    chosen, result.class_ids, result.confidences, strict=True
                ):
                    labels[index] = names[class_id]
                    confidences[index] = float(conf)
        with maybe(timer, "postprocess"):
            return [
                Cell(
                    box=(float(b[0]), float(b[1]), float(b[2]), float(b[3])),
                    label=labels[i],
                    confidence=confidences[i],
                    detector_label=det_classes[found.class_ids[i]],
                    detector_confidence=float(found.scores[i]),
                )
                for i, b in enumerate(found.boxes)
            ]
