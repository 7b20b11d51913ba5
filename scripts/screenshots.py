"""Save screenshots of the window's main states, to look at them (offscreen, no display needed).

Field images come from ../shared/data/fields when present (their annotated boxes stand in for a
model's detections, with made-up confidences), else from a synthetic smear. With
``--default-models`` the shipped default profile analyses them instead, as in the window.

    python scripts/screenshots.py OUT_FOLDER [--default-models]
"""

from __future__ import annotations

import csv
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.camera.sources import FolderSource  # noqa: E402
from app.core.pipeline import Cell as Detection  # noqa: E402
from app.core.settings import Settings  # noqa: E402
from app.core.store import SlideStore  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

FIELDS = ROOT.parent / "shared" / "data" / "fields"


def field_sources(folder: Path) -> list[tuple[Path, list[Detection]]]:
    rng = random.Random(4)
    if (FIELDS / "annotations.csv").is_file():
        boxes: dict[str, list[Detection]] = {}
        with (FIELDS / "annotations.csv").open() as stream:
            for row in csv.DictReader(stream):
                label = row["label"]
                box = tuple(float(row[k]) for k in ("x1", "y1", "x2", "y2"))
                detector = label if label in ("rbc", "platelet") else "wbc"
                boxes.setdefault(row["image"], []).append(
                    Detection(box, label, rng.uniform(0.35, 0.99), detector, rng.uniform(0.5, 0.99))
                )
        chosen = sorted(boxes)[:4]
        return [(FIELDS / name, boxes[name]) for name in chosen]
    image = np.full((480, 640, 3), 230, np.uint8)
    image[100:180, 100:180] = (120, 60, 160)
    path = folder / "synthetic.png"
    Image.fromarray(image).save(path)
    return [(path, [Detection((100, 100, 180, 180), "neutrophil", 0.55, "wbc", 0.9)])]


def analysed_by_default_models(
    sources: list[tuple[Path, list[Detection]]],
) -> list[tuple[Path, list[Detection]]]:
    from app.core.imaging import read_image
    from app.core.profiles import find_profile, pipeline_for, read_profile

    pipeline = pipeline_for(read_profile(find_profile("default")))
    return [(path, pipeline.analyze(read_image(path))) for path, _ in sources]


def wait_for(app: QApplication, done: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def import_dialog(app: QApplication, out: Path) -> None:
    """The import dialog after a self-test of the shipped detector."""
    from app.ui.model_import import ModelImportDialog

    dialog = ModelImportDialog()
    dialog.resize(900, 900)
    dialog.show()
    dialog.open_model(ROOT / "models_onnx" / "cell_detector.onnx")
    dialog.run_self_test()
    wait_for(app, lambda: dialog.tested is not None)
    wait_for(app, lambda: False, 0.3)  # let the layout take the verdict's lines
    dialog.grab().save(str(out / "import-dialog.png"))
    dialog.close()


def main(out: Path, default_models: bool = False) -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    app = QApplication.instance() or QApplication([])
    store = SlideStore(work / "data")
    window = MainWindow(
        store,
        Settings(
            operator="demo", profile="default" if default_models else "none", target_sound=False
        ),
        work / "config",
    )
    window.resize(1500, 900)
    window.show()
    window.create_slide(
        "demo", {"sample_id": "PB-2026-0042", "patient_id": "P-17", "wbc_count": 7.2, "target": 100}
    )
    view = window.slide_view
    assert view is not None
    sources = field_sources(work)
    if default_models:
        sources = analysed_by_default_models(sources)
    for path, found in sources:
        field = view.session.add_field(path)
        view.session.apply_analysis(field.id, found)
    view.show_field(view.session.field_list()[0].id)
    wbc = [c for c in view.session.cells_in(view.current_field_id()) if c.detector_label == "wbc"]
    if wbc:
        view.view.select([wbc[0].id])
    app.processEvents()
    window.grab().save(str(out / "slide-field.png"))
    if default_models and wbc:
        view.explain_selected()
        wait_for(app, view.view.heat.isVisible)
        view.view.centerOn(view.view.heat)
        window.grab().save(str(out / "slide-explain.png"))
        view.cancel_pending()
        import_dialog(app, out)
    view.tabs.setCurrentWidget(view.gallery)
    app.processEvents()
    window.grab().save(str(out / "slide-gallery.png"))
    view.tabs.setCurrentWidget(view.camera)
    # The live view plays the folder the first field came from, as a camera would.
    view.camera.start_source(FolderSource(sources[0][0].parent, fps=10, loop=True))
    wait_for(app, lambda: view.camera._shown >= 3, 5)
    window.grab().save(str(out / "slide-camera.png"))
    view.camera.stop()
    window.show_start()
    app.processEvents()
    window.grab().save(str(out / "start.png"))
    window.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--default-models"]
    main(
        Path(args[0]) if args else ROOT / "bench" / "results" / "screenshots",
        default_models="--default-models" in sys.argv,
    )
