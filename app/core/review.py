"""Which cells a person should look at: the model was unsure of at least one of its decisions.

A cascade decides a cell in steps (blast or not, then the subtype); a sure subtype after an
unsure blast decision is still an unsure cell, so every stage's confidence is checked, each
against its own threshold when the profile sets one (``review_below`` of a stage), else against
the technician's threshold from Settings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.core.records import Cell, CellSource, CellState


@dataclass(frozen=True)
class ReviewRule:
    below: float = 0.6  # Settings: a decision under this confidence is to be reviewed
    stages: Mapping[str, float] = field(default_factory=dict)  # the profile's, per stage
    first_stage: Mapping[str, str] = field(default_factory=dict)  # detector class -> stage

    def weakest(self, cell: Cell) -> tuple[str, float, float] | None:
        """The least sure decision about a model cell: (stage, confidence, its threshold), the
        stage "" when one model decided; None for a cell a person added."""
        if cell.model_confidence is None or cell.source == CellSource.MANUAL.value:
            return None
        path = cell.stage_path  # stored for cascades; one stage lives in the model columns
        if not path:
            stage = self.first_stage.get(cell.detector_label or "", "")
            return "", cell.model_confidence, self.stages.get(stage, self.below)
        decisions = [(stage, conf, self.stages.get(stage, self.below)) for stage, _, conf in path]
        return min(decisions, key=lambda d: d[1] - d[2])

    def margin(self, cell: Cell) -> float | None:
        """The least sure decision's confidence minus its threshold (below zero: to review)."""
        weakest = self.weakest(cell)
        return None if weakest is None else weakest[1] - weakest[2]

    def needs_review(self, cell: Cell) -> bool:
        """A counted model cell, not yet looked at, with a decision under its threshold."""
        margin = self.margin(cell)
        return (
            margin is not None
            and margin < 0
            and cell.state == CellState.COUNTED.value
            and not cell.reviewed
        )
