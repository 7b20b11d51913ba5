"""Field images of every common kind become RGB uint8; bad files get a plain ImageReadError."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from app.core import imaging
from app.core.errors import ImageReadError
from app.core.imaging import read_image


def test_rgb_png_round_trips(tmp_path, rng):
    pixels = rng.integers(0, 255, (20, 30, 3), dtype=np.uint8)
    Image.fromarray(pixels).save(tmp_path / "a.png")
    np.testing.assert_array_equal(read_image(tmp_path / "a.png"), pixels)


def test_grayscale_and_palette_become_rgb(tmp_path):
    Image.new("L", (8, 6), 77).save(tmp_path / "g.png")
    assert read_image(tmp_path / "g.png").shape == (6, 8, 3)
    assert (read_image(tmp_path / "g.png") == 77).all()
    Image.new("RGB", (8, 6), (10, 200, 30)).convert("P", palette=Image.Palette.ADAPTIVE).save(
        tmp_path / "p.png"
    )
    assert tuple(read_image(tmp_path / "p.png")[0, 0]) == (10, 200, 30)


def test_transparent_parts_become_white(tmp_path):
    image = Image.new("RGBA", (4, 4), (255, 0, 0, 0))
    image.putpixel((0, 0), (255, 0, 0, 255))
    image.save(tmp_path / "t.png")
    rgb = read_image(tmp_path / "t.png")
    assert tuple(rgb[0, 0]) == (255, 0, 0) and tuple(rgb[3, 3]) == (255, 255, 255)


def test_sixteen_bit_is_scaled_by_bit_depth(tmp_path):
    data = np.array([[0, 65535], [32768, 1000]], np.uint16)
    Image.fromarray(data).save(tmp_path / "d.tif")
    rgb = read_image(tmp_path / "d.tif")
    assert rgb[:, :, 0].tolist() == [[0, 255], [128, 4]]
    twelve = np.array([[0, 4095]], np.uint16)
    Image.fromarray(twelve).save(tmp_path / "twelve.tif")
    assert read_image(tmp_path / "twelve.tif")[:, :, 0].tolist() == [[0, 255]]


def test_float_image_in_unit_range(tmp_path):
    Image.fromarray(np.array([[0.0, 1.0, 0.5]], np.float32), mode="F").save(tmp_path / "f.tif")
    assert read_image(tmp_path / "f.tif")[0, :, 0].tolist() == [0, 255, 128]


def test_exif_orientation_is_applied(tmp_path):
    image = Image.new("RGB", (40, 20), (0, 0, 0))
    exif = image.getexif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    image.save(tmp_path / "r.jpg", exif=exif)
    assert read_image(tmp_path / "r.jpg").shape == (40, 20, 3)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"hello, this is text", "not an image SmearCount can read"),
    ],
)
def test_files_that_are_not_images(tmp_path, content, message):
    (tmp_path / "x.png").write_bytes(content)
    with pytest.raises(ImageReadError, match=message):
        read_image(tmp_path / "x.png")


def test_truncated_image(tmp_path, rng):
    Image.fromarray(rng.integers(0, 255, (200, 200, 3), dtype=np.uint8)).save(tmp_path / "f.png")
    data = (tmp_path / "f.png").read_bytes()
    (tmp_path / "cut.png").write_bytes(data[: len(data) // 2])
    with pytest.raises(ImageReadError, match="damaged or incomplete"):
        read_image(tmp_path / "cut.png")


def test_missing_file(tmp_path):
    with pytest.raises(ImageReadError, match="not found"):
        read_image(tmp_path / "gone.png")


def test_oversized_image_is_refused_before_decoding(tmp_path, monkeypatch):
    Image.new("RGB", (100, 100)).save(tmp_path / "big.png")
    monkeypatch.setattr(imaging, "MAX_PIXELS", 9_999)
    with pytest.raises(ImageReadError, match="100 x 100 pixels, more than SmearCount accepts"):
        read_image(tmp_path / "big.png")
