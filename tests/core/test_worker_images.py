"""A field image stored by a worker thread (the analysis) is stored whatever the window's own
connection does meanwhile: on a lab server the worker has a connection of its own, so its
image never goes with a rollback of a change the window had open."""

from __future__ import annotations

import hashlib
import threading

import pytest


def test_a_worker_s_image_outlives_the_window_s_rollback(engine, tmp_path):
    store = engine.store(tmp_path / "data")
    data = b"\x89PNG field bytes"
    stored: list[str] = []
    with pytest.raises(RuntimeError), store.db.transaction():
        worker = threading.Thread(
            target=lambda: stored.append(store.worker_images.put(data, ".png"))
        )
        worker.start()
        worker.join()
        raise RuntimeError("the window's change failed")
    assert stored == [hashlib.sha256(data).hexdigest()]
    assert store.images.stored_bytes(stored[0], ".png") == data
    assert (store.worker_images is store.images) == (engine.url is None)
