"""Window tests: tiny synthetic models in a profile, dialogs recorded instead of shown."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from app.core.settings import Settings
from app.core.store import SlideStore
from app.ui import errors, main_window, questions
from tests import onnx_graphs as g
from tests.conftest import save_rgb

# The synthetic detector finds the same cells in every 640 x 480 field (320 x 320 input,
# gain 0.5, 40 px padding on top): two WBC and one RBC.
CELLS_PER_FIELD = 3


@pytest.fixture
def dialogs(monkeypatch):
    """Every message a person would have seen, as (title, text)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "present", lambda title, text: shown.append((title, text)))
    return shown


@pytest.fixture
def answers(monkeypatch):
    """Answers for one-line questions (finish comment, signer, unsign reason), in order."""
    queue: list[str | None] = []
    monkeypatch.setattr(questions, "ask_text", lambda *_a, **_k: queue.pop(0))
    return queue


@pytest.fixture
def secrets(monkeypatch):
    """Answers for PIN questions, in order; the questions asked are kept in ``.asked``."""
    queue = SecretAnswers()
    monkeypatch.setattr(questions, "ask_secret", queue.answer)
    return queue


class SecretAnswers(list):
    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def answer(self, _parent, _title, label):
        self.asked.append(label)
        return self.pop(0)


@pytest.fixture(autouse=True)
def warnings_seen(monkeypatch):
    """Every go-on-or-stop warning as (title, text); answered with ``warnings_seen.go_on``
    (default: go on), so no test ever waits on a message box."""
    seen = WarningLog()
    monkeypatch.setattr(questions, "ask_go_on", seen.answer)
    return seen


class WarningLog(list):
    go_on = True

    def answer(self, _parent, title, text, _go_on_label):
        self.append((title, text))
        return self.go_on


@pytest.fixture
def profile(tmp_path) -> Path:
    folder = tmp_path / "models"
    folder.mkdir()
    rows = np.zeros((3, 4 + 3), np.float32)
    rows[0] = [100, 120, 40, 40, 0.9, 0.0, 0.0]  # wbc at 160,120,240,200
    rows[1] = [250, 200, 40, 40, 0.5, 0.0, 0.0]  # wbc at 460,320,540,400, low confidence
    rows[2] = [200, 150, 20, 20, 0.0, 0.8, 0.0]  # rbc at 380,200,420,240
    g.detector(
        folder / "det.onnx",
        rows,
        "channels_first",
        (320, 320),
        metadata=g.ultralytics_meta(["wbc", "rbc", "platelet"], imgsz=(320, 320)),
    )
    g.classifier(folder / "cls.onnx")  # scores are the crop's channel means
    (folder / "cls.json").write_text(
        json.dumps(
            {
                "classes": ["neutrophil", "lymphocyte", "monocyte"],
                "crop_context": 1.0,
                "output": "logits",
            }
        )
    )
    path = folder / "test-profile.json"
    path.write_text(
        json.dumps(
            {"profile_version": 1, "name": "test", "detector": "det.onnx", "classifier": "cls.onnx"}
        )
    )
    return path


@pytest.fixture
def images(tmp_path) -> list[Path]:
    folder = tmp_path / "images"
    folder.mkdir()
    paths = []
    for i, colour in enumerate([(220, 30, 30), (30, 220, 30)]):
        image = np.full((480, 640, 3), 235, np.uint8)
        image[120:200, 160:240] = colour  # the first WBC: red -> neutrophil, green -> lymphocyte
        image[320:400, 460:540] = (30, 30, 220)  # the second: blue -> monocyte
        image[0:4, i] = 0  # make every file distinct
        paths.append(save_rgb(folder / f"field{i}.png", image))
    return paths


@pytest.fixture
def make_window(qtbot, tmp_path, profile, dialogs):
    made = []

    def make(profile_path: Path | None = None, **settings_values):
        store = SlideStore(tmp_path / "data")
        settings = Settings(
            operator="ana",
            profile=str(profile_path or profile),
            target_sound=False,
            **settings_values,
        )
        window = main_window.MainWindow(store, settings, tmp_path / "config")
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


def wait_analysed(qtbot, window, fields: int) -> None:
    session = window.slide_view.session
    qtbot.waitUntil(
        lambda: (
            len(session.fields) == fields
            and all(f.analysis_state != "pending" for f in session.fields.values())
            # Worker results are applied and redrawn a moment after they arrive.
            and not window.slide_view.busy
        ),
        timeout=30_000,
    )
