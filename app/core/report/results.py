"""The result as a laboratory information system reads it: a CSV of the final differential and
an HL7 v2.5 ORU^R01 message (one OBX per category, LOINC codes where the lab's code table has
them), written together into the result folder when a slide is signed."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.core.atomic import write_text_atomic
from app.core.counting import CategoryCount
from app.core.errors import ExportError
from app.core.i18n import _, in_english
from app.core.paths import resources_dir
from app.core.records import SlideState
from app.core.report.data import ReportData
from app.core.report.words import ABSOLUTE_UNIT, FORMULA_STARTS

PERCENT_UCUM = "%"
ABSOLUTE_UCUM = "10*9/L"
PER_100_UCUM = "/100{WBCs}"


@lru_cache(maxsize=1)
def lis_codes() -> dict[str, Any]:
    path = resources_dir() / "lis" / "codes.json"
    try:
        codes: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ExportError(
            _("The LIS code table {path} cannot be read ({why}).").format(path=path, why=exc)
        ) from exc
    return codes


@dataclass(frozen=True)
class Observation:
    """One line of the result: a category's percentage, absolute count or rate per 100 WBC."""

    key: str
    name: str
    value: float
    unit: str  # UCUM
    reference: str
    flag: str  # "H", "L" or ""
    code: str
    system: str  # "LN" for LOINC, "L" for a local code


@in_english
def observations(data: ReportData) -> list[Observation]:
    codes = lis_codes()
    diff = data.differential
    out: list[Observation] = []

    def add(key: str, name: str, value: float, unit: str, ref: str, flag: str, kind: str) -> None:
        """``kind``: the code table ("percent", "absolute", "per_100") to look the key up in."""
        code = codes.get(kind, {}).get(key)
        suffix = {"percent": "", "absolute": "-abs", "per_100": "-per100"}[kind]
        coded = (str(code), "LN") if code else (f"SC-{key}{suffix}", "L")
        out.append(Observation(key, name, value, unit, ref, flag, *coded))

    for row in diff.rows:
        if row.percent is None:
            continue
        key, name = row.category.key, row.category.name
        # The flag goes with the value it was judged on: the absolute count when there is one.
        percent_flag = "" if row.absolute is not None else row.flag or ""
        ref = _range(row, absolute=False)
        add(key, f"{name}/100 leukocytes", round(row.percent, 1), PERCENT_UCUM, ref,
            percent_flag, "percent")  # fmt: skip
        if row.absolute is not None:
            ref = _range(row, absolute=True)
            add(key, f"{name} [#/volume]", round(row.absolute, 2), ABSOLUTE_UCUM, ref,
                row.flag or "", "absolute")  # fmt: skip
    for item in diff.per_100:
        if item.per_100_wbc is not None:
            add(item.category.key, f"{item.category.name} per 100 WBC",
                round(item.per_100_wbc, 1), PER_100_UCUM, "", "", "per_100")  # fmt: skip
    return out


def _range(row: CategoryCount, absolute: bool) -> str:
    ref = row.reference
    pair = None if ref is None else (ref.absolute if absolute else ref.percent)
    return "" if pair is None else f"{pair[0]:g}-{pair[1]:g}"


# ----- CSV -----------------------------------------------------------------------------------
CSV_COLUMNS = (
    "sample_id",
    "category_key",
    "category",
    "count",
    "percent",
    "ci95_low_percent",
    "ci95_high_percent",
    "absolute_1e9_per_l",
    "per_100_wbc",
    "reference",
    "flag",
)


@in_english
def result_csv(data: ReportData) -> str:
    """One row per category (differential, then per 100 WBC), then the total."""
    diff, sample = data.differential, _safe_cell(data.slide.sample_id)
    rows: list[dict[str, object]] = []
    for row in diff.rows:
        unit = f" {ABSOLUTE_UNIT}" if row.absolute is not None and row.reference_text else ""
        rows.append(
            {
                "category_key": row.category.key,
                "category": _safe_cell(row.category.name),
                "count": row.count,
                "percent": _num(row.percent, 1),
                "ci95_low_percent": _num(None if row.ci is None else row.ci[0], 1),
                "ci95_high_percent": _num(None if row.ci is None else row.ci[1], 1),
                "absolute_1e9_per_l": _num(row.absolute, 2),
                "reference": row.reference_text.replace(" %", "%") + unit,
                "flag": row.flag or "",
            }
        )
    for item in diff.per_100:
        rows.append(
            {
                "category_key": item.category.key,
                "category": _safe_cell(item.category.name),
                "count": item.count,
                "per_100_wbc": _num(item.per_100_wbc, 1),
            }
        )
    rows.append({"category_key": "total", "category": "Total WBC counted", "count": diff.total})
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, restval="", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({"sample_id": sample, **row} for row in rows)
    return out.getvalue()


def _num(value: float | None, digits: int) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def _safe_cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


# ----- HL7 v2.5 ------------------------------------------------------------------------------
def _hl7_text(value: object) -> str:
    """Escape HL7's delimiters and drop line breaks (a segment ends at a carriage return)."""
    text = "" if value is None else str(value)
    for char, escaped in (("\\", "\\E\\"), ("|", "\\F\\"), ("^", "\\S\\"), ("&", "\\T\\")):
        text = text.replace(char, escaped)
    text = text.replace("~", "\\R\\")
    return " ".join(text.split())


def _hl7_time(stamp: str | None) -> str:
    if not stamp:
        return ""
    return datetime.fromisoformat(stamp).astimezone().strftime("%Y%m%d%H%M%S%z")


def _segment(name: str, fields: dict[int, str]) -> str:
    """A segment from its numbered fields (HL7's 1-based numbers; values already escaped)."""
    last = max(fields)
    return "|".join([name, *(fields.get(i, "") for i in range(1, last + 1))])


@in_english
def hl7_message(data: ReportData, now: str | None = None) -> str:
    """An ORU^R01 message; segments end with a carriage return as HL7 requires."""
    slide, diff = data.slide, data.differential
    now = now or datetime.now(timezone.utc).isoformat()
    status = "F" if slide.state == SlideState.SIGNED.value else "P"  # final / preliminary
    codes = lis_codes()
    panel = codes.get("panel", {})
    e = _hl7_text
    segments = [
        # MSH-1 is the field separator itself and MSH-2 the encoding characters, so key k
        # below is MSH-(k+2): 1 sending application, 5 time, 7 message type, 10 version.
        "MSH|"
        + _segment(
            "^~\\&",
            {
                1: "SmearCount",
                2: e(data.lab.name),
                3: "LIS",
                5: _hl7_time(now),
                7: "ORU^R01^ORU_R01",
                8: f"SC{slide.id}-{_hl7_time(now)[:14]}",
                9: "P",
                10: "2.5",
                16: "UNICODE UTF-8",
            },
        ),
        _segment(
            "PID",
            {
                1: "1",
                3: f"{e(slide.patient_id or slide.sample_id)}^^^^MR",
                8: {"F": "F", "M": "M", "X": "O"}.get(slide.sex or "", "U"),
            },
        ),
        _segment(
            "OBR",
            {
                1: "1",
                3: e(slide.sample_id),
                4: f"{e(panel.get('code', 'SC-DIFF'))}^"
                f"{e(panel.get('text', 'Blood smear differential count'))}^"
                f"{e(panel.get('system', 'L'))}",
                7: _hl7_time(slide.created_at),
                22: _hl7_time(slide.signed_at or now),
                25: status,
                32: e(slide.signed_by or slide.operator or ""),
            },
        ),
    ]
    # OBX-3 code, OBX-2 value type, OBX-5 value, OBX-6 unit, OBX-7 range, OBX-8 flag
    results: list[tuple[str, str, str, str, str, str]] = []
    if slide.wbc_count is not None and codes.get("wbc_count"):
        results.append(
            (
                f"{codes['wbc_count']}^Leukocytes [#/volume] in Blood^LN",
                "NM",
                f"{slide.wbc_count:g}",
                f"{ABSOLUTE_UCUM}^{ABSOLUTE_UCUM}^UCUM",
                "",
                "",
            )
        )
    for item in observations(data):
        results.append(
            (
                f"{e(item.code)}^{e(item.name)}^{item.system}",
                "NM",
                f"{item.value:g}",
                f"{e(item.unit)}^{e(item.unit)}^UCUM",
                e(item.reference),
                item.flag,
            )
        )
    results.append(
        ("SC-total^WBC counted in the differential^L", "NM", str(diff.total), "", "", "")
    )
    if diff.blast_flag:
        results.append(("SC-blast-flag^Blast flag^L", "ST", e(diff.blast_flag), "", "", ""))
    for set_id, (code, kind, value, unit, reference, flag) in enumerate(results, 1):
        segments.append(
            _segment(
                "OBX",
                {
                    1: str(set_id),
                    2: kind,
                    3: code,
                    5: value,
                    6: unit,
                    7: reference,
                    8: flag,
                    11: status,
                    14: _hl7_time(slide.finished_at or now),
                },
            )
        )
    if slide.comment:
        segments.append(_segment("NTE", {1: "1", 2: "L", 3: e(slide.comment)}))
    return "\r".join(segments) + "\r"


# ----- writing ------------------------------------------------------------------------------
def result_name(data: ReportData) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in data.slide.sample_id)
    return f"{safe or 'slide'}-{data.slide.id}"


def write_results(data: ReportData, folder: Path) -> list[Path]:
    """Write NAME.csv and NAME.hl7 into ``folder`` (atomically; raises ExportError)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(
            _("The result folder {folder} cannot be created ({why}).").format(
                folder=folder, why=exc
            )
        ) from exc
    name = result_name(data)
    paths = [folder / f"{name}.csv", folder / f"{name}.hl7"]
    write_text_atomic(paths[0], result_csv(data))
    write_text_atomic(paths[1], hl7_message(data))
    return paths
