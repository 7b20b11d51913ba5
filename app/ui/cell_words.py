"""What the status bar says about the selected cells, in the words a technician uses."""

from __future__ import annotations

from app.core.categories import CategoryMap
from app.core.records import Cell, CellSource, CellState
from app.ui.translations import tr as _tr


def describe_selection(cells: list[Cell], categories: CategoryMap) -> str | None:
    """One cell: its class, how sure the model was and, for a cascade, every stage's answer
    (so its route can be checked); several: how many. None when nothing is selected."""
    if len(cells) > 1:
        return _tr("{0} cells selected.").replace("{0}", str(len(cells)))
    if not cells:
        return None
    [cell] = cells
    words = [categories.category_of(cell.label).name]
    if cell.source == CellSource.MANUAL.value:
        words.append(_tr("added by hand"))
    elif cell.label != cell.model_label:
        words.append(_tr("corrected (the model said {0})").replace("{0}", str(cell.model_label)))
    elif cell.model_confidence is not None:
        words.append(_tr("model {0} sure").replace("{0}", f"{cell.model_confidence:.0%}"))
    if cell.state != CellState.COUNTED.value:
        words.append(_tr("not counted ({0})").replace("{0}", cell.reason or ""))
    if cell.stage_path:
        words.append(_tr("classifier stages: ") + cell.stage_path_text())
    return ", ".join(words) + "."
