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
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.core.camera.sources import FolderSource  # noqa: E402
from app.core.pipeline import Detection  # noqa: E402
from app.core.settings import Settings  # noqa: E402
from app.core.store import SlideStore  # noqa: E402
from app.ui.app import the_app  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

FIELDS = ROOT.parent / "shared" / "data" / "fields"


#: One field per white-cell class, so every palette is seen on several classes (the 2nd
#: neutrophil field is relabelled a blast; "wbc" is the "not classified" grey).
SHOWN_CLASSES = ("neutrophil", "lymphocyte", "monocyte", "eosinophil", "wbc", "neutrophil")


def field_sources(folder: Path, count: int | None = None) -> list[tuple[Path, list[Detection]]]:
    """Annotated fields with their cells: one per shown class, or the first ``count``."""
    rng = random.Random(4)
    if (FIELDS / "annotations.csv").is_file():
        boxes: dict[str, list[Detection]] = {}
        with (FIELDS / "annotations.csv").open() as stream:
            for row in csv.DictReader(stream):
                label = row["label"]
                x1, y1, x2, y2 = (float(row[k]) for k in ("x1", "y1", "x2", "y2"))
                box = (x1, y1, x2, y2)
                detector = label if label in ("rbc", "platelet") else "wbc"
                boxes.setdefault(row["image"], []).append(
                    Detection(box, label, rng.uniform(0.35, 0.99), detector, rng.uniform(0.5, 0.99))
                )
        chosen: list[str] = sorted(boxes)[:count] if count is not None else []
        for wanted in SHOWN_CLASSES if count is None else ():
            chosen += [
                name
                for name in sorted(boxes)
                if name not in chosen and any(d.label == wanted for d in boxes[name])
            ][:1]
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
    wait_for(app, lambda: dialog.model is not None)
    dialog.run_self_test()
    wait_for(app, lambda: dialog.tested is not None)
    wait_for(app, lambda: False, 0.3)  # let the layout take the verdict's lines
    dialog.grab().save(str(out / "import-dialog.png"))
    dialog.close()


def warnings_at_finish_and_sign(app: QApplication, window: MainWindow, out: Path) -> None:
    """The warnings a short count gets at Finish and at Sign, as the window shows them."""
    from app.ui import finish_flow, questions

    shown: list[str] = []

    def look(parent: QWidget, title: str, text: str, go_on: str) -> bool:
        box = questions.go_on_box(parent, title, text, go_on)
        box.show()
        app.processEvents()
        name = f"warning-{title.split()[0].lower()}.png"
        box.grab().save(str(out / name))
        shown.append(name)
        box.close()
        return False  # stopped at the warning: nothing is finished or signed

    questions.ask_go_on = look
    view = window.slide_view
    assert view is not None
    finish_flow.finish(window, view)
    finish_flow.sign(window, view, window.settings)


def each_palette(app: QApplication, window: MainWindow, out: Path) -> None:
    """Per palette: the counted fields side by side, each as the field view shows it."""
    from PySide6.QtGui import QPainter, QPixmap

    from app.core.categories import PALETTES

    original = window.settings
    for palette in PALETTES:
        window.apply_settings(original.with_changes(palette=palette))
        view = window.slide_view
        assert view is not None
        tiles = []
        for field in view.session.field_list():
            view.show_field(field.id)
            app.processEvents()
            tiles.append(view.view.viewport().grab())
        width, height = tiles[0].width(), tiles[0].height()
        sheet = QPixmap(width * 3, height * ((len(tiles) + 2) // 3))
        painter = QPainter(sheet)
        for index, tile in enumerate(tiles):
            painter.drawPixmap((index % 3) * width, (index // 3) * height, tile)
        painter.end()
        sheet.scaledToWidth(1500).save(str(out / f"field-{palette}.png"))
    window.apply_settings(original)


def gallery_multi_selection(app: QApplication, window: MainWindow, out: Path) -> None:
    view = window.slide_view
    assert view is not None
    view.tabs.setCurrentWidget(view.gallery)
    app.processEvents()
    rows = [r for r in view.gallery.lists.values() if r.count()]
    for row in rows[:2]:  # across two class rows: one selection for the whole gallery
        for index in range(min(2, row.count())):
            row.item(index).setSelected(True)
    app.processEvents()
    window.grab().save(str(out / "slide-gallery.png"))


def main(out: Path, default_models: bool = False) -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    app = the_app()
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
    app.processEvents()
    window.grab().save(str(out / "start-empty.png"))
    for number, patient in ((40, "P-11"), (41, "P-12")):
        window.create_slide("demo", {"sample_id": f"PB-2026-00{number}", "patient_id": patient})
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
    last = view.session.field_list()[-1].id
    white = [c.id for c in view.session.cells_in(last) if c.detector_label == "wbc"]
    view.session.relabel(white, "blast")  # a blast, to see it apart from the greys
    view.show_field(view.session.field_list()[0].id)
    shown = view.current_field_id()
    wbc = [c for c in view.session.cells_in(shown or -1) if c.detector_label == "wbc"]
    if wbc:
        view.view.select([wbc[0].id])
    app.processEvents()
    window.grab().save(str(out / "slide-field.png"))
    each_palette(app, window, out)
    view = window.slide_view
    assert view is not None
    warnings_at_finish_and_sign(app, window, out)
    if default_models and wbc:
        view.explain_selected()
        wait_for(app, view.view.heat.isVisible)
        view.view.centerOn(view.view.heat)
        window.grab().save(str(out / "slide-explain.png"))
        view.cancel_pending()
        import_dialog(app, out)
    gallery_multi_selection(app, window, out)
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
