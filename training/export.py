"""What both trainings share after the loop: EMA weights, ONNX export, the sidecar manifest."""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path
from typing import Any

import torch

from training.common import sha256, write_json

#: Fields every shipped manifest states the same way: plain RGB scaled to 0-1 (any stain
#: normalisation lives inside the graph), the manifest schema and the weights' licence. Each
#: training states its model's own ``version``.
COMMON_FIELDS = {
    "manifest_version": 1,
    "color_order": "RGB",
    "scale": 1 / 255,
    "mean": [0.0, 0.0, 0.0],
    "std": [1.0, 1.0, 1.0],
    "licence": "Apache-2.0 (weights); see MODEL_CARD.md for the training data licences",
}


class EMA:
    """Exponential moving average of the weights (what is exported)."""

    def __init__(self, model: torch.nn.Module, decay: float = 0.9995) -> None:
        self.model = copy.deepcopy(model).eval()
        self.decay = decay
        self.updates = 0
        for p in self.model.parameters():
            p.requires_grad_(False)

    @torch.no_grad()
    def update(self, model: torch.nn.Module) -> None:
        self.updates += 1
        d = self.decay * (1 - math.exp(-self.updates / 500))
        current = model.state_dict()
        for name, value in self.model.state_dict().items():
            if value.dtype.is_floating_point:
                value.mul_(d).add_(current[name].detach(), alpha=1 - d)
            else:
                value.copy_(current[name])


def export_onnx(
    wrapper: torch.nn.Module,
    side: int,
    out: Path,
    dynamic_axes: dict[str, dict[int, str]],
    metadata: dict[str, str],
    outputs: tuple[str, ...] = ("output0",),
) -> None:
    """Export with input ``images`` and ``outputs`` (``output0`` first), then stamp the metadata
    the engine reads (class names, task) in place of the exporter's."""
    import onnx

    out.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(
        wrapper,
        (torch.zeros(1, 3, side, side),),
        str(out),
        input_names=["images"],
        output_names=list(outputs),
        dynamic_axes=dynamic_axes,
        opset_version=17,
        dynamo=False,
    )
    graph = onnx.load(str(out))
    del graph.metadata_props[:]
    for key, value in (metadata | {"author": "SmearCount", "license": "Apache-2.0"}).items():
        graph.metadata_props.add(key=key, value=value)
    onnx.save(graph, str(out))


def write_manifest(
    model_path: Path, runs: Path, params: int, fields: dict[str, Any], metrics: dict[str, Any]
) -> None:
    """The sidecar ``<model>.json``: the common fields, the model's own, its sha256, and the
    figures measured so far (kept from the previous manifest; evaluate.py adds its own)."""
    manifest_path = model_path.with_suffix(".json")
    previous = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    log_path = runs / "train_log.json"
    log = json.loads(log_path.read_text()) if log_path.exists() else {}
    write_json(
        manifest_path,
        COMMON_FIELDS
        | fields
        | {
            "sha256": sha256(model_path),
            "metrics": previous.get("metrics", {})
            | metrics
            | {"parameters": params, "train_minutes": log.get("total_minutes", log.get("minutes"))},
        },
    )
    megabytes = model_path.stat().st_size / 1e6
    print(f"exported {model_path} ({megabytes:.1f} MB, {params / 1e6:.2f} M parameters)")
