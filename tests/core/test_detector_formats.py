"""Each detector export layout decodes to exactly the expected boxes in original image pixels."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.geometry import Fit
from app.core.models import DetectorFormat, load_detector
from tests import onnx_graphs as g

NAMES = ["wbc", "rbc", "platelet"]


def _blank(height: int, width: int) -> np.ndarray:
    return np.full((height, width, 3), 200, np.uint8)


def _as_tuples(detections) -> list[tuple]:
    return [
        (tuple(np.round(b, 3)), round(float(s), 4), int(c))
        for b, s, c in zip(detections.boxes, detections.scores, detections.class_ids, strict=True)
    ]


def test_ultralytics_fixed_input_centred_letterbox(tmp_path):
    # A 1280 x 960 image in a 640 x 640 input: gain 0.5, image 640 x 480, 80 px padding on top.
    rows = np.zeros((4, 4 + 3), np.float32)
    rows[0] = [150, 230, 100, 100, 0.9, 0.0, 0.0]  # wbc, input box 100,180,200,280
    rows[1] = [155, 232, 100, 100, 0.6, 0.0, 0.0]  # same wbc, lower score: NMS removes it
    rows[2] = [150, 230, 100, 100, 0.0, 0.5, 0.0]  # an rbc at the same place: another class
    rows[3] = [400, 400, 20, 20, 0.0, 0.0, 0.1]  # below the 0.25 threshold
    path = g.detector(
        tmp_path / "v8.onnx", rows, "channels_first", (640, 640), metadata=g.ultralytics_meta(NAMES)
    )
    det = load_detector(path)
    assert det.config.format is DetectorFormat.ULTRALYTICS
    assert det.config.classes == tuple(NAMES)
    assert det.config.iou_threshold == pytest.approx(0.7)
    assert det.info.assumptions == ()
    found = det.detect(_blank(960, 1280))
    assert _as_tuples(found) == [
        ((200.0, 200.0, 400.0, 400.0), 0.9, 0),
        ((200.0, 200.0, 400.0, 400.0), 0.5, 1),
    ]


def test_yolov5_objectness_times_class_score_on_portrait_image(tmp_path):
    # 960 x 1280 (portrait) in 640 x 640: gain 0.5, image 480 x 640, 80 px padding on the left.
    rows = np.zeros((3, 5 + 3), np.float32)
    rows[0] = [230, 150, 100, 60, 0.9, 0.1, 0.8, 0.1]  # rbc, score 0.72
    rows[1] = [300, 300, 40, 40, 0.9, 0.2, 0.1, 0.1]  # best class 0.18: dropped
    rows[2] = [500, 500, 40, 40, 0.2, 1.0, 0.0, 0.0]  # objectness under the threshold
    meta = {"stride": "32", "names": str(dict(enumerate(NAMES)))}
    path = g.detector(tmp_path / "v5.onnx", rows, "anchors_first", (640, 640), 3, meta)
    det = load_detector(path)
    assert det.config.format is DetectorFormat.YOLOV5
    assert det.config.iou_threshold == pytest.approx(0.45)
    found = det.detect(_blank(1280, 960))
    # input box 180,120,280,180 -> minus pad (80, 0) -> divided by 0.5
    assert _as_tuples(found) == [((200.0, 240.0, 400.0, 360.0), 0.72, 1)]


def test_end_to_end_output_is_thresholded_without_nms(tmp_path):
    out = np.zeros((1, 300, 6), np.float32)
    out[0, 0] = [100, 180, 200, 280, 0.9, 2]
    out[0, 1] = [102, 182, 202, 282, 0.8, 2]  # overlaps the first: kept, NMS is in the graph
    out[0, 2] = [0, 0, 10, 10, 0.1, 0]
    path = g.constant_output(
        tmp_path / "e2e.onnx", out, metadata=g.ultralytics_meta(NAMES, end2end=True)
    )
    det = load_detector(path)
    assert det.config.format is DetectorFormat.END2END
    found = det.detect(_blank(960, 1280))
    assert _as_tuples(found) == [
        ((200.0, 200.0, 400.0, 400.0), 0.9, 2),
        ((204.0, 204.0, 404.0, 404.0), 0.8, 2),
    ]


def _yolox_rows(h: int, w: int, decoded: bool) -> tuple[np.ndarray, int]:
    """All anchors of a 5+3 YOLOX output with nothing found; returns rows and the anchor count."""
    n = g.grid_cells(h, w)
    rows = np.zeros((n, 8), np.float32)
    if decoded:  # a decoded grid holds each anchor's own centre and a plausible size in pixels
        start = 0
        for s in (8, 16, 32):
            gh, gw = -(-h // s), -(-w // s)
            ys, xs = np.meshgrid(np.arange(gh), np.arange(gw), indexing="ij")
            block = rows[start : start + gh * gw]
            block[:, 0], block[:, 1] = (xs.ravel() + 0.5) * s, (ys.ravel() + 0.5) * s
            block[:, 2:4] = 2 * s
            start += gh * gw
    return rows, n


def test_yolox_raw_grid_is_decoded_once_with_top_left_padding(tmp_path):
    rows, _ = _yolox_rows(416, 416, decoded=False)
    # stride 8 level, cell (x=10, y=20): offset 0.5, size exp(ln 4) x 8 = 32 px
    rows[20 * 52 + 10] = [0.5, 0.5, np.log(4), np.log(4), 0.9, 0.1, 0.9, 0.1]
    # stride 16 level, cell (x=3, y=5): centre 3.5*16, 5.5*16; size 16 px
    rows[52 * 52 + 5 * 26 + 3] = [0.5, 0.5, 0.0, 0.0, 0.8, 1.0, 0.0, 0.0]
    path = g.detector(tmp_path / "yolox.onnx", rows, "anchors_first", (416, 416))
    (tmp_path / "yolox.json").write_text('{"classes": ["wbc", "rbc", "platelet"]}')
    det = load_detector(path)
    assert det.config.format is DetectorFormat.YOLOX
    assert det.config.fit is Fit.TOP_LEFT
    assert det.config.normalisation.color_order == "BGR"
    assert det.config.normalisation.scale == 1.0
    assert any("YOLOX" in note for note in det.info.assumptions)
    # 832 x 624 image: gain 0.5, placed at the top-left, so original = input / 0.5
    found = det.detect(_blank(624, 832))
    assert _as_tuples(found) == [
        ((136.0, 296.0, 200.0, 360.0), 0.81, 1),
        ((96.0, 160.0, 128.0, 192.0), 0.8, 0),
    ]


def test_yolox_decoded_in_graph_is_not_decoded_again(tmp_path):
    rows, _ = _yolox_rows(416, 416, decoded=True)
    rows[5] = [84, 164, 32, 32, 0.9, 0.1, 0.9, 0.1]
    path = g.detector(tmp_path / "yolox_dec.onnx", rows, "anchors_first", (416, 416))
    (tmp_path / "yolox_dec.json").write_text('{"classes": ["wbc", "rbc", "platelet"]}')
    det = load_detector(path)
    assert det.config.format is DetectorFormat.YOLOX_DECODED
    found = det.detect(_blank(624, 832))
    assert _as_tuples(found) == [((136.0, 296.0, 200.0, 360.0), 0.81, 1)]


def test_dynamic_input_uses_a_rectangle_and_maps_back(tmp_path):
    rows = np.zeros((1, 7), np.float32)
    rows[0] = [150, 150, 100, 100, 0.0, 0.95, 0.0]
    path = g.detector(
        tmp_path / "dyn.onnx", rows, "channels_first", None, metadata=g.ultralytics_meta(NAMES)
    )
    det = load_detector(path)
    assert det.info.dynamic_input
    assert det.input_hw(1280, 960) == (480, 640)  # no wasted padding rows
    assert det.input_hw(1000, 700) == (448, 640)  # 448 = 700 x 0.64 rounded up to stride 32
    tensor, _ = det.prepare(_blank(960, 1280))
    assert tensor.shape == (1, 3, 480, 640)
    found = det.detect(_blank(960, 1280))
    assert _as_tuples(found) == [((200.0, 200.0, 400.0, 400.0), 0.95, 1)]


def test_manifest_overrides_thresholds_and_letterbox(tmp_path):
    rows = np.zeros((2, 7), np.float32)
    rows[0] = [150, 230, 100, 100, 0.4, 0.0, 0.0]
    rows[1] = [150, 230, 100, 100, 0.0, 0.3, 0.0]
    path = g.detector(
        tmp_path / "m.onnx", rows, "channels_first", (640, 640), metadata=g.ultralytics_meta(NAMES)
    )
    (tmp_path / "m.json").write_text('{"conf_threshold": 0.35, "fit": "top_left"}')
    det = load_detector(path)
    # top-left placement: original = input / 0.5, no padding offset
    assert _as_tuples(det.detect(_blank(960, 1280))) == [((200.0, 360.0, 400.0, 560.0), 0.4, 0)]
    assert len(det.with_conf_threshold(0.2).detect(_blank(960, 1280))) == 2


def test_nan_and_out_of_range_outputs_are_dropped(tmp_path):
    out = np.zeros((1, 300, 6), np.float32)
    out[0, 0] = [np.nan, 0, 10, 10, 0.9, 0]
    out[0, 1] = [0, 0, 10, 10, 0.9, 7]  # class 7 of 3
    out[0, 2] = [0, 0, 10, 10, np.nan, 0]
    out[0, 3] = [10, 10, 20, 20, 0.9, 1]
    path = g.constant_output(
        tmp_path / "bad.onnx", out, metadata=g.ultralytics_meta(NAMES, end2end=True)
    )
    found = load_detector(path).detect(_blank(640, 640))
    assert _as_tuples(found) == [((10.0, 10.0, 20.0, 20.0), 0.9, 1)]
