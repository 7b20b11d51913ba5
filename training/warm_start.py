"""Start a training from a shipped ONNX model's weights (our own, trained from scratch here).

The exporter folds every batch norm into the convolution before it, so the ONNX graph holds one
weight and one bias per convolution. They are read back in execution order (the order the
exporter traced them) and written into the torch model: each convolution takes the folded
weight, and the batch norm after it becomes "add the folded bias" (unit scale, zero mean, unit
variance). Fine-tuning then keeps the batch norms' statistics frozen (``freeze_norms``) so the
network starts as exactly the shipped model.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import torch
from torch import nn


def _onnx_convs(path: Path) -> list[tuple[np.ndarray, np.ndarray | None]]:
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(path)).graph
    weights = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    out = []
    for node in graph.node:
        if node.op_type == "Conv":
            w = weights[node.input[1]]
            b = weights[node.input[2]] if len(node.input) > 2 else None
            out.append((w, b))
    return out


def _torch_convs(model: nn.Module, example: torch.Tensor) -> list[nn.Conv2d]:
    order: list[nn.Conv2d] = []
    hooks = [
        m.register_forward_hook(lambda mod, *_: order.append(mod))
        for m in model.modules()
        if isinstance(m, nn.Conv2d)
    ]
    try:
        with torch.no_grad():
            model.eval()(example)
    finally:
        for hook in hooks:
            hook.remove()
    return order


def load_onnx_weights(
    model: nn.Module, path: Path, example: torch.Tensor, fc: str | None = None
) -> None:
    """Copy the ONNX model's weights into ``model`` (same architecture); ``fc`` names a final
    linear layer kept by name in the graph (the classifier's)."""
    followers = {}
    for module in model.modules():
        children = list(module.children())
        for a, b in itertools.pairwise(children):
            if isinstance(a, nn.Conv2d) and isinstance(b, nn.BatchNorm2d):
                followers[a] = b
    convs = _torch_convs(model, example)
    stored = _onnx_convs(path)
    if len(convs) != len(stored):
        raise ValueError(f"{path.name}: {len(stored)} convolutions, the model has {len(convs)}")
    with torch.no_grad():
        for conv, (w, b) in zip(convs, stored, strict=True):
            if tuple(conv.weight.shape) != w.shape:
                raise ValueError(f"shape {w.shape} does not fit {tuple(conv.weight.shape)}")
            conv.weight.copy_(torch.from_numpy(w))
            norm = followers.get(conv)
            if norm is not None:
                norm.weight.fill_(1.0)
                norm.bias.copy_(torch.from_numpy(b if b is not None else np.zeros(w.shape[0])))
                norm.running_mean.zero_()
                norm.running_var.fill_(1.0 - norm.eps)
            elif conv.bias is not None and b is not None:
                conv.bias.copy_(torch.from_numpy(b))
        if fc is not None:
            import onnx
            from onnx import numpy_helper

            weights = {
                i.name: numpy_helper.to_array(i) for i in onnx.load(str(path)).graph.initializer
            }
            layer = dict(model.named_modules())[fc]
            assert isinstance(layer, nn.Linear)
            w = weights[f"model.{fc}.weight"]
            layer.weight.copy_(torch.from_numpy(w))
            layer.bias.copy_(torch.from_numpy(weights[f"model.{fc}.bias"]))


def freeze_norms(model: nn.Module) -> None:
    """Batch norms use their stored statistics while the rest trains (call after .train())."""
    for module in model.modules():
        if isinstance(module, nn.BatchNorm2d):
            module.eval()
