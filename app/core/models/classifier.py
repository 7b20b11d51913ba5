"""Running a cell classifier on crops taken around detector boxes, in batches."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import onnxruntime as ort
from numpy.typing import NDArray

from app.core.geometry import Boxes, resize, square_crop
from app.core.models.formats import ClassifierOutput
from app.core.models.spec import InputSpec, ModelInfo, Normalisation
from app.core.timing import StageTimer, maybe

BATCH_SIZE = 32
#: Floor under a probability before its logarithm: a model's 0 is "very unlikely", not -inf.
MIN_PROBABILITY = 1e-7


@dataclass(frozen=True)
class ClassifierConfig:
    classes: tuple[str, ...]
    input_size: tuple[int, int]  # height, width
    normalisation: Normalisation
    resize: str  # "stretch" or "center_crop"
    crop_pct: float  # centre-crop fraction (timm's crop_pct); 1.0 keeps the whole short side
    output: ClassifierOutput
    crop_context: float  # crop side = box's longer side x this


@dataclass(frozen=True)
class Classification:
    class_ids: NDArray[np.intp]
    confidences: NDArray[np.float32]
    probabilities: NDArray[np.float32]  # (n, classes)
    # What a lab adaptation reads, (n, d): the model's pooled embedding where it declares one,
    # else its log-probabilities (the adaptation is then a per-lab calibration).
    features: NDArray[np.float32]


def log_probabilities(probabilities: NDArray[np.float32]) -> NDArray[np.float32]:
    return np.log(np.maximum(probabilities, MIN_PROBABILITY)).astype(np.float32)


def decided(probabilities: NDArray[np.float32], features: NDArray[np.float32]) -> Classification:
    """The classes and confidences these probabilities give."""
    class_ids = probabilities.argmax(axis=1)
    confidences = probabilities[np.arange(len(class_ids)), class_ids].astype(np.float32)
    return Classification(class_ids, confidences, probabilities, features)


class Classifier:
    def __init__(
        self,
        session: ort.InferenceSession,
        input_spec: InputSpec,
        output_name: str,
        config: ClassifierConfig,
        info: ModelInfo,
        embedding_name: str | None = None,
    ) -> None:
        self.session = session
        self.input = input_spec
        self.output_name = output_name
        self.config = config
        self.info = info
        self.embedding_name = embedding_name  # the pooled-feature output, where declared

    def with_normalisation(self, norm: Normalisation) -> Classifier:
        """The same model fed another colour order or value range (the import self-test)."""
        config = replace(self.config, normalisation=norm)
        info = replace(self.info, normalisation=norm)
        return Classifier(
            self.session, self.input, self.output_name, config, info, self.embedding_name
        )

    def classify_boxes(
        self, image: NDArray[np.uint8], boxes: Boxes, timer: StageTimer | None = None
    ) -> Classification:
        """Classify the cells in ``boxes`` (original pixels) of an RGB image."""
        with maybe(timer, "crop"):
            crops = [square_crop(image, box, self.config.crop_context) for box in boxes]
        return self.classify(crops, timer)

    def classify(
        self, crops: Sequence[NDArray[np.uint8]], timer: StageTimer | None = None
    ) -> Classification:
        """Classify RGB cell images of any size."""
        if not crops:
            empty = np.zeros((0, len(self.config.classes)), np.float32)
            return decided(empty, empty)
        chunks, embeddings = [], []
        for start in range(0, len(crops), self.batch_size):
            with maybe(timer, "classify_preprocess"):
                fitted = np.stack([self.fit(c) for c in crops[start : start + self.batch_size]])
            raw, embedding = self.run_outputs(fitted, timer)
            chunks.append(raw)
            embeddings.append(embedding)
        probabilities = self.to_probabilities(np.concatenate(chunks))
        features = (
            log_probabilities(probabilities)
            if self.embedding_name is None
            else np.concatenate(embeddings)
        )
        return decided(probabilities, features)

    @property
    def batch_size(self) -> int:
        return BATCH_SIZE if not self.input.batch_fixed else 1

    def run_fitted(
        self, fitted: NDArray[np.uint8], timer: StageTimer | None = None
    ) -> NDArray[np.float32]:
        """Raw outputs (B, C) for images already at the input size (B, H, W, 3), at most one
        batch at a time."""
        return self.run_outputs(fitted, timer)[0]

    def run_outputs(
        self, fitted: NDArray[np.uint8], timer: StageTimer | None = None
    ) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
        """Raw scores (B, C) and the embedding (B, D), or (B, 0) without one: one run."""
        with maybe(timer, "classify_preprocess"):
            tensor = self.config.normalisation.to_tensor(fitted, self.input.dtype)
        names = [self.output_name] + ([self.embedding_name] if self.embedding_name else [])
        with maybe(timer, "classify_inference"):
            outputs = self.session.run(names, {self.input.name: tensor})
        raw = np.asarray(outputs[0], dtype=np.float32).reshape(len(tensor), -1)
        embedding = (
            np.asarray(outputs[1], dtype=np.float32).reshape(len(tensor), -1)
            if self.embedding_name
            else np.zeros((len(tensor), 0), np.float32)
        )
        return raw, embedding

    def fit(self, crop: NDArray[np.uint8]) -> NDArray[np.uint8]:
        """A cell image of any size brought to the model's input size, as the model sees it."""
        h, w = self.config.input_size
        if self.config.resize == "stretch":
            return resize(crop, w, h, antialias=True)
        # Resize the short side to the input / crop_pct, then cut the centre (torchvision order).
        ch, cw = crop.shape[:2]
        gain = max(h, w) / self.config.crop_pct / min(ch, cw)
        rw, rh = max(w, round(cw * gain)), max(h, round(ch * gain))
        resized = resize(crop, rw, rh, antialias=True)
        top, left = (rh - h) // 2, (rw - w) // 2
        return resized[top : top + h, left : left + w]

    def to_probabilities(self, raw: NDArray[np.float32]) -> NDArray[np.float32]:
        """Rows of class probabilities; a single output becomes (1 - p, p)."""
        values = np.nan_to_num(raw.astype(np.float64), nan=0.0, posinf=1e4, neginf=-1e4)
        logits = self.config.output is ClassifierOutput.LOGITS
        if values.shape[1] == 1:
            p = values[:, 0]
            if logits:
                p = 1.0 / (1.0 + np.exp(-np.clip(p, -60, 60)))
            p = np.clip(p, 0.0, 1.0)
            probabilities = np.stack([1.0 - p, p], axis=1)
        elif logits:
            shifted = np.exp(values - values.max(axis=1, keepdims=True))
            probabilities = shifted / shifted.sum(axis=1, keepdims=True)
        else:
            probabilities = np.clip(values, 0.0, 1.0)
        return probabilities.astype(np.float32)
