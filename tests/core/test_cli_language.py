"""The command line speaks the language the window speaks (Settings → Language, else the
system's), or $SMEARCOUNT_LANGUAGE for one run or a script."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.cli import LANGUAGE_ENV, main
from app.core.i18n import set_language
from app.core.settings import Settings, save_settings

CONF_REFUSED = ["analyze", "field.png", "--detector", "model.onnx", "--conf", "5"]


@pytest.fixture(autouse=True)
def _english_after(monkeypatch):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", LANGUAGE_ENV):
        monkeypatch.delenv(variable, raising=False)
    yield
    set_language("en")  # main() sets the process's language; the next tests expect English


def _settings(language: str) -> None:
    save_settings(Path(os.environ["SMEARCOUNT_CONFIG_DIR"]), Settings(language=language))


def test_the_command_line_speaks_the_language_chosen_in_settings(capsys):
    _settings("ru")
    assert main(CONF_REFUSED) == 2
    assert capsys.readouterr().err == "error: --conf должен быть от 0 до 1.\n"


def test_the_environment_variable_overrides_settings_for_one_run(capsys, monkeypatch):
    _settings("ru")
    monkeypatch.setenv(LANGUAGE_ENV, "fr")
    assert main(CONF_REFUSED) == 2
    assert "--conf doit être compris entre 0 et 1." in capsys.readouterr().err


def test_without_a_setting_the_system_language_else_english(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "th_TH.UTF-8")
    assert main(["slides", "export-training", "x", "--format", "yolo"]) == 2
    assert "ระบุสไลด์ที่จะส่งออก" in capsys.readouterr().err
    monkeypatch.setenv("LANG", "de_DE.UTF-8")  # a language SmearCount does not speak
    assert main(["slides", "export-training", "x", "--format", "yolo"]) == 2
    assert "Name the slides to export" in capsys.readouterr().err
