"""Undo/redo against a model: any sequence of commands, undos and redos leaves the slide exactly
as a plain history list says, in memory and on disk."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from app.core.counting import cell_kinds
from app.core.store import NotCountedReason, SlideStore
from tests.core.store_helpers import detections, field_image

LABELS = ("neutrophil", "lymphocyte", "basophil")


def view(session) -> dict:
    cells = {i: (c.label, c.state, c.reason, c.reviewed) for i, c in session.cells.items()}
    return {"cells": cells, "target": session.slide.target}


class UndoRedo(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        self.folder = Path(tempfile.mkdtemp())
        self.store = SlideStore(self.folder / "data")
        self.session = self.store.create_slide("ana", "S-1")
        field = self.session.add_field(field_image(self.folder / "f.png"))
        self.field_id = field.id
        self.session.apply_analysis(field.id, detections(4))
        self.history = [view(self.session)]  # the model: states, and where we stand in them
        self.position = 0

    def _expect(self, cells=None, target=None) -> None:
        state = {
            "cells": dict(self.history[self.position]["cells"]),
            "target": self.history[self.position]["target"],
        }
        if cells:
            state["cells"].update(cells)
        if target is not None:
            state["target"] = target
        if state != self.history[self.position]:
            del self.history[self.position + 1 :]  # a new step drops what could be redone
            self.history.append(state)
            self.position += 1

    def _cell(self, data) -> int:
        return data.draw(st.sampled_from(sorted(self.session.cells)))

    @rule(data=st.data(), label=st.sampled_from(LABELS))
    def relabel(self, data, label) -> None:
        cell = self._cell(data)
        self.session.relabel([cell], label)
        self._expect({cell: (label, "counted", None, 1)})

    @rule(data=st.data())
    def delete(self, data) -> None:
        cell = self._cell(data)
        label, _, _, reviewed = self.history[self.position]["cells"][cell]
        self.session.delete_cells([cell])
        self._expect({cell: (label, "deleted", None, reviewed)})

    @rule(data=st.data(), reason=st.sampled_from(list(NotCountedReason)))
    def not_counted(self, data, reason) -> None:
        cell = self._cell(data)
        label, _, _, reviewed = self.history[self.position]["cells"][cell]
        self.session.mark_not_counted([cell], reason)
        self._expect({cell: (label, "not_counted", reason.value, reviewed)})

    @rule(data=st.data())
    def review(self, data) -> None:
        cell = self._cell(data)
        label, state, reason, _ = self.history[self.position]["cells"][cell]
        self.session.set_reviewed([cell])
        self._expect({cell: (label, state, reason, 1)})

    @rule(label=st.sampled_from(LABELS), x=st.integers(0, 500))
    def add(self, label, x) -> None:
        cell = self.session.add_cell(self.field_id, (x, 300, x + 30, 330), label)
        self._expect({cell.id: (label, "counted", None, 1)})

    @rule(goal=st.sampled_from([100, 200, 500]))
    def set_target(self, goal) -> None:
        self.session.edit_slide(target=goal)
        self._expect(target=goal)

    @rule(times=st.integers(1, 3))
    def undo(self, times) -> None:
        for _ in range(times):
            done = self.session.undo()
            assert (done is not None) == (self.position > 0)
            self.position = max(0, self.position - 1)

    @rule(times=st.integers(1, 3))
    def redo(self, times) -> None:
        for _ in range(times):
            done = self.session.redo()
            assert (done is not None) == (self.position < len(self.history) - 1)
            self.position = min(len(self.history) - 1, self.position + 1)

    @rule()
    def restart(self) -> None:
        self.store.close()
        self.store = SlideStore(self.folder / "data")
        self.session = self.store.open(self.session.slide_id, "ana")

    @invariant()
    def matches_the_model(self) -> None:
        if not hasattr(self, "session"):
            return
        assert view(self.session) == self.history[self.position]
        # The indexes answer as a scan of all cells would (cells_in in the same order).
        assert +self.session.kinds == cell_kinds(self.session.cells.values())
        for field_id in self.session.fields:
            scan = [c for c in self.session.cells.values() if c.field_id == field_id]
            assert self.session.cells_in(field_id) == scan

    def teardown(self) -> None:
        if hasattr(self, "store"):
            self.store.close()


UndoRedo.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestUndoRedo = pytest.mark.slow(UndoRedo.TestCase)  # 60 random runs of 30 steps
