"""How the printed reports say things: local times with their zone, units, states and flags in
plain words, and the audit trail as sentences. One owner for the wording of the workbook, the
PDF summary and the result files."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from app.core.counting import CategoryCount, Differential, PerHundred
from app.core.field_prep import RBC_MICROMETRES
from app.core.i18n import N_, _, date_text, decimal, ngettext, number
from app.core.records import CellState
from app.core.store.audit import AuditEntry

ABSOLUTE_UNIT = "×10⁹/L"
#: Leading characters that make a spreadsheet run a cell as a formula: text starting with one is
#: quote-prefixed in the workbook and apostrophe-prefixed in the CSV.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def ci_note() -> str:
    return _(
        "95% CI: the Wilson score interval of the percentage, i.e. the range that would contain "
        "the true proportion in 95 of 100 slides counted this way; it narrows as more cells are "
        "counted."
    )


_SPECIMENS = {"peripheral_blood": N_("peripheral blood"), "bone_marrow": N_("bone marrow")}


def specimen_text(specimen: str | None) -> str:
    return _(_SPECIMENS[specimen]) if specimen in _SPECIMENS else specimen or ""


#: The words SmearCount stores for states, sources and kinds, as a report says them.
_STORED_WORDS = {
    "open": N_("open"),
    "finished": N_("finished"),
    "signed": N_("signed"),
    "file": N_("file"),
    "camera": N_("camera"),
    "pending": N_("pending"),
    "done": N_("done"),
    "failed": N_("failed"),
    "smudge": N_("smudge"),
    "artefact": N_("artefact"),
    "broken": N_("broken"),
    "detector": N_("detector"),
    "classifier": N_("classifier"),
}


def stored_word(value: str | None) -> str:
    """A stored state or kind ("signed", "camera", "detector") in the report's language."""
    return _(_STORED_WORDS[value]) if value in _STORED_WORDS else value or ""


def analyser_wbc_name() -> str:
    return _("WBC count from the analyser ({unit})").format(unit=ABSOLUTE_UNIT)


def signed_text(who: str, at: str | None) -> str:
    return _("Signed by {who} on {when}").format(who=who, when=local_time(at))


def verification_text(code: str) -> str:
    return _("Verification code of this state: {code}").format(code=code)


def status_text(uncorrected: bool, draft: bool, tampered: bool = False) -> str:
    """What stands next to the title when the result is not final (or not to be trusted)."""
    if tampered:
        return _("NOT VERIFIED: the stored slide was changed outside SmearCount (see the audit)")
    if uncorrected:
        return _("UNCORRECTED: models only, not reviewed by a person")
    if draft:
        return _("DRAFT: the slide is not finished")
    return ""


def local_time(stamp: str | None, seconds: bool = False) -> str:
    """An ISO time in this computer's zone, zone named: "2026-12-02 14:05 ICT (UTC+07:00)"
    (the date as the report's language writes it)."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    clock = moment.strftime("%H:%M:%S" if seconds else "%H:%M")
    return f"{date_text(moment)} {clock} {zone_name(moment)}"


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
    return "" if value is None else decimal(value, 1)


def ci_text(row: CategoryCount) -> str:
    return "" if row.ci is None else f"{decimal(row.ci[0], 1)}–{decimal(row.ci[1], 1)}"


def absolute_text(row: CategoryCount) -> str:
    return "" if row.absolute is None else decimal(row.absolute, 2)


def reference_text(row: CategoryCount) -> str:
    """The range the flag is judged against, with its unit."""
    ref = row.reference
    absolute = row.absolute is not None and ref is not None and ref.absolute is not None
    pair = None if ref is None else ref.absolute if absolute else ref.percent
    if pair is None:
        return ""
    return f"{number(pair[0])}–{number(pair[1])} {ABSOLUTE_UNIT if absolute else '%'}"


def flag_text(row: CategoryCount, diff: Differential) -> str:
    if diff.flags_withheld and row.reference is not None:
        return _("not flagged")
    return row.flag or ""


def flags_note(diff: Differential) -> str:
    """Said under the table when H/L flags are withheld; empty otherwise."""
    if not diff.flags_withheld:
        return ""
    return ngettext(
        "Not flagged: only {total} cell counted (high/low flags need at least {needed} WBC).",
        "Not flagged: only {total} cells counted (high/low flags need at least {needed} WBC).",
        diff.total,
    ).format(total=diff.total, needed=diff.min_count_for_flags)


def target_text(diff: Differential) -> str:
    return _("target {target}").format(target=diff.target)


def per_100_text(item: PerHundred) -> str:
    return "" if item.per_100_wbc is None else decimal(item.per_100_wbc, 1)


def per_100_name(item: PerHundred) -> str:
    return _("{category} per 100 WBC").format(category=item.category.name)


def corrected_wbc_text(diff: Differential, threshold: float) -> str:
    if diff.corrected_wbc is not None:
        return f"{decimal(diff.corrected_wbc, 2)} {ABSOLUTE_UNIT}"
    if diff.wbc_count is None:
        return _("not calculated: no analyser WBC count was given")
    return _("not needed: NRBC < {threshold} per 100 WBC").format(threshold=number(threshold))


def blast_flag_text(diff: Differential) -> str:
    """The blast flag in words ("blasts present", "blasts >= 20%"), empty without blasts."""
    if not diff.blast_flag:
        return ""
    if diff.blast_flag == "blasts present":
        return _("blasts present")
    return _("blasts >= {threshold}%").format(threshold=number(diff.blast_strong_percent))


def blast_text(diff: Differential) -> str:
    if not diff.blast_flag:
        return _("no blasts seen")
    if diff.blast_percent is None:
        return blast_flag_text(diff)
    share = _("{percent}% of WBC").format(percent=decimal(diff.blast_percent, 1))
    return f"{blast_flag_text(diff)} ({share})"


def cell_state_text(state: str, reason: str | None) -> str:
    if state == CellState.NOT_COUNTED.value:
        if reason:
            return _("not counted: {reason}").format(reason=stored_word(reason))
        return _("not counted")
    if state == CellState.DELETED.value:
        return _("deleted (false detection)")
    return _("counted")


# ----- the audit trail as sentences --------------------------------------------------------
_VERBS = {
    "create slide": N_("created the slide"),
    "add field": N_("added field {field}"),
    "remove field": N_("removed field {field}"),
    "analysis": N_("had field {field} analysed by the models"),
    "re-analyse field": N_("re-analysed field {field}"),
    "analysis failed": N_("could not have field {field} analysed"),
    "add cell": N_("added a cell{cell_part}"),
    "delete": N_("deleted {cells} (false detection)"),
    "not counted": N_("marked {cells} not counted"),
    "count again": N_("counted {cells} again"),
    "review": N_("marked {cells} reviewed"),
    "edit slide": N_("changed the slide details{detail_part}"),
    "finish": N_("finished the slide"),
    "sign": N_("signed the slide"),
    "export bundle": N_("exported the slide as a bundle ({target})"),
    "import bundle": N_("imported the slide from a bundle ({target})"),
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
        # Russian past tenses agree with the speaker's gender: its catalogue writes
        # "{who}: {action}" with actions as nouns ("создание слайда").
        return _("{who} {action}").format(who=entry.who or "SmearCount", action=self.action(entry))

    def action(self, entry: AuditEntry) -> str:
        what = entry.what
        for prefix, verb in (("undo ", N_("undid: {action}")), ("redo ", N_("redid: {action}"))):
            if what.startswith(prefix):
                inner = AuditEntry(**{**entry.__dict__, "what": what[len(prefix) :]})
                return _(verb).format(action=self.action(inner))
        if what.endswith(" refused"):
            return _("tried to {what} {target}, refused: {reason}").format(
                what=what[: -len(" refused")], target=entry.target, reason=entry.after
            )
        if what.startswith("unsign: "):
            return _("unsigned the slide, giving the reason: {reason}").format(
                reason=what[len("unsign: ") :]
            )
        if what.startswith("delete slide: "):
            return _("deleted the slide, giving the reason: {reason}").format(
                reason=what[len("delete slide: ") :]
            )
        if what == "relabel":
            return self._relabels(entry)
        if what not in _VERBS:
            return f"{what} ({entry.target})"
        cells = self._cells(entry)
        return _(_VERBS[what]).format(
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
                was = self.label_name(str(old["label"]))
                parts.append(
                    _("cell {cell}{where} from {before} to {after}").format(
                        cell=cell, where=where, before=was, after=to
                    )
                )
            else:
                parts.append(
                    _("cell {cell}{where} as {after} (confirmed)").format(
                        cell=cell, where=where, after=to
                    )
                )
        return _("relabelled {cells}").format(cells="; ".join(parts) if parts else entry.target)

    def _cells(self, entry: AuditEntry) -> list[int]:
        ids: list[int] = []
        for side in (entry.after, entry.before):
            for key in _as_dict(side):
                if key.startswith("cell ") and key[5:].isdigit() and int(key[5:]) not in ids:
                    ids.append(int(key[5:]))
        return ids

    def _cells_text(self, cells: list[int]) -> str:
        if not cells:
            return _("cells")
        if len(cells) == 1:
            return _("cell {cell}{where}").format(cell=cells[0], where=self._where(cells[0]))
        listed = ", ".join(str(c) for c in cells[:10])
        return ngettext("{n} cell ({ids})", "{n} cells ({ids})", len(cells)).format(
            n=len(cells), ids=listed
        )

    def _where(self, cell: int) -> str:
        position = self._position(cell)
        return "" if position is None else _(" in field {field}").format(field=position)

    def _position(self, cell: int) -> int | None:
        return self.positions.get(self.field_of_cell.get(cell, -1))

    def _field(self, entry: AuditEntry) -> str:
        """The field's number in the slide (its row holds it when the field is gone)."""
        for side in (entry.after, entry.before):
            for key, row in _as_dict(side).items():
                if key.startswith("field ") and key[6:].isdigit():
                    known = self.positions.get(int(key[6:]))
                    return str(known if known is not None else _as_dict(row).get("position", "?"))
        cells = self._cells(entry) + _as_dict(_as_dict(entry.after).get("added")).get("ids", [])
        for cell in cells:
            position = self._position(cell)
            if position is not None:
                return str(position)
        return "?"

    @staticmethod
    def _details(entry: AuditEntry) -> str:
        changed = sorted({name for row in _as_dict(entry.after).values() for name in _as_dict(row)})
        return f" ({', '.join(c.replace('_', ' ') for c in changed)})" if changed else ""


def _as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _spread(low: float, high: float) -> str:
    """The fields' range of scales; one number when every field measured the same."""
    low_text, high_text = decimal(low, 3), decimal(high, 3)
    return low_text if low_text == high_text else f"{low_text}–{high_text}"


def scale_sentence(scales: list[tuple[float, str]]) -> str:
    """The fields' scale (micrometres per pixel, and how it was found) as a lab reads it."""
    if not scales:
        return ""
    values = sorted(v for v, _source in scales)
    n, median = len(values), decimal(values[len(values) // 2], 3)
    calibrated = sum(source == "calibrated" for _value, source in scales)
    if calibrated == n:
        return ngettext(
            "Scale: {scale} µm per pixel, from the camera's calibration ({n} field).",
            "Scale: {scale} µm per pixel, from the camera's calibration ({n} fields).",
            n,
        ).format(scale=median, n=n)
    rbc = number(RBC_MICROMETRES)
    if n == 1:
        text = _(
            "Scale: {scale} µm per pixel, measured on the field's red cells, taken as {rbc} µm "
            "across."
        ).format(scale=median, rbc=rbc)
    else:
        text = ngettext(
            "Scale: {scale} µm per pixel (median of {n} field, {spread}), measured on the "
            "red cells of each field, taken as {rbc} µm across.",
            "Scale: {scale} µm per pixel (median of {n} fields, {spread}), measured on the "
            "red cells of each field, taken as {rbc} µm across.",
            n,
        ).format(scale=median, n=n, spread=_spread(values[0], values[-1]), rbc=rbc)
    # Settings changed during the slide: some fields took the calibration, the rest were measured.
    if calibrated:
        text += " " + ngettext(
            "Of these, {n} field used the camera's calibration.",
            "Of these, {n} fields used the camera's calibration.",
            calibrated,
        ).format(n=calibrated)
    assumed = sum(source == "assumed" for _value, source in scales)
    if assumed:
        text += " " + ngettext(
            "{n} field had no red cells to measure; its scale was assumed.",
            "{n} fields had no red cells to measure; their scale was assumed.",
            assumed,
        ).format(n=assumed)
    return text
