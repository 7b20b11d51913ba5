"""Every awkward image a lab meets is analysed correctly or refused with a plain message: never a
crash, never a hang, and a huge frame does not take memory without bound."""

from __future__ import annotations

import gc
import io
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from app.core.errors import ImageReadError
from app.core.image_files import ImageSource
from app.core.imaging import decode_image
from app.core.models import load_detector
from app.core.pipeline import Pipeline
from app.core.store.inputs import FieldImage
from app.core.tiling import plan_tiles
from tests import onnx_graphs as g
from tests.hardening.corpus import CASES, LARGE, write
from tests.hardening.limits import needs_proc, reset_peak, status_kb, time_limit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    rows = np.array([[160, 160, 40, 40, 0.9, 0.0]], np.float32)  # one cell mid-input
    path = g.detector(
        tmp_path_factory.mktemp("m") / "det.onnx",
        rows,
        "channels_first",
        (320, 320),
        metadata=g.ultralytics_meta(["wbc", "rbc"], imgsz=(320, 320)),
    )
    return Pipeline(load_detector(path))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_each_image_is_analysed_or_refused_plainly(case, tmp_path, pipeline):
    path = write(case, tmp_path)
    with time_limit(120):
        if case.shape is None:
            with pytest.raises(ImageReadError, match=case.refusal):
                FieldImage.from_source(ImageSource(path))
            return
        image = FieldImage.from_source(ImageSource(path))
        assert image.pixels.shape == (*case.shape, 3) and image.pixels.dtype == np.uint8
        cells = pipeline.analyze(image.pixels)
    h, w = case.shape
    for cell in cells:
        x1, y1, x2, y2 = cell.box
        assert 0 <= x1 < x2 <= w and 0 <= y1 < y2 <= h


def test_the_command_line_reports_each_bad_file_and_analyses_the_rest(tmp_path, pipeline):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for case in CASES:
        write(case, folder)
    model = pipeline.detector.info.path
    run = subprocess.run(
        [sys.executable, "-m", "app", "analyze", str(folder), "--detector", str(model)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    for case in CASES:
        mark = "FAILED" if case.shape is None else "ok"
        assert any(
            line.startswith(mark) and case.name in line for line in run.stdout.splitlines()
        ), case.name
    strip = next(line for line in run.stdout.splitlines() if "strip.png" in line)
    assert "20000 x 200, so it was analysed in" in strip and "tiles" in strip


@needs_proc
def test_a_12000_by_9000_frame_is_tiled_in_bounded_memory(tmp_path, pipeline):
    path = write(LARGE, tmp_path)
    gc.collect()
    reset_peak()
    before = status_kb("VmRSS")
    with time_limit(300):
        image = ImageSource(path).read()
        decoded_kb = image.nbytes // 1024
        cells = pipeline.analyze(image)
    extra = status_kb("VmHWM") - before
    # Pillow's decoded copy (4 bytes a pixel) and ours (3) and a few tiles: nothing more.
    assert extra < 2.6 * decoded_kb + 60_000, f"peak {extra} kB over start, frame {decoded_kb} kB"
    # One cell in every tile, none lost to the model's per-input cap of 300 detections.
    side = pipeline.detector.tile_side
    tiles = plan_tiles(12000, 9000, side, round(side * pipeline.detector.config.tile_overlap))
    assert len(tiles) > 300 and len(cells) == len(tiles)


def _valid_images() -> list[bytes]:
    rng = np.random.default_rng(3)
    pixels = Image.fromarray(rng.integers(0, 255, (24, 32, 3), dtype=np.uint8))
    out = []
    for fmt in ("PNG", "JPEG", "TIFF", "BMP", "GIF", "WEBP"):
        buffer = io.BytesIO()
        pixels.save(buffer, format=fmt)
        out.append(buffer.getvalue())
    return out


VALID = _valid_images()


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
@given(
    which=st.integers(0, len(VALID) - 1),
    edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=8),
    cut=st.one_of(st.none(), st.floats(0, 1)),
)
def test_damaged_files_never_crash_the_reader(which, edits, cut):
    data = bytearray(VALID[which])
    for where, value in edits:
        data[min(int(where * len(data)), len(data) - 1)] = value
    if cut is not None:
        data = data[: int(cut * len(data))]
    try:
        with time_limit(30):  # a hang bound, not a speed claim
            image = decode_image(bytes(data), "fuzzed")
    except ImageReadError:
        return
    assert image.ndim == 3 and image.shape[2] == 3 and image.dtype == np.uint8
