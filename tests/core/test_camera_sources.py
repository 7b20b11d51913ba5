"""Field quality scores and the file/video frame sources that stand in for a camera."""

from __future__ import annotations

import threading

import cv2
import numpy as np
import pytest

from app.core.camera.quality import assess, grey_small, motion
from app.core.camera.sources import FolderSource, VideoFileSource
from app.core.camera.steadiness import StageWatch
from app.core.errors import CameraError
from app.core.imaging import read_image
from tests.conftest import SHARED_DATA, save_rgb


def smear(rng, size=(480, 640)) -> np.ndarray:
    """Pale background with dark round 'cells': enough edges to be in focus."""
    image = np.full((*size, 3), 225, np.uint8)
    for _ in range(60):
        x, y = int(rng.integers(20, size[1] - 20)), int(rng.integers(20, size[0] - 20))
        cv2.circle(image, (x, y), int(rng.integers(6, 18)), (150, 80, 160), -1)
    return image


def test_focus_orders_sharp_above_blurred_copies(rng):
    sharp = smear(rng)
    scores = [assess(sharp).focus] + [
        assess(cv2.GaussianBlur(sharp, (0, 0), sigma)).focus for sigma in (1.0, 2.0, 4.0)
    ]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == 4
    assert assess(sharp).ok
    assert "blurred" in assess(cv2.GaussianBlur(sharp, (0, 0), 4.0)).problems


def test_focus_does_not_depend_on_resolution(rng):
    sharp = smear(rng)
    big = cv2.resize(sharp, (2560, 1920), interpolation=cv2.INTER_NEAREST)
    assert assess(big).focus == pytest.approx(assess(sharp).focus, rel=0.35)


def test_exposure_problems_are_named(rng):
    sharp = smear(rng)
    dark = (sharp * 0.15).astype(np.uint8)
    assert "too dark" in assess(dark).problems
    burnt = sharp.copy()
    burnt[:, :400] = 255
    assert "overexposed" in assess(burnt).problems
    assert assess(dark).light in ("amber", "red")


def test_motion_is_zero_for_the_same_frame(rng):
    frame = smear(rng)
    moved = np.roll(frame, 40, axis=1)
    assert motion(grey_small(frame), grey_small(frame)) == 0
    assert motion(grey_small(frame), grey_small(moved)) > 2


def test_folder_source_plays_images_then_ends(tmp_path, rng):
    for i in range(3):
        save_rgb(tmp_path / f"f{i}.png", smear(rng))
    source = FolderSource(tmp_path, fps=200)
    source.open()
    frames = [source.read() for _ in range(4)]
    source.close()
    assert [f is not None for f in frames] == [True, True, True, False]
    assert frames[0].shape == (480, 640, 3)


def test_video_file_source(tmp_path, rng):
    path = tmp_path / "clip.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 30, (320, 240))
    if not writer.isOpened():
        pytest.skip("this OpenCV build cannot write MJPG video")
    for _ in range(5):
        writer.write(smear(rng, (240, 320)))
    writer.release()
    source = VideoFileSource(path)
    source.open()
    count = 0
    while source.read() is not None:
        count += 1
    assert count == 5


def test_missing_source_is_a_camera_error(tmp_path):
    with pytest.raises(CameraError, match="was not found"):
        FolderSource(tmp_path / "nope").open()
    with pytest.raises(CameraError, match="was not found"):
        VideoFileSource(tmp_path / "nope.avi").open()


def test_real_fields_pass_and_their_blurred_copies_do_not():
    fields = sorted((SHARED_DATA / "fields" / "images").glob("*.jpg"))[:10]
    if not fields:
        pytest.skip("../shared/data/fields is not here")
    for path in fields:
        image = read_image(path)
        assert "blurred" not in assess(image).problems, path.name
        assert "blurred" in assess(cv2.GaussianBlur(image, (0, 0), 1.5)).problems, path.name


def test_an_image_folder_holds_each_image_like_a_still_stage(tmp_path, rng):
    for i in range(2):
        save_rgb(tmp_path / f"f{i}.png", smear(rng))
    (tmp_path / "notes.txt").write_text("not an image")  # skipped
    source = FolderSource(tmp_path, fps=200, hold_s=0.02)  # 4 frames per image
    source.open()
    frames = []
    while (frame := source.read()) is not None:
        frames.append(frame)
    assert len(frames) == 8 and all(f is frames[0] for f in frames[:4])
    assert frames[4] is not frames[0]


def test_an_interrupted_source_returns_at_once(tmp_path, rng):
    save_rgb(tmp_path / "f.png", smear(rng))
    source = FolderSource(tmp_path, fps=0.2, loop=True)  # a frame every 5 s
    source.open()
    assert source.read() is not None  # the first frame is due at once
    threading.Timer(0.05, source.interrupt).start()
    assert source.read() is None  # woken by interrupt(), not by the 5 s beat
    assert source.read() is None  # and it stays interrupted


def test_a_video_takes_its_frame_rate_from_the_file(tmp_path, rng):
    path = tmp_path / "clip.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (320, 240))
    if not writer.isOpened():
        pytest.skip("this OpenCV build cannot write MJPG video")
    writer.write(smear(rng, (240, 320)))
    writer.release()
    source = VideoFileSource(path)
    source.open()
    assert source.fps == 10 and source._pacer.period == pytest.approx(0.1)
    source.close()


def test_a_file_that_is_no_video_is_a_camera_error(tmp_path):
    path = tmp_path / "clip.avi"
    path.write_bytes(b"not a video")
    with pytest.raises(CameraError, match="not a video"):
        VideoFileSource(path).open()


def test_the_stage_settles_once_per_place():
    watch = StageWatch(still_motion=2.0, still_for_s=0.5)
    watch.observe(255.0, 0.0)  # the first frame
    watch.observe(0.5, 0.2)  # still from here (noise)
    assert not watch.settled(0.6)  # not still for long enough yet
    assert watch.settled(0.8)
    watch.captured()
    assert watch.still(5.0) and not watch.settled(5.0)  # still, but the same place
    watch.observe(9.0, 5.2)  # the stage moves
    watch.observe(0.3, 5.4)
    assert not watch.settled(5.6)
    assert watch.settled(6.0)
