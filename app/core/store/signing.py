"""Signing: who may sign, that a signed slide takes no change, the slide's values on signing
(never before the work it signs), and the audit name of an act done although the window
warned."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from app.core.errors import InvalidInputError, StorageError
from app.core.i18n import _
from app.core.records import Slide, SlideState, now_iso
from app.core.store.changes import RowChange
from app.core.store.journal import Build
from app.core.store.people import Person, current, role_word
from app.core.store.sql import Connection


def signed_values(conn: Connection, slide: Slide, operator: str) -> dict[str, object]:
    """The slide's row values once ``operator`` signs it now; refused when the clock reads
    earlier than the slide's last change."""
    name = operator.strip()
    if not name:
        raise InvalidInputError(_("Signing needs the operator's name."))
    now = now_iso()
    (latest,) = conn.execute("SELECT max(at) FROM audit WHERE slide_id = ?", (slide.id,)).fetchone()
    latest = max(latest or "", slide.created_at)
    if datetime.fromisoformat(now) < datetime.fromisoformat(latest):
        raise StorageError(
            _(
                "The computer's clock reads {now} UTC, earlier than this slide's last change "
                "({latest} UTC): a signature cannot come before the work it signs. Set the clock "
                "right, then sign."
            ).format(now=now[:16].replace("T", " "), latest=latest[:16].replace("T", " "))
        )
    values: dict[str, object] = {"state": SlideState.SIGNED.value, "signed_at": now}
    values["signed_by"] = name
    if slide.finished_at is None:
        values["finished_at"] = now
    return values


def audit_kind(kind: str, warnings: Sequence[str]) -> str:
    """The audit name of an act done although the window warned (like "unsign: reason")."""
    return f"{kind}: going on although {' '.join(warnings)}" if warnings else kind


def by_reviewer(person: Person | None, changes: list[RowChange]) -> Build:
    """A sign or unsign's changes, made only when ``may_sign`` lets it (in the transaction)."""

    def build(conn: Connection) -> list[RowChange]:
        may_sign(conn, person)
        return changes

    return build


def may_sign(conn: Connection, person: Person | None) -> None:
    """Inside the change's transaction: refused unless the one signed in (on a lab server; nobody
    on a station's own store) may sign and unsign, as the server says now (``people.current``)."""
    if person is None:
        return
    now = current(conn, person)
    if now is None:
        raise StorageError(_("{name} does not sign in on the lab server.").format(name=person.name))
    if not now.may("sign"):
        raise StorageError(
            _(
                "{name} signs in as {role}: signing and unsigning slides is for a reviewer, "
                "so ask one to."
            ).format(name=now.name, role=role_word(now.role))
        )


def unsigned(slide: Slide) -> None:
    """Refused when the slide is signed: it takes no change until unsigned."""
    if slide.locked:
        raise StorageError(
            _(
                "Slide {sample} is signed and cannot be changed; unsign it first (an audited act)."
            ).format(sample=slide.sample_id)
        )
