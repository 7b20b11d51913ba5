"""A compact residual CNN for single white-cell crops (own design, Apache-2.0).

Its first operation, inside the graph, converts each crop to CIE L*a*b* and standardises the
three channels to zero mean and unit variance over the crop: Reinhard's stain normalisation,
travelling with the model, so cells from another stain, lamp or camera reach the network in the
colours it was trained on, whatever program runs it. (Standardising the RGB channels instead was
measured and is much worse across microscopes: it scrambles the ratio between channels that
carries the stain's colour.)
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional as F


def conv_bn(cin: int, cout: int, stride: int = 1) -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, stride, 1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True)
    )


class Residual(nn.Module):
    def __init__(self, cin: int, cout: int, stride: int) -> None:
        super().__init__()
        self.a = conv_bn(cin, cout, stride)
        self.b = nn.Sequential(nn.Conv2d(cout, cout, 3, 1, 1, bias=False), nn.BatchNorm2d(cout))
        self.skip = (
            nn.Identity()
            if stride == 1 and cin == cout
            else nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.relu(self.b(self.a(x)) + self.skip(x))


#: sRGB (D65) to CIE XYZ, rows scaled by the D65 white point so that white maps to (1, 1, 1).
RGB_TO_XYZ = torch.tensor(
    [
        [0.4124 / 0.95047, 0.3576 / 0.95047, 0.1805 / 0.95047],
        [0.2126, 0.7152, 0.0722],
        [0.0193 / 1.08883, 0.1192 / 1.08883, 0.9505 / 1.08883],
    ]
)


def rgb_to_lab(x: torch.Tensor) -> torch.Tensor:
    """[B, 3, H, W] sRGB in [0, 1] to L*a*b* (L 0..100, a and b about -100..100)."""
    linear = torch.where(x <= 0.04045, x / 12.92, ((x.clamp(min=0.0) + 0.055) / 1.055) ** 2.4)
    xyz = torch.einsum("ij,bjhw->bihw", RGB_TO_XYZ.to(x.dtype), linear)
    f = torch.where(xyz > 0.008856, xyz.clamp(min=1e-6) ** (1.0 / 3.0), 7.787 * xyz + 16 / 116)
    fx, fy, fz = f[:, 0:1], f[:, 1:2], f[:, 2:3]
    return torch.cat([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)], 1)


def standardise(x: torch.Tensor) -> torch.Tensor:
    """Per crop: L*a*b* channels at zero mean and unit variance (in-graph stain normalisation)."""
    x = rgb_to_lab(x)
    mean = x.mean(dim=(2, 3), keepdim=True)
    std = (x - mean).pow(2).mean(dim=(2, 3), keepdim=True).add(1e-2).sqrt()
    return (x - mean) / std


class CellClassifier(nn.Module):
    def __init__(self, classes: int, width: tuple[int, ...] = (24, 32, 64, 128, 192)) -> None:
        super().__init__()
        c0, c1, c2, c3, c4 = width
        self.body = nn.Sequential(
            conv_bn(3, c0, 2),
            Residual(c0, c1, 2),
            Residual(c1, c1, 1),
            Residual(c1, c2, 2),
            Residual(c2, c2, 1),
            Residual(c2, c3, 2),
            Residual(c3, c3, 1),
            Residual(c3, c4, 2),
        )
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(c4, classes)

    def embed(self, x: torch.Tensor) -> torch.Tensor:
        """The pooled features before the last layer, [B, F]."""
        return self.body(standardise(x)).mean(dim=(2, 3))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Logits for RGB crops scaled to [0, 1]."""
        return self.fc(self.drop(self.embed(x)))


class ExportWrapper(nn.Module):
    """Inference graph: class probabilities ``output0`` [B, C] and the pooled features
    ``embedding`` [B, F] that the lab adaptation fits on.

    Each crop is seen four ways, as itself, mirrored, transposed and both (a cell has no up or
    left; the answers are averaged),
    which steadies the answer on blurred and noisy crops and lowers the confidence where the
    views disagree. The averaged probabilities are then calibrated by ``temperature``
    (training/calibrate.py) so that a confidence of 0.7 is right about 70 % of the time.
    """

    def __init__(self, model: CellClassifier, temperature: float = 1.0, views: int = 4) -> None:
        super().__init__()
        self.model = model
        self.temperature = temperature
        self.views = views

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        batch = x.shape[0]
        transposed = x.transpose(2, 3)
        views = [x, x.flip(3), transposed, transposed.flip(3)][: self.views]
        turns = torch.cat(views, 0)
        features = self.model.embed(turns)
        probabilities = torch.softmax(self.model.fc(features), dim=1)
        mean = probabilities.view(self.views, batch, -1).mean(0)
        calibrated = torch.softmax(torch.log(mean.clamp(min=1e-8)) / self.temperature, dim=1)
        return calibrated, features.view(self.views, batch, -1).mean(0)
