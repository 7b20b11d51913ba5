"""``python -m app server ...``: set up a lab server (PostgreSQL) for SmearCount's stations and
manage who may sign in there."""

from __future__ import annotations

import argparse
import getpass
import os

from app.core.errors import InvalidInputError
from app.core.i18n import _, ngettext
from app.core.profiles import find_profile, lab
from app.core.store.people import (
    Role,
    hire,
    let_go,
    people,
    reinstate,
    set_password,
    set_role,
    sign_in,
)
from app.core.store.server import ServerDatabase, init_server
from app.core.store.sql import server_name

#: For scripts and CI: the password, instead of asking for it at the terminal.
PASSWORD_ENV = "SMEARCOUNT_PASSWORD"
#: The same for the new password ``set-password`` gives (the administrator's is PASSWORD_ENV).
NEW_PASSWORD_ENV = "SMEARCOUNT_NEW_PASSWORD"


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    server = commands.add_parser("server", help="set up a lab server and its people")
    actions = server.add_subparsers(dest="action", required=True)
    init = actions.add_parser("init", help="create SmearCount's tables and the first administrator")
    init.add_argument("url", metavar="DATABASE_URL", help="postgresql://USER@HOST/DB")
    init.add_argument("--admin", default=_login(), help="the first administrator's name")
    check = actions.add_parser("check", help="connect, and say what the server holds")
    check.add_argument("url", metavar="DATABASE_URL")
    listing = actions.add_parser("people", help="who may sign in, with their roles")
    listing.add_argument("url", metavar="DATABASE_URL")
    publish = actions.add_parser(
        "publish-profile", help="send a profile and its models to every station (administrator)"
    )
    publish.add_argument("url", metavar="DATABASE_URL")
    publish.add_argument("profile", metavar="PATH_OR_NAME")
    publish.add_argument("--as", dest="person", default=_login(), help="the administrator")
    publish.add_argument("--name", help="the lab profile's name (default: the profile's own)")
    for action, said in (
        ("add-person", "let someone sign in at the stations (administrator)"),
        ("set-password", "a new password for someone who forgot theirs (administrator)"),
        ("set-role", "give someone another role (administrator)"),
        ("remove-person", "let someone go: they no longer sign in (administrator)"),
        ("reinstate-person", "someone let go by mistake signs in again (administrator)"),
    ):
        managed = actions.add_parser(action, help=said)
        managed.add_argument("url", metavar="DATABASE_URL")
        managed.add_argument("name")
        managed.add_argument("--as", dest="person", default=_login(), help="the administrator")
        if action in ("add-person", "set-role"):
            managed.add_argument("--role", required=True, choices=[r.value for r in Role])
    shown = actions.add_parser("profiles", help="the lab's published profiles and their models")
    shown.add_argument("url", metavar="DATABASE_URL")


def run(args: argparse.Namespace) -> int:
    if args.action == "init":
        init_server(args.url, args.admin, _password(args.admin, twice=True))
        print(
            _("{server} is ready; {admin} signs in as administrator.").format(
                server=server_name(args.url), admin=args.admin
            )
        )
        return 0
    from app.core.paths import user_data_dir

    db = ServerDatabase(args.url, user_data_dir())
    try:
        if args.action == "check":
            (slides,) = db.conn.execute("SELECT count(*) FROM slide").fetchone()
            said = ngettext(
                "{server}: connected, database version {version}, {n} slide",
                "{server}: connected, database version {version}, {n} slides",
                slides,
            )
            print(said.format(server=db.label, version=db.version(), n=slides))
        elif args.action == "publish-profile":
            person = sign_in(db.conn, args.person, _password(args.person))
            done = lab.publish(db, person, find_profile(args.profile), args.name)
            print(
                _("Published {name} v{version}: every station of the lab counts with it.").format(
                    name=done.name, version=done.version
                )
            )
        elif args.action in (
            "add-person",
            "set-password",
            "set-role",
            "remove-person",
            "reinstate-person",
        ):
            print(_manage(db, args))
        elif args.action == "profiles":
            for item in lab.published(db.conn):
                models = ", ".join(sha[:12] for sha in item.models)
                print(
                    f"{item.name:<20} v{item.version:<4} {item.published_by:<16} "
                    f"{item.published_at:<26} {models}"
                )
        else:
            for someone in people(db.conn):
                print(f"{someone.name:<24} {someone.role.value}")
        return 0
    finally:
        db.close()


def _manage(db: ServerDatabase, args: argparse.Namespace) -> str:
    """An administrator's act on a person; what to print."""
    admin = sign_in(db.conn, args.person, _password(args.person))
    if args.action == "add-person":  # their own password: never the administrator's variable
        password = _password(args.name, twice=True, env=NEW_PASSWORD_ENV)
        with db.transaction() as conn:
            hire(conn, admin, args.name, args.role, password)
        return _("{name} can sign in as {role}.").format(name=args.name, role=args.role)
    if args.action == "set-password":
        password = _password(args.name, twice=True, env=NEW_PASSWORD_ENV)
        with db.transaction() as conn:
            set_password(conn, admin, args.name, password)
        return _("{name} signs in with the new password.").format(name=args.name)
    with db.transaction() as conn:
        if args.action == "set-role":
            set_role(conn, admin, args.name, args.role)
            return _("{name} signs in as {role}.").format(name=args.name, role=args.role)
        if args.action == "reinstate-person":
            back = reinstate(conn, admin, args.name)
            return _("{name} signs in again as {role}.").format(
                name=back.name, role=back.role.value
            )
        let_go(conn, admin, args.name)
    return _("{name} no longer signs in; their name stays on their audit entries.").format(
        name=args.name
    )


def _password(name: str, twice: bool = False, env: str = PASSWORD_ENV) -> str:
    """``name``'s password: the environment's ``env``, else asked at the terminal."""
    given = os.environ.get(env)
    if given:
        return given
    password = getpass.getpass(_("Password for {name}: ").format(name=name))
    if twice and getpass.getpass(_("The same again: ")) != password:
        raise InvalidInputError(_("The two passwords differ; nothing was changed."))
    return password


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "administrator"
