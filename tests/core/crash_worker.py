"""Run in a subprocess by test_store_crash: applies seeded corrections to a slide and prints
"done I DIGEST" after each one returns, until it is killed."""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

from app.core.store import NotCountedReason, SlideSession, SlideStore
from tests.core.store_helpers import digest

LABELS = ("neutrophil", "lymphocyte", "monocyte", "eosinophil", "basophil")


def run_steps(
    session: SlideSession, seed: int, count: int, report: Callable[[int, str], None]
) -> None:
    rng = random.Random(seed)
    field_id = session.field_list()[0].id
    for i in range(count):
        # Draw every value each step so the sequence depends on the seed alone.
        op, pick, label = rng.randrange(8), rng.random(), rng.choice(LABELS)
        reason, x, y = rng.choice(list(NotCountedReason)), rng.randrange(500), rng.randrange(400)
        ids = sorted(session.cells)
        cell = ids[int(pick * len(ids))]
        if op == 0:
            session.relabel([cell], label)
        elif op == 1:
            session.delete_cells([cell])
        elif op == 2:
            session.mark_not_counted([cell], reason)
        elif op == 3:
            session.set_reviewed([cell], pick < 0.5)
        elif op == 4:
            session.add_cell(field_id, (x, y, x + 30, y + 30), label)
        elif op == 5:
            session.edit_slide(comment=f"step {i}")
        elif op == 6:
            session.undo()
        else:
            session.redo()
        report(i, digest(session))


if __name__ == "__main__":
    folder, slide_id, seed, count = (
        sys.argv[1],
        int(sys.argv[2]),
        int(sys.argv[3]),
        int(sys.argv[4]),
    )
    store = SlideStore(Path(folder), database=sys.argv[5] if len(sys.argv) > 5 else None)
    session = store.open(slide_id, "worker")
    print("ready", flush=True)
    run_steps(session, seed, count, lambda i, d: print(f"done {i} {d}", flush=True))
