"""Train, then export, SmearCount's default cell detector (wbc, rbc, platelet) on TXL-PBC.

    python -m training.train_detector --epochs 40      # train from scratch, then export
    python -m training.train_detector --init models_onnx/cell_detector.onnx --epochs 28 --lr 1e-3
                                                       # fine-tune the shipped model
    python -m training.train_detector --export-only    # export the last checkpoint again

Every training field is first captured by a simulated camera (training/simulate.py), then
prepared exactly as the engine prepares a field (app/core/field_prep.py: flattened, and resized
so red cells are CANONICAL_RBC wide), so the detector only ever learns one cell size and one
look, and the engine brings every real field to them.

Assignment follows FCOS (points inside the box and near its centre, one pyramid level per object
size); scores are trained as the IoU they will deliver (quality focal loss), boxes with GIoU.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import torch
from torch.nn import functional as F

from training.common import LICENCES, MODELS, REPO, Clock, conv_gflops, seed_everything, write_json
from training.detector_data import (
    CANONICAL_RBC,
    CLASSES,
    IGNORE,
    LEVEL_RANGES,
    PAD,
    Sample,
    augmented,
    load_split,
)
from training.detector_model import STRIDES, CellDetector, ExportWrapper, sides_to_xyxy
from training.export import EMA, export_onnx, write_manifest
from training.warm_start import freeze_norms, load_onnx_weights

RUNS = REPO / "training" / "runs" / "detector"
#: Prepared fields are small (a 640 x 480 field at 100x becomes about 200 x 150), so the training
#: canvas is too; the model is fully convolutional and the engine runs it on any size.
SIDE = 256
WIDTH = (16, 24, 40, 64, 112)
CENTRE_RADIUS = 2.5


def assign(points: torch.Tensor, boxes: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """For each point, the index of its object or -1: inside, near the centre, right level."""
    n = points.shape[0]
    if boxes.shape[0] == 0:
        return torch.full((n,), -1, dtype=torch.long), torch.zeros(n, dtype=torch.bool)
    px, py, stride = points[:, 0:1], points[:, 1:2], points[:, 2:3]
    sides = torch.stack(
        [px - boxes[:, 0], py - boxes[:, 1], boxes[:, 2] - px, boxes[:, 3] - py], -1
    )  # [N, G, 4]
    inside = sides.min(-1).values > 0
    cx, cy = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    radius = CENTRE_RADIUS * stride
    near = ((px - cx).abs() < radius) & ((py - cy).abs() < radius)
    reach = sides.max(-1).values
    lo = torch.zeros_like(stride)
    hi = torch.zeros_like(stride)
    for s, (a, b) in LEVEL_RANGES.items():
        lo = torch.where(stride == s, a, lo)
        hi = torch.where(stride == s, b, hi)
    fits = (reach >= lo) & (reach <= hi)
    ok = inside & near & fits
    area = ((boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])).expand(n, -1)
    area = torch.where(ok, area, torch.full_like(area, float("inf")))
    best_area, best = area.min(1)
    positive = torch.isfinite(best_area)
    return torch.where(positive, best, -1), positive


def box_iou_pairs(a: torch.Tensor, b: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """IoU and GIoU of matching rows of two [K, 4] xyxy tensors."""
    lt = torch.max(a[:, :2], b[:, :2])
    rb = torch.min(a[:, 2:], b[:, 2:])
    inter = (rb - lt).clamp(min=0).prod(1)
    area_a = (a[:, 2:] - a[:, :2]).prod(1)
    area_b = (b[:, 2:] - b[:, :2]).prod(1)
    union = area_a + area_b - inter + 1e-7
    iou = inter / union
    hull = (torch.max(a[:, 2:], b[:, 2:]) - torch.min(a[:, :2], b[:, :2])).prod(1) + 1e-7
    return iou, iou - (hull - union) / hull


def detection_loss(
    logits: torch.Tensor,
    sides: torch.Tensor,
    points: torch.Tensor,
    targets: list[tuple[torch.Tensor, torch.Tensor]],
) -> tuple[torch.Tensor, dict[str, float]]:
    batch = logits.shape[0]
    score_target = torch.zeros_like(logits)
    weight = torch.ones_like(logits[..., 0])  # per point; on the logits' device
    box_losses, positives = [], 0
    pred_boxes = sides_to_xyxy(sides, points[None])
    for i, (boxes, labels) in enumerate(targets):
        match, pos = assign(points, boxes)
        if not pos.any():
            continue
        ignored = pos & (labels[match.clamp(min=0)] == IGNORE)
        weight[i, ignored] = 0.0  # a point on an unseen platelet: neither object nor background
        idx = (pos & ~ignored).nonzero().squeeze(1)
        if not len(idx):
            continue
        gt = boxes[match[idx]]
        iou, giou = box_iou_pairs(pred_boxes[i, idx], gt)
        score_target[i, idx, labels[match[idx]]] = iou.detach().clamp(min=0.05)
        box_losses.append((1 - giou).sum())
        positives += len(idx)
    norm = max(positives, 1)
    prob = logits.sigmoid()
    qfl = F.binary_cross_entropy_with_logits(logits, score_target, reduction="none")
    cls_loss = (qfl * (prob - score_target).abs().pow(2) * weight[..., None]).sum() / norm
    box_loss = torch.stack(box_losses).sum() / norm if box_losses else logits.sum() * 0
    total = cls_loss + 2.0 * box_loss
    parts = {"cls": float(cls_loss.detach()), "box": float(box_loss.detach())}
    return total, parts | {"pos": positives / batch}


def batches(
    samples: list[Sample], batch_size: int, rng: np.random.Generator
) -> Iterator[tuple[torch.Tensor, list[tuple[torch.Tensor, torch.Tensor]]]]:
    order = rng.permutation(len(samples))
    for start in range(0, len(order) - batch_size + 1, batch_size):
        images, targets = [], []
        for index in order[start : start + batch_size]:
            image, boxes, labels = augmented(samples, int(index), SIDE, rng)
            images.append(torch.from_numpy(image).permute(2, 0, 1))
            targets.append((torch.from_numpy(boxes), torch.from_numpy(labels)))
        yield torch.stack(images).float() / 255.0, targets


def train(args: argparse.Namespace) -> None:
    rng = seed_everything(args.seed)
    torch.set_num_threads(args.threads)
    samples = load_split("train")
    model = CellDetector(len(CLASSES), WIDTH)
    previous = None
    if args.resume:  # a second stage: start from the last EMA weights, new short schedule
        model.load_state_dict(torch.load(RUNS / "last.pt", weights_only=True)["ema"])
        log_path = RUNS / "train_log.json"
        previous = json.loads(log_path.read_text()) if log_path.exists() else {"minutes": 0.0}
    elif args.init:  # fine-tune a shipped model: its folded weights, batch norms frozen
        load_onnx_weights(model, args.init, torch.zeros(1, 3, SIDE, SIDE))
    ema = EMA(model)
    optimiser = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps_per_epoch = len(samples) // args.batch
    total = steps_per_epoch * args.epochs
    warmup = min(300, total // 10)

    def lr_at(step: int) -> float:
        if step < warmup:
            return float(args.lr * (step + 1) / warmup)
        progress = (step - warmup) / max(1, total - warmup)
        return float(args.lr * (0.02 + 0.98 * 0.5 * (1 + math.cos(math.pi * progress))))

    RUNS.mkdir(parents=True, exist_ok=True)
    clock, step, log = Clock(), 0, []
    for epoch in range(args.epochs):
        model.train()
        if args.init:
            freeze_norms(model)
        sums = {"loss": 0.0, "cls": 0.0, "box": 0.0}
        for images, targets in batches(samples, args.batch, rng):
            for group in optimiser.param_groups:
                group["lr"] = lr_at(step)
            logits, sides, points = model(images)
            loss, parts = detection_loss(logits, sides, points, targets)
            optimiser.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 10.0)
            optimiser.step()
            ema.update(model)
            step += 1
            sums["loss"] += float(loss)
            sums["cls"] += parts["cls"]
            sums["box"] += parts["box"]
        means = {k: round(v / steps_per_epoch, 4) for k, v in sums.items()}
        entry = {"epoch": epoch + 1, **means, "minutes": round(clock.minutes(), 2)}
        log.append(entry)
        print(json.dumps(entry), flush=True)
        torch.save({"ema": ema.model.state_dict(), "epoch": epoch + 1}, RUNS / "last.pt")
    summary = {
        "epochs": args.epochs,
        "batch": args.batch,
        "lr": args.lr,
        "seed": args.seed,
        "threads": args.threads,
        "train_images": len(samples),
        "init": str(args.init) if args.init else None,
        "minutes": round(clock.minutes(), 1),
        "log": log,
    }
    if previous is not None:
        summary["resumed_from"] = previous
        before = previous.get("total_minutes", previous["minutes"])
        summary["total_minutes"] = round(before + summary["minutes"], 1)
    write_json(RUNS / "train_log.json", summary)


def export(out: Path) -> None:
    model = CellDetector(len(CLASSES), WIDTH)
    model.load_state_dict(torch.load(RUNS / "last.pt", weights_only=True)["ema"])
    export_onnx(
        ExportWrapper(model.eval()),
        SIDE,
        out,
        {"images": {2: "height", 3: "width"}, "output0": {2: "anchors"}},
        {
            "names": str(dict(enumerate(CLASSES))),
            "stride": str(max(STRIDES)),
            "imgsz": str([SIDE, SIDE]),
            "task": "detect",
        },
    )
    write_manifest(
        out,
        RUNS,
        sum(p.numel() for p in model.parameters()),
        {
            "kind": "detector",
            "version": "2.1.0",
            "name": "SmearCount cell detector",
            "description": (
                "Finds white cells, red cells and platelets in a peripheral blood smear field. "
                "Decision support at the bench; every count is reviewed by a person."
            ),
            "format": "ultralytics",
            "classes": list(CLASSES),
            "input_size": [SIDE, SIDE],
            "fit": "center",
            "pad_value": PAD,
            "preprocess": {"flatten": True, "rbc_px": CANONICAL_RBC},
            # Scores are trained to predict IoU, so they run lower than a classifier's: 0.5 has
            # the best F1 on detect/ val (WBC 0.99, RBC 0.92, platelets 0.85; 0.3 gives 0.93,
            # 0.82, 0.77).
            "conf_threshold": 0.5,
            "iou_threshold": 0.5,
            "max_detections": 1000,
            "training_data": [LICENCES["TXL-PBC"]],
        },
        {
            "gflops_640": round(conv_gflops(model, (1, 3, 640, 640)), 2),
            "gflops_input": round(conv_gflops(model, (1, 3, SIDE, SIDE)), 2),
        },
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--epochs", type=int, default=40)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--export-only", action="store_true")
    parser.add_argument("--init", type=Path, help="fine-tune from this shipped ONNX detector")
    parser.add_argument(
        "--resume",
        action="store_true",
        help="continue from runs/detector/last.pt (a 2nd stage; with --init: norms stay frozen)",
    )
    parser.add_argument("--out", type=Path, default=MODELS / "cell_detector.onnx")
    args = parser.parse_args()
    if not args.export_only:
        train(args)
    export(args.out)


if __name__ == "__main__":
    main()
