"""``python -m app slides ...``: list, back up, restore and check the slide store without a
window (for lab IT, backups to a USB stick, and sending a slide to a reviewer)."""

from __future__ import annotations

import argparse
import getpass
import os
import sqlite3
from pathlib import Path

from app.core.counting import counted_labels, wbc_total
from app.core.errors import InvalidInputError, StorageError
from app.core.i18n import _, ngettext
from app.core.paths import user_data_dir
from app.core.slide_setup import slide_categories
from app.core.store import SlideState, SlideStore
from app.core.store.bundle import export_slide, import_slide
from app.core.store.database import DB_NAME, describe
from app.core.store.recover import recover
from app.core.store.server import DATABASE_URL_ENV
from app.core.store.state_digest import short_code, slide_digest
from app.core.training_export import TrainingFormat, export_training


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    slides = commands.add_parser("slides", help="list, export, import or verify stored slides")
    slides.add_argument("--data-dir", type=Path, help="the data folder (default: per user)")
    slides.add_argument("--user", default=_login(), help="name recorded in the audit trail")
    add_database_option(slides)
    actions = slides.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="slides, newest change first")
    listing.add_argument("--search", default="", help="part of a sample or patient ID")
    listing.add_argument("--unfinished", action="store_true", help="open slides only")
    export = actions.add_parser("export", help="write one slide to a .zip bundle")
    export.add_argument("slide_id", type=slide_number)
    export.add_argument("bundle", type=Path)
    training = actions.add_parser(
        "export-training", help="write slides as a YOLO, COCO or class-folder training set"
    )
    # One list, split in ``run``; the part after --format comes back through take_trailing.
    training.add_argument(
        "items", nargs="+", metavar="SLIDE_IDS... OUT", help="slide ids, then a new or empty folder"
    )
    training.add_argument(
        "--format", required=True, choices=[f.value for f in TrainingFormat], dest="fmt"
    )
    restore = actions.add_parser("import", help="add a slide from a .zip bundle")
    restore.add_argument("bundle", type=Path)
    actions.add_parser(
        "verify",
        help="check the database, the audit trail, and every slide row and image against it",
    )
    salvage = actions.add_parser(
        "recover", help="copy what can still be read of a damaged store into a new folder"
    )
    salvage.add_argument("target", type=Path, help="an empty folder for the new store")
    actions.add_parser(
        "accept-loss",
        help="open a database that lost saved changes (kept in the audit trail) and go on",
    )


def run(args: argparse.Namespace) -> int:
    """Returns 0 on success, 1 when verify finds a problem; raises SmearCountError otherwise."""
    if args.action == "recover" and args.database:
        raise InvalidInputError(_("recover salvages a damaged SQLite store; a server has pg_dump."))
    if args.action == "recover":  # the damaged store is only read, never opened as a store
        return _recover(args)
    store = SlideStore(
        args.data_dir, accept_loss=args.action == "accept-loss", database=args.database
    )
    try:
        if args.action == "list":
            state = SlideState.OPEN if args.unfinished else None
            found = store.search(args.search, state=state)
            counted_in = slide_categories([s.slide for s in found])
            for s, categories in zip(found, counted_in, strict=True):
                slide = s.slide
                print(
                    f"{slide.id:>6}  {slide.sample_id:<20} {slide.patient_id or '-':<12} "
                    f"{slide.state:<9} {s.fields:>4} fields "
                    f"{wbc_total(counted_labels(s.labels), categories):>5} WBC  "
                    f"{s.last_change[:16]}"
                )
            print(
                ngettext("{n} slide in {where}", "{n} slides in {where}", len(found)).format(
                    n=len(found), where=store.where
                )
            )
        elif args.action == "export":
            export_slide(store, args.slide_id, args.user, args.bundle)
            print(_("slide {id} written to {bundle}").format(id=args.slide_id, bundle=args.bundle))
        elif args.action == "accept-loss":
            print(
                _("{where} opens again; the loss is recorded in its audit trail").format(
                    where=store.where
                )
            )
        elif args.action == "export-training":
            slide_ids, out = _slide_ids(args.items[:-1]), Path(args.items[-1])
            written = export_training(store, slide_ids, TrainingFormat(args.fmt), out, args.user)
            counts = ", ".join(f"{n} {name}" for name, n in written.counts.items()) or _("no cells")
            said = ngettext(
                "{n} slide written to {folder} as {format}: {counts}",
                "{n} slides written to {folder} as {format}: {counts}",
                written.slides,
            )
            print(
                said.format(n=written.slides, folder=written.folder, format=args.fmt, counts=counts)
            )
        elif args.action == "import":
            new_id = import_slide(store, args.bundle, args.user)
            print(_("{bundle} added as slide {id}").format(bundle=args.bundle.name, id=new_id))
        else:
            try:
                sound = store.db.integrity_ok()
            except sqlite3.DatabaseError as exc:
                said = _("database: DAMAGED ({problem})")
                print(said.format(problem=describe(exc, store.data_dir / DB_NAME)))
                return 1
            print(_("database: ok") if sound else _("database: DAMAGED"))
            check = store.verify_audit()
            said = (
                ngettext(
                    "audit trail: {n} entry, verified",
                    "audit trail: {n} entries, verified",
                    check.rows,
                )
                if check.ok
                else ngettext(
                    "audit trail: {n} entry, BROKEN", "audit trail: {n} entries, BROKEN", check.rows
                )
            )
            print(said.format(n=check.rows))
            for problem in check.problems:
                print(f"  {problem}")
            rows = store.verify_state()
            said = (
                _("slides: {rows} rows and {images} images match the audit trail")
                if rows.ok
                else _("slides: {rows} rows and {images} images CHANGED OUTSIDE SMEARCOUNT")
            )
            print(said.format(rows=rows.rows, images=rows.images))
            for problem in rows.problems:
                print(f"  {problem}")
            for summary in store.search(state=SlideState.SIGNED):
                session = store.open(summary.slide.id, args.user)
                code = short_code(
                    slide_digest(session.slide, session.fields.values(), session.cells.values())
                )
                said = _("signed {sample} (slide {id}): {code}")
                print(
                    "  "
                    + said.format(sample=summary.slide.sample_id, id=summary.slide.id, code=code)
                )
            return 0 if check.ok and sound and rows.ok else 1
        return 0
    except sqlite3.DatabaseError as exc:  # a damaged page met while reading
        raise StorageError(describe(exc, store.data_dir / DB_NAME)) from exc
    finally:
        store.close()


def add_database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        default=os.environ.get(DATABASE_URL_ENV) or None,
        metavar="URL",
        help=f"a lab server, postgresql://USER@HOST/DB (default: ${DATABASE_URL_ENV}, else this "
        "computer's own store)",
    )


def take_trailing(args: argparse.Namespace, extra: list[str]) -> bool:
    """Add to export-training's list what follows its --format (``SLIDE_IDS... --format F OUT``:
    argparse ends a positional list at the option and does not resume it); False for anything
    else left over."""
    if getattr(args, "action", None) != "export-training" or any(e.startswith("-") for e in extra):
        return False
    args.items += extra
    return True


def slide_number(text: str) -> int:
    """A slide id as typed: a whole number a slide could have (see 'slides list')."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("slide ids are numbers (see 'slides list'), not {text!r}").format(text=text)
        ) from None
    if not 1 <= value < 2**63:
        raise argparse.ArgumentTypeError(
            _("there is no slide {text} (see 'slides list')").format(text=text)
        )
    return value


def _slide_ids(items: list[str]) -> list[int]:
    if not items:
        raise InvalidInputError(_("Name the slides to export, then the folder to write them to."))
    try:
        return [slide_number(item) for item in items]
    except argparse.ArgumentTypeError as exc:
        raise InvalidInputError(f"{str(exc).capitalize()}.") from None


def _recover(args: argparse.Namespace) -> int:
    source = args.data_dir or user_data_dir()
    done = recover(source, args.target, args.user)
    print(
        _(
            "Slides: {slides}, fields: {fields}, cells: {cells}, copied from {source} into {target}"
        ).format(
            slides=done.slides,
            fields=done.fields,
            cells=done.cells,
            source=source,
            target=args.target,
        )
    )
    for item in done.lost:
        print("  " + _("not recovered: {item}").format(item=item))
    print(_("Point Settings → Data folder at the new folder to count with it."))
    return 1 if done.lost else 0


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name on some kiosk setups
        return "unknown"
