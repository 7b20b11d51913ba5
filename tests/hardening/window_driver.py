"""Drives the real window offscreen in its own process, for the power-cut and no-network tests.

    python -m tests.hardening.window_driver DATA CONFIG PROFILE IMAGES REPORT STEPS SEED [CAMERA]

Opens the slide in DATA (or creates one and adds the images in IMAGES), lets the analysis finish,
then makes STEPS seeded corrections (class keys, deletions, smudges, undo, redo) with an Excel
export every few steps. It prints one JSON line per event, flushed, so a parent that kills the
process knows what was on the screen at that moment:

    {"doing": [cell ids]}          before a change
    {"shown": {field, cells}}      after it is on screen: cell id -> box colour drawn
    {"exported": path}             after an export has finished
With CAMERA (a folder of images), the Camera tab plays it as a camera and one frame is captured
as a field before the corrections begin (the no-network test covers the camera path too).
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def emit(**event: object) -> None:
    print(json.dumps(event), flush=True)


def main(argv: list[str]) -> int:
    data, config, profile, images, report = map(Path, argv[:5])
    steps, seed = int(argv[5]), int(argv[6])
    camera = Path(argv[7]) if len(argv) > 7 else None

    from PySide6.QtWidgets import QApplication

    from app.core.records import NotCountedReason
    from app.core.settings import Settings
    from app.core.store import SlideStore
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    store = SlideStore(data)
    settings = Settings(operator="ana", profile=str(profile), target_sound=False)
    window = MainWindow(store, settings, config)
    window.show()

    def wait(done: Callable[[], bool], seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError("the window did not get there in time")
            app.processEvents()
            time.sleep(0.005)

    slides = store.search()
    if slides:
        window.open_slide(slides[0].slide.id)
    else:
        window.create_slide("ana", {"sample_id": "POWER-1"})
    view = window.slide_view
    assert view is not None
    session = view.session
    if not session.fields:
        window.open_images(sorted(images.glob("*.png")))
        wait(lambda: len(session.fields) == len(list(images.glob("*.png"))))

    def settled() -> bool:
        pending = any(f.analysis_state == "pending" for f in session.fields.values())
        return not pending and not view.busy

    def shown() -> None:
        wait(settled)
        app.processEvents()
        cells = {
            str(cell_id): item.pen().color().name()
            for cell_id, item in view.view.items_by_id.items()
        }
        emit(shown={"field": view.view.field_id, "cells": cells})

    wait(settled)
    if camera is not None:
        from app.core.camera.sources import FolderSource

        count = len(session.fields)
        view.tabs.setCurrentWidget(view.camera)
        view.camera.start_source(FolderSource(camera))
        wait(
            lambda: view.camera.grabber is not None and view.camera.grabber.newest()[1] is not None
        )
        view.camera.capture()
        wait(lambda: len(session.fields) == count + 1)
        view.camera.stop()
        view.tabs.setCurrentWidget(view.view)
        wait(settled)
        emit(captured=len(session.fields))
    shown()
    rng = random.Random(seed)
    undone: list[list[int]] = []
    done: list[list[int]] = []
    categories = sorted(view.keymap)  # the categories that have a key
    for step in range(steps):
        if step % 7 == 6:
            window.reports.workbook_to(report)
            wait(lambda: not window.reports.jobs.running())
            emit(exported=str(report))
            continue
        field_ids = [f.id for f in session.field_list()]
        if step % 11 == 10:
            view.show_field(rng.choice(field_ids))
            shown()
            continue
        alive = [c for c in session.cells_in(view.view.field_id or -1) if c.state != "deleted"]
        action = rng.choice(["key"] * 5 + ["delete", "smudge", "again", "undo", "redo"])
        if action == "undo" and done:
            emit(doing=done[-1])
            view.corrections.undo()
            undone.append(done.pop())
        elif action == "redo" and undone:
            emit(doing=undone[-1])
            view.corrections.redo()
            done.append(undone.pop())
        elif alive:
            cell = rng.choice(alive)
            emit(doing=[cell.id])
            view.view.select([cell.id])
            if action == "delete":
                view.corrections.delete_selected()
            elif action == "smudge":
                view.corrections.mark_selected(NotCountedReason.SMUDGE)
            elif action == "again":
                view.corrections.count_selected_again()
            else:
                view.corrections.apply_category(rng.choice(categories))
            done.append([cell.id])
            undone.clear()
        shown()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
