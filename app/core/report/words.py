"""How the printed reports say things: local times with their zone, units, states and flags in
plain words, and the audit trail as sentences. One owner for the wording of the workbook, the
PDF summary and the result files."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from app.core.counting import CategoryCount, Differential, PerHundred
from app.core.field_prep import RBC_MICROMETRES
from app.core.records import CellState
from app.core.store.audit import AuditEntry

ABSOLUTE_UNIT = "×10⁹/L"
#: Leading characters that make a spreadsheet run a cell as a formula: text starting with one is
#: quote-prefixed in the workbook and apostrophe-prefixed in the CSV.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CI_NOTE = (
    "95% CI: the Wilson score interval of the percentage, i.e. the range that would contain "
    "the true proportion in 95 of 100 slides counted this way; it narrows as more cells are "
    "counted."
)

SPECIMEN_WORDS = {"peripheral_blood": "peripheral blood", "bone_marrow": "bone marrow"}


def status_text(uncorrected: bool, draft: bool, tampered: bool = False) -> str:
    """What stands next to the title when the result is not final (or not to be trusted)."""
    if tampered:
        return "NOT VERIFIED: the stored slide was changed outside SmearCount (see the audit)"
    if uncorrected:
        return "UNCORRECTED: models only, not reviewed by a person"
    if draft:
        return "DRAFT: the slide is not finished"
    return ""


def local_time(stamp: str | None, seconds: bool = False) -> str:
    """An ISO time in this computer's zone, zone named: "2026-12-02 14:05 ICT (UTC+07:00)"."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    text = moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    return f"{text} {zone_name(moment)}"


def zone_name(moment: datetime) -> str:
    offset = moment.utcoffset() or timedelta(0)
    minutes = round(offset.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    numeric = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    name = moment.tzname() or ""
    if minutes == 0 and name in ("", "UTC", "GMT", "+00", "Z"):
        return "UTC"
    # Zones without an abbreviation come back as "+07": the offset alone says it better.
    return f"{name} ({numeric})" if name.isalpha() else numeric


def percent(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def ci_text(row: CategoryCount) -> str:
    return "" if row.ci is None else f"{row.ci[0]:.1f}–{row.ci[1]:.1f}"


def absolute_text(row: CategoryCount) -> str:
    return "" if row.absolute is None else f"{row.absolute:.2f}"


def reference_text(row: CategoryCount) -> str:
    """The range the flag is judged against, with its unit."""
    text = row.reference_text
    if not text:
        return ""
    if text.endswith(" %"):
        return text.replace("-", "–", 1)
    return f"{text.replace('-', '–', 1)} {ABSOLUTE_UNIT}"


def flag_text(row: CategoryCount, diff: Differential) -> str:
    if diff.flags_withheld and row.reference is not None:
        return "not flagged"
    return row.flag or ""


def flags_note(diff: Differential) -> str:
    """Said under the table when H/L flags are withheld; empty otherwise."""
    if not diff.flags_withheld:
        return ""
    return (
        f"Not flagged: only {diff.total} cells counted (high/low flags need at least "
        f"{diff.min_count_for_flags} WBC)."
    )


def total_text(diff: Differential) -> str:
    return f"{diff.total} of a target of {diff.target}" if diff.target else str(diff.total)


def per_100_text(item: PerHundred) -> str:
    return "" if item.per_100_wbc is None else f"{item.per_100_wbc:.1f}"


def corrected_wbc_text(diff: Differential, threshold: float) -> str:
    if diff.corrected_wbc is not None:
        return f"{diff.corrected_wbc:.2f} {ABSOLUTE_UNIT}"
    if diff.wbc_count is None:
        return "not calculated: no analyser WBC count was given"
    return f"not needed: NRBC < {threshold:g} per 100 WBC"


def blast_text(diff: Differential) -> str:
    if not diff.blast_flag:
        return "no blasts seen"
    share = "" if diff.blast_percent is None else f" ({diff.blast_percent:.1f}% of WBC)"
    return f"{diff.blast_flag}{share}"


def cell_state_text(state: str, reason: str | None) -> str:
    if state == CellState.NOT_COUNTED.value:
        return f"not counted: {reason}" if reason else "not counted"
    if state == CellState.DELETED.value:
        return "deleted (false detection)"
    return "counted"


# ----- the audit trail as sentences --------------------------------------------------------
_VERBS = {
    "create slide": "created the slide",
    "add field": "added field {field}",
    "remove field": "removed field {field}",
    "analysis": "had field {field} analysed by the models",
    "re-analyse field": "re-analysed field {field}",
    "analysis failed": "could not have field {field} analysed",
    "add cell": "added a cell{cell_part}",
    "delete": "deleted {cells} (false detection)",
    "not counted": "marked {cells} not counted",
    "count again": "counted {cells} again",
    "review": "marked {cells} reviewed",
    "edit slide": "changed the slide details{detail_part}",
    "finish": "finished the slide",
    "sign": "signed the slide",
    "export bundle": "exported the slide as a bundle ({target})",
    "import bundle": "imported the slide from a bundle ({target})",
}


class AuditWords:
    """Turns audit entries into sentences; knows which field each cell is in and the names
    people use for labels."""

    def __init__(
        self,
        field_of_cell: Mapping[int, int],
        positions: Mapping[int, int],
        label_name: Callable[[str], str],
    ) -> None:
        self.field_of_cell = field_of_cell  # cell id -> field id
        self.positions = positions  # field id -> its number in the slide
        self.label_name = label_name

    def sentence(self, entry: AuditEntry) -> str:
        who = entry.who or "SmearCount"
        return f"{who} {self.action(entry)}"

    def action(self, entry: AuditEntry) -> str:
        what = entry.what
        for prefix, verb in (("undo ", "undid"), ("redo ", "redid")):
            if what.startswith(prefix):
                inner = AuditEntry(**{**entry.__dict__, "what": what[len(prefix) :]})
                return f"{verb}: {self.action(inner)}"
        if what.endswith(" refused"):
            return f"tried to {what[: -len(' refused')]} {entry.target}, refused: {entry.after}"
        if what.startswith("unsign: "):
            return f"unsigned the slide, giving the reason: {what[len('unsign: ') :]}"
        if what.startswith("delete slide: "):
            return f"deleted the slide, giving the reason: {what[len('delete slide: ') :]}"
        if what == "relabel":
            return self._relabels(entry)
        if what not in _VERBS:
            return f"{what} ({entry.target})"
        cells = self._cells(entry)
        return _VERBS[what].format(
            field=self._field(entry),
            cells=self._cells_text(cells),
            cell_part=f" ({self._cells_text(cells)})" if cells else "",
            detail_part=self._details(entry),
            target=entry.target,
        )

    def _relabels(self, entry: AuditEntry) -> str:
        before, after = _as_dict(entry.before), _as_dict(entry.after)
        parts = []
        for key, new in after.items():
            old = _as_dict(before.get(key))
            if not key.startswith("cell ") or "label" not in _as_dict(new):
                continue
            cell = int(key.split()[1])
            where = self._where(cell)
            to = self.label_name(str(_as_dict(new)["label"]))
            if "label" in old:
                parts.append(
                    f"cell {cell}{where} from {self.label_name(str(old['label']))} to {to}"
                )
            else:
                parts.append(f"cell {cell}{where} as {to} (confirmed)")
        return "relabelled " + ("; ".join(parts) if parts else entry.target)

    def _cells(self, entry: AuditEntry) -> list[int]:
        ids: list[int] = []
        for side in (entry.after, entry.before):
            for key in _as_dict(side):
                if key.startswith("cell ") and key[5:].isdigit() and int(key[5:]) not in ids:
                    ids.append(int(key[5:]))
        return ids

    def _cells_text(self, cells: list[int]) -> str:
        if not cells:
            return "cells"
        if len(cells) == 1:
            return f"cell {cells[0]}{self._where(cells[0])}"
        return f"{len(cells)} cells ({', '.join(str(c) for c in cells[:10])})"

    def _where(self, cell: int) -> str:
        position = self.positions.get(self.field_of_cell.get(cell, -1))
        return "" if position is None else f" in field {position}"

    def _field(self, entry: AuditEntry) -> str:
        """The field's number in the slide (its row holds it when the field is gone)."""
        for side in (entry.after, entry.before):
            for key, row in _as_dict(side).items():
                if key.startswith("field ") and key[6:].isdigit():
                    known = self.positions.get(int(key[6:]))
                    return str(known if known is not None else _as_dict(row).get("position", "?"))
        cells = self._cells(entry) + _as_dict(_as_dict(entry.after).get("added")).get("ids", [])
        for cell in cells:
            if self._where(cell):
                return self._where(cell).removeprefix(" in field ")
        return "?"

    @staticmethod
    def _details(entry: AuditEntry) -> str:
        changed = sorted({name for row in _as_dict(entry.after).values() for name in _as_dict(row)})
        return f" ({', '.join(c.replace('_', ' ') for c in changed)})" if changed else ""


def _as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def scale_sentence(scales: list[tuple[float, str]]) -> str:
    """The fields' scale (micrometres per pixel, and how it was found) as a lab reads it."""
    if not scales:
        return ""
    values = sorted(v for v, _ in scales)
    median = values[len(values) // 2]
    sources = {source for _, source in scales}
    fields = f"{len(values)} field" + ("s" if len(values) != 1 else "")
    if sources == {"calibrated"}:
        return f"Scale: {median:.3f} µm per pixel, from the camera's calibration ({fields})."
    spread = f", {values[0]:.3f}–{values[-1]:.3f}" if len(values) > 1 else ""
    guessed = sum(source == "assumed" for _, source in scales)
    extra = f"; {guessed} without red cells to measure, assumed" if guessed else ""
    return (
        f"Scale: {median:.3f} µm per pixel (median of {fields}{spread}), measured on the red "
        f"cells of each field, taken as {RBC_MICROMETRES:g} µm across{extra}."
    )
