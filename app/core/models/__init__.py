"""ONNX models: format detection, manifests, execution providers, detectors and classifiers."""

from app.core.models.classifier import Classification, Classifier, ClassifierConfig
from app.core.models.detector import Detections, Detector, DetectorConfig
from app.core.models.formats import ClassifierOutput, DetectorFormat
from app.core.models.loader import load_classifier, load_detector, load_model
from app.core.models.spec import ModelInfo, Normalisation

__all__ = [
    "Classification",
    "Classifier",
    "ClassifierConfig",
    "ClassifierOutput",
    "Detections",
    "Detector",
    "DetectorConfig",
    "DetectorFormat",
    "ModelInfo",
    "Normalisation",
    "load_classifier",
    "load_detector",
    "load_model",
]
