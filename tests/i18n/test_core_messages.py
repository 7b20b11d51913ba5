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


def test_a_wrong_profile_field_reads_as_one_sentence_in_russian(tmp_path):
    from app.core.errors import ProfileError
    from app.core.profiles import read_profile

    profile = tmp_path / "lab.json"
    profile.write_text('{"profile_version": 2, "name": 7}', encoding="utf-8")
    with use_language("ru"), pytest.raises(ProfileError) as refused:
        read_profile(profile)
    assert str(refused.value) == "lab.json: поле 'name' должно быть непустым текстом, получено 7."


def test_a_missing_model_and_an_unreachable_server_are_said_in_portuguese_and_indonesian():
    from app.core.errors import ModelLoadError
    from app.core.models import load_model
    from app.core.store.sql import away_message

    with use_language("pt"), pytest.raises(ModelLoadError, match=r"O arquivo do modelo .* não foi"):
        load_model("nowhere.onnx")
    with use_language("id"):
        said = away_message("postgresql://lab@labserver/smearcount", None)
    assert said.startswith("Server laboratorium labserver/smearcount tidak dapat dihubungi.")


def test_lost_audit_entries_take_russian_plurals():
    from app.core.store.anchor import lost_message

    with use_language("ru"):
        said = [lost_message(n, 30).split(",")[0] for n in (21, 3, 5)]
    assert said == [
        "в базе данных 21 запись журнала аудита",
        "в базе данных 3 записи журнала аудита",
        "в базе данных 5 записей журнала аудита",
    ]


def test_a_row_changed_behind_smearcounts_back_reads_whole_in_russian(tmp_path):
    from app.core.store.database import DB_NAME

    store = SlideStore(tmp_path / "data")
    session = store.create_slide("ana", "PB-9")
    outside = sqlite3.connect(store.data_dir / DB_NAME)  # the database's own tool
    with outside:
        outside.execute("UPDATE slide SET comment = 'edited' WHERE id = ?", (session.slide_id,))
    outside.close()
    with use_language("ru"):
        problems = store.verify_state().problems
    assert problems == (f"данные «препарат PB-9 (id {session.slide_id})» изменены вне SmearCount",)
    store.close()
