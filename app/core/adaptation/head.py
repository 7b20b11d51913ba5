"""The lab head: an L2-regularised multinomial logistic regression on standardised features, with
the model's own log-probabilities as a fixed offset.

adapted scores = log p(model) + z W + b, z = (features - mean) / scale. With W = 0 and b = 0 the
adapted model *is* the original one, and the penalty pulls every answer towards it: a few
corrections can only nudge the model, many can move it. Classes nobody has corrected yet keep
W = 0 and b = 0, so the head never learns to forget a class it was not shown. numpy only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from app.core.models.classifier import Classification, decided, log_probabilities

#: Penalty on the weights (per cell, standardised features): set once, before the bench ran,
#: and not tuned on the curve it is judged by.
L2 = 0.05
#: L-BFGS steps at most (the loss is strongly convex: ~30 reach the precision of any answer),
#: the step-size halvings tried per step, and the curvature pairs it remembers.
ITERATIONS = 50
MAX_HALVINGS = 12
MEMORY = 10

Array = NDArray[np.float32]


@dataclass(frozen=True)
class Head:
    mean: NDArray[np.float32]  # (d,)
    scale: NDArray[np.float32]  # (d,)
    weights: NDArray[np.float32]  # (d, classes)
    bias: NDArray[np.float32]  # (classes,)

    def offsets(self, features: NDArray[np.float32]) -> NDArray[np.float32]:
        """What the head adds to the model's log-probabilities, (n, classes)."""
        z = (features - self.mean) / self.scale
        return (z @ self.weights + self.bias).astype(np.float32)

    def adapt(self, result: Classification) -> Classification:
        """The model's answers with this head added."""
        if not len(result.features):
            return result
        log_p = log_probabilities(result.probabilities) + self.offsets(result.features)
        shifted = np.exp(log_p - log_p.max(axis=1, keepdims=True))
        probabilities = (shifted / shifted.sum(axis=1, keepdims=True)).astype(np.float32)
        return decided(probabilities, result.features)


def fit_head(
    features: NDArray[np.float32],
    log_p: NDArray[np.float32],
    targets: NDArray[np.intp],
    l2: float = L2,
) -> Head:
    """Fit on cells with known classes: ``features`` (n, d), the model's ``log_p`` (n, classes),
    ``targets`` (n,) class indices."""
    n, d = features.shape
    mean = features.mean(axis=0)
    scale = np.maximum(features.std(axis=0), 1e-6)
    # float32 throughout: 2-3x quicker than float64, far finer than any answer it changes.
    z = np.hstack([(features - mean) / scale, np.ones((n, 1), np.float32)]).astype(np.float32)
    loss = _Loss(z, log_p.astype(np.float32), targets, l2)
    params = _minimise(loss, np.zeros((d + 1, log_p.shape[1]), np.float32))
    return Head(
        mean.astype(np.float32),
        scale.astype(np.float32),
        params[:-1].astype(np.float32),
        params[-1].astype(np.float32),
    )


class _Loss:
    """Mean cross-entropy of softmax(offset + z W) plus l2/2 |W|^2, and its gradient; the
    columns of classes nobody taught are held at zero."""

    def __init__(self, z: Array, offset: Array, targets: NDArray[np.intp], l2: float) -> None:
        self.z, self.offset, self.l2 = z, offset, l2
        self.onehot = np.zeros(offset.shape, np.float32)
        self.onehot[np.arange(len(targets)), targets] = 1.0
        self.taught = np.zeros(offset.shape[1], bool)
        self.taught[targets] = True

    def __call__(self, params: Array) -> tuple[float, Array]:
        n = len(self.z)
        scores = self.offset + self.z @ params
        top = scores.max(axis=1, keepdims=True)
        exp = np.exp(scores - top)
        total = exp.sum(axis=1, keepdims=True)
        value = float((np.log(total) + top).sum() - (scores * self.onehot).sum()) / n
        value += 0.5 * self.l2 * float((params * params).sum())
        grad = self.z.T @ (exp / total - self.onehot) / n + self.l2 * params
        grad[:, ~self.taught] = 0.0
        return value, grad


def _minimise(loss: _Loss, params: Array) -> Array:
    """L-BFGS with a backtracking (Armijo) line search; it stops where float32 can no longer
    lower the loss, well past the precision that changes an answer."""
    value, grad = loss(params)
    steps: list[tuple[Array, Array]] = []  # (parameter change, gradient change), newest last
    for _ in range(ITERATIONS):
        direction = -_two_loop(grad, steps)
        slope = float((grad * direction).sum())
        if slope >= 0:  # not a descent direction (rounding): start again from the gradient
            steps.clear()
            direction, slope = -grad, -float((grad * grad).sum())
        rate = 1.0
        for _halving in range(MAX_HALVINGS):
            trial = params + rate * direction
            trial_value, trial_grad = loss(trial)
            if trial_value <= value + 1e-4 * rate * slope:
                break
            rate /= 2
        else:
            return params  # no step lowers the loss any more
        change, grad_change = trial - params, trial_grad - grad
        if float((change * grad_change).sum()) > 1e-12:
            steps = [*steps[-(MEMORY - 1) :], (change, grad_change)]
        settled = value - trial_value <= 1e-7 * abs(value)  # at float32's precision
        params, value, grad = trial, trial_value, trial_grad
        if settled or float(np.abs(grad).max()) < 1e-5:
            break
    return params


def _two_loop(grad: Array, steps: list[tuple[Array, Array]]) -> Array:
    """The L-BFGS estimate of the inverse Hessian applied to ``grad``."""
    q = grad.copy()
    factors = []
    for change, grad_change in reversed(steps):
        rho = 1.0 / float((grad_change * change).sum())
        alpha = rho * float((change * q).sum())
        q -= alpha * grad_change
        factors.append((rho, alpha))
    if steps:
        change, grad_change = steps[-1]
        q *= float((change * grad_change).sum()) / float((grad_change * grad_change).sum())
    else:
        q *= 0.1 / max(float(np.abs(grad).max()), 1e-8)  # a first step of at most 0.1
    for (change, grad_change), (rho, alpha) in zip(steps, reversed(factors), strict=True):
        q += change * (alpha - rho * float((grad_change * q).sum()))
    return q
