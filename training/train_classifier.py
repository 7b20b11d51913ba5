"""Train, then export, SmearCount's default white-cell classifier on the Barcelona PBC crops.

    python -m training.train_classifier --epochs 20     # train from scratch, then export
    python -m training.train_classifier --init models_onnx/wbc_classifier.onnx --epochs 12 --lr 1e-3
                                                        # fine-tune the shipped model
    python -m training.train_classifier --export-only   # export the last checkpoint again

Each crop is first captured by a simulated camera and flattened as the engine flattens a field
(classifier_data.augment), so the classifier learns cells at any resolution and under any lamp.

The held-out part of the crops (a hash of the file name, see classifier_data.held_out) is never
seen in training; training/evaluate.py measures on it and on the BCCD fields.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

import numpy as np
import torch
from torch.nn import functional as F

from training.classifier_data import CLASSES, CROP_CONTEXT, augment, load
from training.classifier_model import CellClassifier, ExportWrapper
from training.common import LICENCES, MODELS, REPO, Clock, conv_gflops, seed_everything, write_json
from training.export import EMA, export_onnx, write_manifest
from training.warm_start import freeze_norms, load_onnx_weights

RUNS = REPO / "training" / "runs" / "classifier"
SIDE = 112
WIDTH = (16, 24, 48, 96, 160)


def train(args: argparse.Namespace) -> None:
    rng = seed_everything(args.seed)
    torch.set_num_threads(args.threads)
    clock = Clock()
    data = load("train")
    print(f"{len(data.labels)} training crops loaded in {clock.minutes():.1f} min", flush=True)
    counts = np.bincount(data.labels, minlength=len(CLASSES))
    # Inverse square-root class weights: rarer cell types count more, without overshooting.
    weights = torch.tensor((counts.max() / counts) ** 0.5, dtype=torch.float32)
    model = CellClassifier(len(CLASSES), WIDTH)
    if args.resume:  # a second stage from the last EMA weights (with --init: norms stay frozen)
        model.load_state_dict(torch.load(RUNS / "last.pt", weights_only=True)["ema"])
    elif args.init:  # fine-tune a shipped model: its folded weights, batch norms frozen
        load_onnx_weights(model, args.init, torch.zeros(1, 3, SIDE, SIDE), fc="fc")
    ema = EMA(model, decay=0.999)
    optimiser = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.05)
    steps_per_epoch = len(data.labels) // args.batch
    total = steps_per_epoch * args.epochs
    warmup = steps_per_epoch // 2
    RUNS.mkdir(parents=True, exist_ok=True)
    step, log = 0, []
    for epoch in range(args.epochs):
        model.train()
        if args.init:
            freeze_norms(model)
        order = rng.permutation(len(data.labels))
        loss_sum, correct = 0.0, 0
        for start in range(0, steps_per_epoch * args.batch, args.batch):
            index = order[start : start + args.batch]
            batch = np.stack([augment(data.images[i], SIDE, rng) for i in index])
            images = torch.from_numpy(batch).permute(0, 3, 1, 2).float() / 255.0
            labels = torch.from_numpy(data.labels[index])
            if step < warmup:
                lr = args.lr * (step + 1) / warmup
            else:
                progress = (step - warmup) / max(1, total - warmup)
                lr = args.lr * (0.01 + 0.99 * 0.5 * (1 + math.cos(math.pi * progress)))
            for group in optimiser.param_groups:
                group["lr"] = lr
            logits = model(images)
            loss = F.cross_entropy(logits, labels, weight=weights, label_smoothing=0.1)
            optimiser.zero_grad(set_to_none=True)
            loss.backward()
            optimiser.step()
            ema.update(model)
            step += 1
            loss_sum += float(loss.detach())
            correct += int((logits.argmax(1) == labels).sum())
        entry = {
            "epoch": epoch + 1,
            "loss": round(loss_sum / steps_per_epoch, 4),
            "train_top1": round(correct / (steps_per_epoch * args.batch), 4),
            "minutes": round(clock.minutes(), 2),
        }
        log.append(entry)
        print(json.dumps(entry), flush=True)
        torch.save({"ema": ema.model.state_dict(), "epoch": epoch + 1}, RUNS / "last.pt")
    write_json(
        RUNS / "train_log.json",
        {
            "epochs": args.epochs,
            "batch": args.batch,
            "lr": args.lr,
            "seed": args.seed,
            "threads": args.threads,
            "train_crops": len(data.labels),
            "init": str(args.init) if args.init else None,
            "minutes": round(clock.minutes(), 1),
            "log": log,
        },
    )


def export(out: Path, temperature: float = 1.0) -> None:
    model = CellClassifier(len(CLASSES), WIDTH)
    model.load_state_dict(torch.load(RUNS / "last.pt", weights_only=True)["ema"])
    export_onnx(
        ExportWrapper(model.eval(), temperature),
        SIDE,
        out,
        {"images": {0: "batch"}, "output0": {0: "batch"}, "embedding": {0: "batch"}},
        {"names": str(dict(enumerate(CLASSES))), "task": "classify"},
        ("output0", "embedding"),
    )
    write_manifest(
        out,
        RUNS,
        sum(p.numel() for p in model.parameters()),
        {
            "kind": "classifier",
            "version": "2.0.0",
            "name": "SmearCount white-cell classifier",
            "description": (
                "Names the type of a white cell found by the detector (seven classes). "
                "Decision support at the bench; every count is reviewed by a person."
            ),
            "output": "probabilities",
            "classes": list(CLASSES),
            "input_size": [SIDE, SIDE],
            "resize": "stretch",
            "crop_context": CROP_CONTEXT,
            "outputs": {"scores": "output0", "embedding": "embedding"},
            "training_data": [LICENCES["PBC"]],
        },
        {
            "gflops_input": round(conv_gflops(model, (1, 3, SIDE, SIDE)), 3),
            "temperature": round(temperature, 3),
        },
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--lr", type=float, default=3e-3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--export-only", action="store_true")
    parser.add_argument("--init", type=Path, help="fine-tune from this shipped ONNX classifier")
    parser.add_argument(
        "--resume", action="store_true", help="continue from runs/classifier/last.pt"
    )
    parser.add_argument("--out", type=Path, default=MODELS / "wbc_classifier.onnx")
    args = parser.parse_args()
    if not args.export_only:
        train(args)
    export(args.out)


if __name__ == "__main__":
    main()
