"""A compact anchor-free cell detector (own design, Apache-2.0).

Backbone of strided 3x3 convolutions and cross-stage residual blocks, a top-down feature pyramid,
and one head per stride (8, 16, 32) predicting class logits and box side distances. Exported
as Ultralytics' ``[1, 4 + C, N]`` layout (centre x, centre y, width, height in input pixels, then
per-class sigmoid scores), which SmearCount's engine reads natively.
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional as F

STRIDES = (8, 16, 32)


class ConvBN(nn.Sequential):
    def __init__(self, cin: int, cout: int, k: int = 3, s: int = 1) -> None:
        super().__init__(
            nn.Conv2d(cin, cout, k, s, k // 2, bias=False),
            nn.BatchNorm2d(cout),
            nn.SiLU(inplace=True),
        )


class Bottleneck(nn.Module):
    def __init__(self, c: int) -> None:
        super().__init__()
        self.a = ConvBN(c, c, 3)
        self.b = ConvBN(c, c, 3)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.b(self.a(x))


class CSP(nn.Module):
    """Split, run half through residual blocks, concatenate every stage (as in C2f)."""

    def __init__(self, cin: int, cout: int, blocks: int) -> None:
        super().__init__()
        self.half = cout // 2
        self.stem = ConvBN(cin, 2 * self.half, 1)
        self.blocks = nn.ModuleList(Bottleneck(self.half) for _ in range(blocks))
        self.out = ConvBN((2 + blocks) * self.half, cout, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        parts = list(self.stem(x).chunk(2, 1))
        for block in self.blocks:
            parts.append(block(parts[-1]))
        return self.out(torch.cat(parts, 1))


class SPPF(nn.Module):
    def __init__(self, c: int) -> None:
        super().__init__()
        self.reduce = ConvBN(c, c // 2, 1)
        self.out = ConvBN(c * 2, c, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.reduce(x)
        a = F.max_pool2d(x, 5, 1, 2)
        b = F.max_pool2d(a, 5, 1, 2)
        c = F.max_pool2d(b, 5, 1, 2)
        return self.out(torch.cat([x, a, b, c], 1))


class Head(nn.Module):
    def __init__(self, c: int, classes: int) -> None:
        super().__init__()
        self.cls = nn.Sequential(ConvBN(c, c), nn.Conv2d(c, classes, 1))
        self.box = nn.Sequential(ConvBN(c, c), nn.Conv2d(c, 4, 1))
        # Start from a low score everywhere (focal-loss prior) so early training is stable.
        nn.init.constant_(self.cls[-1].bias, -4.6)
        nn.init.zeros_(self.box[-1].weight)
        nn.init.zeros_(self.box[-1].bias)

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return self.cls(x), self.box(x)


class CellDetector(nn.Module):
    def __init__(self, classes: int, width: tuple[int, ...] = (16, 32, 64, 96, 160)) -> None:
        super().__init__()
        c1, c2, c3, c4, c5 = width
        self.stem = nn.Sequential(ConvBN(3, c1, 3, 2), ConvBN(c1, c2, 3, 2))
        self.s8 = nn.Sequential(ConvBN(c2, c3, 3, 2), CSP(c3, c3, 2))
        self.s16 = nn.Sequential(ConvBN(c3, c4, 3, 2), CSP(c4, c4, 2))
        self.s32 = nn.Sequential(ConvBN(c4, c5, 3, 2), CSP(c5, c5, 1), SPPF(c5))
        self.lat32 = ConvBN(c5, c4, 1)
        self.top16 = CSP(2 * c4, c4, 1)
        self.lat16 = ConvBN(c4, c3, 1)
        self.top8 = CSP(2 * c3, c3, 1)
        self.down8 = ConvBN(c3, c3, 3, 2)
        self.bottom16 = CSP(c3 + c4, c4, 1)
        self.down16 = ConvBN(c4, c4, 3, 2)
        self.bottom32 = CSP(c4 + c4, c5, 1)
        self.heads = nn.ModuleList([Head(c3, classes), Head(c4, classes), Head(c5, classes)])

    def features(self, x: torch.Tensor) -> list[torch.Tensor]:
        p8 = self.s8(self.stem(x))
        p16 = self.s16(p8)
        p32 = self.s32(p16)
        t32 = self.lat32(p32)
        t16 = self.top16(torch.cat([F.interpolate(t32, scale_factor=2.0), p16], 1))
        l16 = self.lat16(t16)
        n8 = self.top8(torch.cat([F.interpolate(l16, scale_factor=2.0), p8], 1))
        n16 = self.bottom16(torch.cat([self.down8(n8), t16], 1))
        n32 = self.bottom32(torch.cat([self.down16(n16), t32], 1))
        return [n8, n16, n32]

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Training outputs: class logits [B, N, C], side distances [B, N, 4] px, points [N, 3]."""
        logits, sides, points = [], [], []
        for feature, head, stride in zip(self.features(x), self.heads, STRIDES, strict=True):
            cls, box = head(feature)
            h, w = cls.shape[2:]
            logits.append(cls.flatten(2).transpose(1, 2))
            # exp keeps distances positive; the clamp keeps a bad early step from overflowing.
            sides.append(torch.exp(box.flatten(2).transpose(1, 2).clamp(max=8.0)) * stride)
            points.append(grid_points(h, w, stride, x.device))
        return torch.cat(logits, 1), torch.cat(sides, 1), torch.cat(points, 0)


def grid_points(h: int, w: int, stride: int, device: torch.device) -> torch.Tensor:
    """Cell centres in input pixels and their stride: [h*w, 3] as (x, y, stride)."""
    ys = (torch.arange(h, device=device, dtype=torch.float32) + 0.5) * stride
    xs = (torch.arange(w, device=device, dtype=torch.float32) + 0.5) * stride
    gy, gx = torch.meshgrid(ys, xs, indexing="ij")
    s = torch.full_like(gx, float(stride))
    return torch.stack([gx, gy, s], -1).reshape(-1, 3)


def sides_to_xyxy(sides: torch.Tensor, points: torch.Tensor) -> torch.Tensor:
    x, y = points[..., 0], points[..., 1]
    return torch.stack(
        [x - sides[..., 0], y - sides[..., 1], x + sides[..., 2], y + sides[..., 3]], -1
    )


class ExportWrapper(nn.Module):
    """Inference graph: ``[1, 4 + C, N]`` with boxes as centre/size in input pixels."""

    def __init__(self, model: CellDetector) -> None:
        super().__init__()
        self.model = model

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        logits, sides, points = self.model(x)
        boxes = sides_to_xyxy(sides, points)
        centre = (boxes[..., :2] + boxes[..., 2:]) / 2
        size = boxes[..., 2:] - boxes[..., :2]
        return torch.cat([centre, size, torch.sigmoid(logits)], -1).transpose(1, 2)
