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


def test_a_fields_recorded_adaptation_stays_english_and_is_shown_in_russian():
    import numpy as np

    from app.core.adaptation.guard import Judgement
    from app.core.adaptation.head import Head
    from app.core.adaptation.stored import Adaptation, shown

    adaptation = Adaptation(
        profile="default",
        stage="wbc_type",
        model_sha256="a" * 64,
        classes=("a", "b"),
        feature="embedding",
        head=Head(*(np.zeros(2, np.float32),) * 2, np.zeros((2, 2), np.float32), np.zeros(2)),
        cell_ids=tuple(range(360)),
        slide_ids=tuple(i % 12 for i in range(360)),
        fitted_at="2026-12-03T10:00:00.000+00:00",
        judgement=Judgement(360, 12, 250, 340),
    )
    with use_language("ru"):
        recorded = adaptation.describe()  # what each field it typed keeps, in every language
        assert recorded == "adapted on 360 cells from 12 slides, 2026-12-03"
        assert shown(recorded) == "адаптация по клеткам: 360, препаратов: 12, 2026-12-03"
        assert shown("fitted by hand") == "fitted by hand"  # a record of another shape, as is
