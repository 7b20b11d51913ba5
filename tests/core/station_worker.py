"""Run in a subprocess by test_server: one station of the lab relabelling cells of a shared
slide against the server, as a technician would, and counting a slide of its own. Prints
"relabelled N refused M" at the end; a refused change (another station changed the cell since
this one read it) is answered by reading the slide again, as the window does."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from app.core.errors import StorageError
from app.core.store import SlideStore
from tests.core.store_helpers import detections, field_image

LABELS = ("neutrophil", "lymphocyte", "monocyte", "eosinophil")

if __name__ == "__main__":
    folder, url, slide_id, steps, seed = (
        Path(sys.argv[1]),
        sys.argv[2],
        int(sys.argv[3]),
        int(sys.argv[4]),
        int(sys.argv[5]),
    )
    rng = random.Random(seed)
    store = SlideStore(folder, database=url)
    own = store.create_slide("tech", f"OWN-{seed}")
    field = own.add_field(field_image(folder / "own.png", seed=100 + seed))
    own.apply_analysis(field.id, detections(5))
    session = store.open(slide_id, "tech")
    relabelled = refused = 0
    for _ in range(steps):
        cell = rng.choice(sorted(session.cells))
        # Always another class: a relabel to the class a cell has already is no change at all
        # (nothing is written, nothing audited).
        label = rng.choice([x for x in LABELS if x != session.cells[cell].label])
        try:
            session.relabel([cell], label)
            relabelled += 1
        except StorageError:
            refused += 1
            session = store.open(slide_id, "tech")
    store.close()
    print(f"relabelled {relabelled} refused {refused}", flush=True)
