"""User settings: a versioned JSON file in the data folder; an unreadable file is backed up and
replaced by defaults, never fatal."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from app.core.atomic import write_text_atomic
from app.core.categories import PALETTES
from app.core.counting import CountRules
from app.core.errors import ExportError
from app.core.paths import private_dir

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
SETTINGS_NAME = "settings.json"
PAPERS = ("A4", "Letter")

#: Category -> key, laid out like the keypad of a mechanical differential counter.
DEFAULT_KEYMAP = {
    "neutrophil": "7",
    "lymphocyte": "8",
    "monocyte": "9",
    "eosinophil": "4",
    "basophil": "5",
    "ig": "6",
    "blast": "1",
    "nrbc": "2",
    "other": "3",
    "wbc": "0",
}


@dataclass(frozen=True)
class Settings:
    operator: str = ""
    profile: str = "default"  # a shipped profile's name or a profile file's path
    conf_threshold: float | None = None  # None: the profile's / model's own
    review_below: float = 0.6  # cells under this confidence are marked for review
    show_labels: bool = True
    keymap: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_KEYMAP))
    lab_name: str = ""
    lab_address: str = ""
    target_sound: bool = True
    data_dir: str = ""  # empty: the per-user default (see app.core.paths)
    palette: str = "okabe-ito"  # see app.core.categories.PALETTES
    min_focus: float = 4.0  # captures and fields below this focus score get a warning
    paper: str = "A4"  # "A4" or "Letter": the printed report
    min_count_for_flags: int = 100  # fewer WBC than this: the report gives no H/L flags
    result_folder: str = ""  # where signing writes the CSV and HL7 result; empty: none
    signing_pins: dict[str, str] = field(default_factory=dict)  # operator -> app.core.pins hash
    require_signing_pin: bool = False  # the lab's choice: no signature without a PIN

    def with_changes(self, **values: Any) -> Settings:
        return replace(self, **values)

    def count_rules(self) -> CountRules:
        return CountRules(min_count_for_flags=self.min_count_for_flags)


def load_settings(folder: Path) -> Settings:
    path = folder / SETTINGS_NAME
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict) or raw.get("settings_version") != SETTINGS_VERSION:
            raise ValueError("unknown settings version")
        known = {f.name for f in fields(Settings)}
        values = {k: v for k, v in raw.items() if k in known}
        settings = Settings(**values)
        check_settings(settings)
        return settings
    except (OSError, ValueError, TypeError) as exc:
        backup = path.with_name(f"{SETTINGS_NAME}.bad")
        try:
            os.replace(path, backup)
        except OSError:
            backup = path
        log.warning(
            "Settings could not be read (%s); defaults used, old file kept as %s", exc, backup
        )
        return Settings()


def save_settings(folder: Path, settings: Settings) -> None:
    private_dir(folder)
    data = {"settings_version": SETTINGS_VERSION, **asdict(settings)}
    try:
        write_text_atomic(folder / SETTINGS_NAME, json.dumps(data, indent=1))
    except ExportError as exc:
        raise ExportError(f"Settings could not be saved: {exc}") from exc


def keymap_clash(keymap: dict[str, str]) -> tuple[str, list[str]] | None:
    """The first key given to more than one category, with those categories."""
    owners: dict[str, list[str]] = {}
    for category, key in keymap.items():
        owners.setdefault(key.upper(), []).append(category)
    return next(((key, cats) for key, cats in owners.items() if len(cats) > 1), None)


def check_settings(settings: Settings) -> None:
    """Raise ValueError or TypeError naming what is wrong."""
    texts = (
        settings.operator,
        settings.profile,
        settings.lab_name,
        settings.lab_address,
        settings.data_dir,
        settings.result_folder,
    )
    if not all(isinstance(t, str) for t in texts):
        raise TypeError("operator, profile, lab, data folder and result folder must be texts")
    if settings.paper not in PAPERS:
        raise ValueError(f"paper must be {' or '.join(PAPERS)}, not {settings.paper!r}")
    if (
        isinstance(settings.min_count_for_flags, bool)
        or not isinstance(settings.min_count_for_flags, int)
        or not 0 <= settings.min_count_for_flags <= 10_000
    ):
        raise ValueError("min_count_for_flags must be a whole number from 0 to 10000")
    if not isinstance(settings.keymap, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and len(v) == 1
        for k, v in settings.keymap.items()
    ):
        raise TypeError("keymap must map categories to single keys")
    clash = keymap_clash(settings.keymap)
    if clash is not None:
        key, categories = clash
        raise ValueError(f"key {key} is given to {' and '.join(categories)}")
    if not isinstance(settings.signing_pins, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in settings.signing_pins.items()
    ):
        raise TypeError("signing_pins must map operators to PIN hashes")
    if settings.palette not in PALETTES:
        raise ValueError(f"unknown palette {settings.palette!r}")
    if not 0.0 <= float(settings.review_below) <= 1.0:
        raise ValueError("review_below must be between 0 and 1")
    if settings.conf_threshold is not None and not 0.0 <= float(settings.conf_threshold) <= 1.0:
        raise ValueError("conf_threshold must be between 0 and 1")
