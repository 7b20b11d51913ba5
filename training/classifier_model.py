"""A compact residual CNN for single white-cell crops (own design, Apache-2.0).

Its first operation standardises each crop's colour channels to zero mean and unit variance
inside the graph: a Reinhard-style stain normalisation that travels with the model, so cells from
another stain, lamp or camera reach the network in the colours it was trained on, whatever
program runs it.
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


def standardise(x: torch.Tensor) -> torch.Tensor:
    """Per crop and channel: zero mean, unit variance (the in-graph stain normalisation)."""
    mean = x.mean(dim=(2, 3), keepdim=True)
    std = (x - mean).pow(2).mean(dim=(2, 3), keepdim=True).add(1e-4).sqrt()
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

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Logits for RGB crops scaled to [0, 1]."""
        features = self.body(standardise(x)).mean(dim=(2, 3))
        return self.fc(self.drop(features))


class ExportWrapper(nn.Module):
    """Inference graph: class probabilities [B, C]."""

    def __init__(self, model: CellClassifier) -> None:
        super().__init__()
        self.model = model

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.softmax(self.model(x), dim=1)
