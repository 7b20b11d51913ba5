"""A model's class names, from the first that states them: the profile that uses the model, its
manifest, its own metadata; refused, naming both, when two of them or the model disagree."""

from __future__ import annotations

from app.core.errors import ModelLoadError
from app.core.i18n import _, ngettext


def agreed_classes(
    name: str,
    count: int,
    expected: tuple[str, ...] | None,
    stated: tuple[str, ...] | None,
    in_manifest: bool,
) -> tuple[str, ...] | None:
    """The class names of model ``name`` that outputs ``count`` scores: the profile's
    (``expected``), else those its manifest (``in_manifest``) or metadata states; None when
    nobody names them."""
    if expected is not None:
        if len(expected) != count:
            raise ModelLoadError(
                ngettext(
                    "{name}: the profile lists {n} class ({classes}) but the model outputs "
                    "{count}. This is not the model the profile was written for, or its class "
                    "list is wrong.",
                    "{name}: the profile lists {n} classes ({classes}) but the model outputs "
                    "{count}. This is not the model the profile was written for, or its class "
                    "list is wrong.",
                    len(expected),
                ).format(name=name, n=len(expected), classes=", ".join(expected), count=count)
            )
        if stated is not None and tuple(stated) != expected:
            disagree = (
                _(
                    "{name}: the profile lists the classes {expected} but its manifest says "
                    "{stated}. Make the two agree."
                )
                if in_manifest
                else _(
                    "{name}: the profile lists the classes {expected} but its metadata says "
                    "{stated}. Make the two agree."
                )
            )
            raise ModelLoadError(
                disagree.format(name=name, expected=", ".join(expected), stated=", ".join(stated))
            )
        return expected
    if stated is not None and len(stated) != count:
        out_of_step = (
            ngettext(
                "{name}: its manifest lists {n} class but the model outputs {count}. The class "
                "list and the model are out of step.",
                "{name}: its manifest lists {n} classes but the model outputs {count}. The "
                "class list and the model are out of step.",
                len(stated),
            )
            if in_manifest
            else ngettext(
                "{name}: its metadata lists {n} class but the model outputs {count}. The class "
                "list and the model are out of step.",
                "{name}: its metadata lists {n} classes but the model outputs {count}. The "
                "class list and the model are out of step.",
                len(stated),
            )
        )
        raise ModelLoadError(out_of_step.format(name=name, n=len(stated), count=count))
    return stated
