"""The lab server going away in the middle of a count, and coming back: the figures of issue 22.

    python bench/server_outage.py [--before 20] [--offline 30] [--pace 0.1] [--out JSON]
    python bench/server_outage.py --before 2 --offline 2     (smoke run)

On a PostgreSQL cluster of its own (tests/pg_cluster.py; PostgreSQL's programs must be
installed), one station counts a slide on the server, its hold renewed every RENEW_SECONDS as the
window does. The server is then stopped as a crash or a power cut would (``pg_ctl -m
immediate``) at a random moment of the renewal period. Measured: the time until a click is
refused (nothing changes on the screen), the time until the heartbeat says the server is away
(what shows the red bar), the time to copy the slide to this computer ("Keep counting on this
computer"); then clicks counted locally, the server started again and the slide sent: the time to
send it and whether every click, from before and during the outage, is on the server once.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.errors import SmearCountError  # noqa: E402
from app.core.store import SlideStore, outbox, outbox_send  # noqa: E402
from app.core.store.presence import RENEW_SECONDS, Heartbeat  # noqa: E402
from app.core.store.session import SlideSession  # noqa: E402
from tests.core.store_helpers import detections, field_image  # noqa: E402
from tests.engines import ADMIN, PASSWORD  # noqa: E402
from tests.pg_cluster import Cluster, bin_dir  # noqa: E402

LABELS = ("neutrophil", "lymphocyte", "monocyte", "eosinophil")


def click(session: SlideSession, rng: random.Random) -> tuple[int, str]:
    """A relabel that changes the cell (one to its own label is no change, and not journaled)."""
    cell = rng.choice(sorted(session.cells))
    label = rng.choice([x for x in LABELS if x != session.cells[cell].label])
    session.relabel([cell], label)
    return cell, label


def beats(heartbeat: Heartbeat, session: SlideSession, stop: threading.Event) -> list[float]:
    """The moments the heartbeat found the server away (renewing every RENEW_SECONDS)."""
    away: list[float] = []
    while not stop.wait(RENEW_SECONDS) and not away:
        if heartbeat.beat(session.hold).away:
            away.append(time.perf_counter())
    return away


def outage(
    folder: Path, before: int, offline: int, pace: float, rng: random.Random
) -> dict[str, object]:
    cluster = Cluster()
    try:
        station = folder / "station"
        server = SlideStore(station, database=cluster.url, person=(ADMIN, PASSWORD))
        session = server.create_slide(ADMIN, "PB-OUTAGE")
        session.close()
        session = server.open(session.slide_id, ADMIN, hold=True)
        field = session.add_field(field_image(folder / "f.png"))
        session.apply_analysis(field.id, detections(40))
        for _ in range(before):
            click(session, rng)
            time.sleep(pace)
        heartbeat, stop = Heartbeat(cluster.url, "bench-station"), threading.Event()
        found: list[float] = []
        beating = threading.Thread(target=lambda: found.extend(beats(heartbeat, session, stop)))
        beating.start()
        time.sleep(rng.uniform(0.1, RENEW_SECONDS))  # a random moment of the renewal period
        cut = time.perf_counter()
        cluster.stop()
        shown = dict(session.cells)
        try:
            click(session, rng)
            refused = None
        except SmearCountError:
            refused = time.perf_counter() - cut
        unchanged = {c: v.label for c, v in session.cells.items()} == {
            c: v.label for c, v in shown.items()
        }
        beating.join(timeout=3 * RENEW_SECONDS)
        stop.set()
        heartbeat.close()
        start = time.perf_counter()
        local = SlideStore(station)
        item = outbox.keep_here(session, local, cluster.url)
        copied = time.perf_counter() - start
        copy = local.open(item.local_slide, ADMIN)
        for _ in range(offline):
            click(copy, rng)
            time.sleep(pace)
        expected = {c.id: c.label for c in copy.cells.values()}
        cluster.start()
        start = time.perf_counter()
        back = SlideStore(station, database=cluster.url, person=(ADMIN, PASSWORD))
        (sent,) = outbox_send.send_all(local, back)
        sending = time.perf_counter() - start
        assert sent.item.sent_as is not None
        on_server = back.open(sent.item.sent_as, ADMIN)

        def relabels(slide_id: int) -> int:
            row = back.db.conn.execute(
                "SELECT COUNT(*) FROM audit WHERE slide_id = ? AND what = 'relabel'", (slide_id,)
            ).fetchone()
            return int(row[0])

        return {
            "clicks_before": before,
            "clicks_offline": offline,
            "click_refused_after_s": refused,
            "screen_unchanged_by_refused_click": unchanged,
            "heartbeat_noticed_after_s": found[0] - cut if found else None,
            "copy_to_this_computer_s": copied,
            "send_after_return_s": sending,
            "labels_on_server_as_counted": sorted(c.label for c in on_server.cells.values())
            == sorted(expected.values()),
            # Each click once: those before the outage on the server's slide, those counted here
            # on the slide sent, which names the first as the slide it replaces.
            "relabels_on_server_slide": relabels(session.slide_id),
            "relabels_on_sent_slide": relabels(sent.item.sent_as),
            "replaced_server_slide": bool(sent.item.replaced),
        }
    finally:
        cluster.remove()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=int, default=20, help="clicks on the server first")
    parser.add_argument("--offline", type=int, default=30, help="clicks counted locally")
    parser.add_argument("--pace", type=float, default=0.1, help="seconds between clicks")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "outage.json")
    args = parser.parse_args()
    if bin_dir() is None:
        sys.exit("server_outage needs PostgreSQL's programs (initdb, pg_ctl) installed")
    with tempfile.TemporaryDirectory() as folder:
        result = outage(
            Path(folder), args.before, args.offline, args.pace, random.Random(args.seed)
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
