"""Large images are tiled: every cell found once, none lost at tile borders or to downscaling."""

from __future__ import annotations

import cv2
import numpy as np

from app.core.geometry import Fit, iou_one_to_many
from app.core.models import Detector, DetectorConfig, DetectorFormat, ModelInfo, Normalisation
from app.core.models.spec import InputSpec
from app.core.tiling import plan_tiles


class BlobSession:
    """Stands in for an ONNX session: finds dark squares in the input tensor, like a detector
    would find cells, and answers in the Ultralytics [1, 4+C, N] layout."""

    def __init__(self) -> None:
        self.calls = 0

    def run(self, _names, feeds):
        self.calls += 1
        tensor = next(iter(feeds.values()))[0]
        dark = (tensor.mean(axis=0) < 0.3).astype(np.uint8)
        count, _, stats, _ = cv2.connectedComponentsWithStats(dark)
        rows = np.zeros((5, max(count - 1, 1)), np.float32)
        for i in range(1, count):
            x, y, w, h, _ = stats[i]
            # Cells cut by the tile edge look smaller and score lower, as with a real detector.
            rows[:, i - 1] = [x + w / 2, y + h / 2, w, h, 0.5 + 0.4 * min(w, h) / max(w, h)]
        return [rows[None]]


def _detector(session: BlobSession, side: int = 320) -> Detector:
    config = DetectorConfig(
        format=DetectorFormat.ULTRALYTICS,
        classes=("wbc",),
        input_size=(side, side),
        stride=32,
        normalisation=Normalisation(),
        fit=Fit.CENTER,
        pad_value=255,
        conf_threshold=0.25,
        iou_threshold=0.7,
        max_detections=1000,
        max_downscale=2.0,
        tile_overlap=0.2,
    )
    spec = InputSpec("images", side, side, True, np.dtype(np.float32))
    info = ModelInfo(
        path=None,
        kind="detector",
        format="ultralytics",
        sha256="",
        provider="CPU",  # type: ignore[arg-type]
        classes=("wbc",),
        input_size=(side, side),
        dynamic_input=False,
        normalisation=Normalisation(),
        name="blobs",
        version=None,
        licence=None,
        assumptions=(),
    )
    return Detector(session, spec, "output0", config, info)  # type: ignore[arg-type]


def test_tiles_cover_the_image_and_cores_partition_it():
    tiles = plan_tiles(4000, 3000, 1280, 256)
    assert min(t.x0 for t in tiles) == 0 and max(t.x1 for t in tiles) == 4000
    assert min(t.y0 for t in tiles) == 0 and max(t.y1 for t in tiles) == 3000
    for x in range(0, 4000, 37):
        for y in range(0, 3000, 41):
            assert sum(t.owns(x, y) for t in tiles) == 1
            assert all(t.x0 <= x < t.x1 and t.y0 <= y < t.y1 for t in tiles if t.owns(x, y))


def test_small_image_is_one_tile():
    assert len(plan_tiles(640, 480, 1280, 256)) == 1


def test_large_frame_finds_every_cell_once_including_on_tile_borders(rng):
    image = np.full((3000, 4000, 3), 255, np.uint8)
    tiles = plan_tiles(4000, 3000, 640, 128)
    # Cells of 24-40 px: some right on the tile edges and on the core boundaries.
    centres = [(t.x1 - 5, t.y0 + 200) for t in tiles[:6]] + [(t.core[2], 300) for t in tiles[:3]]
    centres += [tuple(rng.integers(60, 2900, 2)) for _ in range(40)]
    truth = []
    for cx, cy in centres:
        half = int(rng.integers(12, 20))
        box = [int(cx) - half, int(cy) - half, int(cx) + half, int(cy) + half]
        if any(_overlaps(box, t) for t in truth):
            continue
        truth.append(box)
        cv2.rectangle(image, tuple(box[:2]), (box[2] - 1, box[3] - 1), (0, 0, 0), -1)
    session = BlobSession()
    found = _detector(session).detect(image)
    assert session.calls == len(tiles) > 1
    assert len(found) == len(truth)
    for box in truth:
        # Tiles are shrunk 2x into the model, so a box edge is known to +-2 original pixels.
        best = iou_one_to_many(np.array(box, np.float32), found.boxes).max()
        assert best > 0.8, box


def _overlaps(a, b, margin=4):
    return not (
        a[2] + margin < b[0] or b[2] + margin < a[0] or a[3] + margin < b[1] or b[3] + margin < a[1]
    )


def test_image_below_the_downscale_limit_is_not_tiled():
    session = BlobSession()
    image = np.full((600, 640, 3), 255, np.uint8)
    cv2.rectangle(image, (100, 100), (139, 139), (0, 0, 0), -1)
    found = _detector(session).detect(image)
    assert session.calls == 1
    np.testing.assert_allclose(found.boxes, [[100, 100, 140, 140]], atol=2.5)
