"""The core's messages a technician meets in daily work (a full disk, a signed slide, an
unplugged camera) reach them in their language."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.camera.sources import FolderSource, OpenCVCamera
from app.core.errors import CameraError, StorageError
from app.core.i18n import use_language
from app.core.store import SlideStore
from app.core.store.database import describe


def test_the_full_disk_of_the_slide_database_is_said_in_russian():
    full = sqlite3.OperationalError("database or disk is full")
    with use_language("ru"):
        said = describe(full, Path("/lab/data/slides.db"))
    assert said == "Диск с папкой /lab/data заполнен: освободите место; ничего не потеряно."
    assert describe(full, Path("/lab/data/slides.db")).startswith("The disk holding /lab/data")


def test_a_signed_slide_refuses_changes_and_deletion_in_french(tmp_path):
    store = SlideStore(tmp_path / "data")
    session = store.create_slide("ana", "PB-7")
    session.sign("ana")
    with use_language("fr"):
        with pytest.raises(StorageError, match="La lame PB-7 est signée"):
            session.edit_slide(comment="x")
        with pytest.raises(StorageError, match="Une lame signée ne peut pas être supprimée"):
            store.delete_slide(session.slide_id, "ana", "doublon")
    store.close()


def test_a_missing_camera_and_folder_are_said_in_spanish_and_thai(tmp_path):
    with use_language("es"), pytest.raises(CameraError, match="No se encontró la carpeta"):
        FolderSource(tmp_path / "nowhere").open()
    with use_language("th"), pytest.raises(CameraError, match="เปิดกล้อง 97 ไม่ได้"):
        OpenCVCamera(97).open()
