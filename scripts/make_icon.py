"""Draw SmearCount's icon (a white cell among red cells) as PNG and Windows ICO.

python scripts/make_icon.py     # writes resources/icons/smearcount.png and .ico
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIDE = 512


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIDE, SIDE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((16, 16, SIDE - 16, SIDE - 16), radius=96, fill=(246, 236, 240, 255))
    for cx, cy in ((140, 150), (380, 130), (120, 380), (390, 390)):
        pen.ellipse((cx - 78, cy - 78, cx + 78, cy + 78), fill=(214, 120, 136, 255))
        pen.ellipse((cx - 34, cy - 34, cx + 34, cy + 34), fill=(234, 178, 188, 255))
    pen.ellipse(
        (150, 150, 362, 362), fill=(206, 190, 230, 255), outline=(120, 80, 160, 255), width=6
    )
    for box in ((190, 185, 290, 265), (240, 230, 330, 320), (185, 255, 265, 330)):
        pen.ellipse(box, fill=(96, 40, 128, 255))
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "smearcount.png")
    sizes = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
    image.save(OUT / "smearcount.ico", sizes=sizes)


if __name__ == "__main__":
    main()
