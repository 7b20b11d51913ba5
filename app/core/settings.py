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
from app.core.i18n import ENGLISH, LANGUAGES, _, number
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
    database_url: str = ""  # a lab server (postgresql://…); empty: this computer's own slides
    palette: str = "okabe-ito"  # see app.core.categories.PALETTES
    min_focus: float = 4.0  # captures and fields below this focus score get a warning
    paper: str = "A4"  # "A4" or "Letter": the printed report
    min_count_for_flags: int = 100  # fewer WBC than this: the report gives no H/L flags
    result_folder: str = ""  # where signing writes the CSV and HL7 result; empty: none
    micrometres_per_pixel: float | None = None  # a calibrated camera; None: measure each field
    lab_adaptation: bool = True  # type new analyses with the lab's adaptation where it passed
    signing_pins: dict[str, str] = field(default_factory=dict)  # operator -> app.core.pins hash
    require_signing_pin: bool = False  # the lab's choice: no signature without a PIN
    language: str = ""  # app.core.i18n.LANGUAGES code; empty: the system's, else English
    report_in_english: bool = False  # reports for a referral lab, whatever the window speaks

    def report_language(self, window_language: str) -> str:
        """The language reports are written in, given the one the window speaks."""
        return ENGLISH if self.report_in_english else window_language

    def with_changes(self, **values: Any) -> Settings:
        return replace(self, **values)

    def count_rules(self) -> CountRules:
        return CountRules(min_count_for_flags=self.min_count_for_flags)


def load_settings(folder: Path) -> Settings:
    """The saved settings: a value of the wrong type or out of range falls back to its default
    (logged); a file that cannot be read at all is moved aside and every default is used."""
    path = folder / SETTINGS_NAME
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict) or raw.get("settings_version") != SETTINGS_VERSION:
            raise ValueError("unknown settings version")
    except Exception as exc:  # whatever the failure, even JSON nested too deep to parse
        backup = path.with_name(f"{SETTINGS_NAME}.bad")
        try:
            os.replace(path, backup)
        except OSError:
            backup = path
        log.warning(
            "Settings could not be read (%s); defaults used, old file kept as %s",
            type(exc).__name__ if isinstance(exc, RecursionError) else exc,
            backup,
        )
        return Settings()
    return Settings(**_valid_values(raw))


def _valid_values(raw: dict[str, Any]) -> dict[str, Any]:
    defaults = Settings()
    values: dict[str, Any] = {}
    for item in fields(Settings):
        if item.name not in raw:
            continue
        try:
            values[item.name] = check_value(item.name, raw[item.name])
        except (TypeError, ValueError) as exc:
            log.warning(
                "Setting %s is not valid (%s); its default %r is used",
                item.name,
                exc,
                getattr(defaults, item.name),
            )
    return values


#: Numbers that have a range; texts that must be one of a few.
RANGES: dict[str, tuple[float, float]] = {
    "review_below": (0.0, 1.0),
    "conf_threshold": (0.0, 1.0),
    "min_focus": (0.0, 10_000.0),
    "min_count_for_flags": (0, 10_000),
    # A microscope camera: a 100x oil objective on a fine-pixel sensor gives ~0.03 µm per
    # pixel, a 4x objective on a coarse one ~2; outside this a typed value is a slip.
    "micrometres_per_pixel": (0.02, 5.0),
}
CHOICES: dict[str, tuple[str, ...]] = {
    "palette": tuple(PALETTES),
    "paper": PAPERS,
    "language": ("", *LANGUAGES),
}


def check_value(name: str, value: Any) -> Any:
    """``value`` if it suits setting ``name`` (its type, range or choices), else raise."""
    item = next(f for f in fields(Settings) if f.name == name)
    kind = str(item.type)
    if value is None and "None" in kind:
        return None
    if "bool" in kind:
        ok = isinstance(value, bool)
    elif "float" in kind:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif "int" in kind:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif "dict" in kind:
        ok = isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        )
    else:
        ok = isinstance(value, str)
    if not ok:
        raise TypeError(
            _("{name} must be {kind}, not {type}").format(
                name=name, kind=kind.split(" |")[0], type=type(value).__name__
            )
        )
    if name in RANGES and not RANGES[name][0] <= value <= RANGES[name][1]:
        low, high = RANGES[name]
        raise ValueError(
            _("{name} must be between {low} and {high}, not {value}").format(
                name=name, low=f"{low:g}", high=f"{high:g}", value=repr(value)
            )
        )
    if name in CHOICES and value not in CHOICES[name]:
        raise ValueError(
            _("{name} must be one of {choices}, not {value}").format(
                name=name, choices=", ".join(CHOICES[name]), value=repr(value)
            )
        )
    if name == "keymap":
        _check_keymap(value)
    return value


def check_scale(value: float) -> float:
    """``value`` if it is a plausible camera calibration (µm per pixel), else ValueError in the
    technician's words (the Settings dialog and ``analyze --um-per-px`` say the same)."""
    low, high = RANGES["micrometres_per_pixel"]
    if not low <= value <= high:  # NaN too
        raise ValueError(
            _(
                "{value} µm per pixel is not a microscope camera's scale (it lies between {low} "
                "and {high}): check the stage micrometer reading."
            ).format(value=number(value), low=number(low), high=number(high))
        )
    return value


def read_scale(text: str) -> float | None:
    """The camera calibration as typed ("0.125" or "0,125"); empty: none, the scale is
    estimated on each field's red cells."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise ValueError(
            _(
                "The camera's scale must be a number of µm per pixel, such as 0.1, or empty "
                "to estimate it from the red cells."
            )
        ) from None
    return check_scale(value)


def _check_keymap(keymap: dict[str, str]) -> None:
    if not all(len(v) == 1 for v in keymap.values()):
        raise ValueError(_("keymap must map categories to single keys"))
    clash = keymap_clash(keymap)
    if clash is not None:
        key, categories = clash
        if len(categories) == 2:
            raise ValueError(
                _("keymap gives the key {key} to both {first} and {second}").format(
                    key=key, first=categories[0], second=categories[1]
                )
            )
        raise ValueError(
            _("keymap gives the key {key} to each of {categories}").format(
                key=key, categories=", ".join(categories)
            )
        )


def save_settings(folder: Path, settings: Settings) -> None:
    private_dir(folder)
    data = {"settings_version": SETTINGS_VERSION, **asdict(settings)}
    try:
        write_text_atomic(folder / SETTINGS_NAME, json.dumps(data, indent=1))
    except ExportError as exc:
        raise ExportError(_("Settings could not be saved: {problem}").format(problem=exc)) from exc


def keymap_clash(keymap: dict[str, str]) -> tuple[str, list[str]] | None:
    """The first key given to more than one category, with those categories."""
    owners: dict[str, list[str]] = {}
    for category, key in keymap.items():
        owners.setdefault(key.upper(), []).append(category)
    return next(((key, cats) for key, cats in owners.items() if len(cats) > 1), None)


def check_settings(settings: Settings) -> None:
    """Raise ValueError or TypeError naming the first value that is wrong."""
    for item in fields(Settings):
        check_value(item.name, getattr(settings, item.name))
