"""The lab server's figures: relabel latency with several stations counting at once against the
server, against one station on its own SQLite store; and the time to list the start view's
slides with many slides on the server.

    python bench/server_speed.py --database ADMIN_URL [--stations 5] [--relabels 200]
        [--pace 0.3] [--slides 100000] [--out JSON]
    python bench/server_speed.py --limit 5     (smoke run; SQLite only without --database)

ADMIN_URL: a PostgreSQL role that may create databases (default: $SMEARCOUNT_TEST_DATABASE_URL);
the bench makes its own database there and drops it after. Stations run as separate processes,
each a technician relabelling a cell of its own slide every --pace seconds, plus one more for
the reviewer (relabelling at the same pace); latency is the time from the call to its return
(the change committed on the server). The outage figures are bench/server_outage.py's.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.store import SlideStore  # noqa: E402
from app.core.store.library import PAGE  # noqa: E402
from tests.core.store_helpers import detections, field_image  # noqa: E402

LABELS = ("neutrophil", "lymphocyte", "monocyte", "eosinophil")


def station(folder: Path, url: str | None, relabels: int, pace: float, seed: int) -> list[float]:
    """One technician: a slide of 5 fields x 20 cells, then a relabel every ``pace`` seconds."""
    store = SlideStore(folder, database=url)
    session = store.create_slide("bench", f"BENCH-{seed}")
    for i in range(5):
        field = session.add_field(field_image(folder / f"f{i}.png", seed=seed * 10 + i))
        session.apply_analysis(field.id, detections(20))
    rng, cells, took = random.Random(seed), sorted(session.cells), []
    for _ in range(relabels):
        time.sleep(pace * rng.uniform(0.5, 1.5))
        start = time.perf_counter()
        session.relabel([rng.choice(cells)], rng.choice(LABELS))
        took.append((time.perf_counter() - start) * 1000)
    store.close()
    return took


def percentiles(took: list[float]) -> dict[str, float]:
    ordered = sorted(took)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return {"p50_ms": round(statistics.median(ordered), 2), "p99_ms": round(p99, 2)}


def stations_at_once(url: str, count: int, relabels: int, pace: float, folder: Path) -> list[float]:
    script = (
        "import json, sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
        "from bench.server_speed import station; "
        "print(json.dumps(station(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]), "
        "float(sys.argv[5]), int(sys.argv[6]))))"
    )
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                script,
                str(ROOT),
                str(folder / f"s{i}"),
                url,
                str(relabels),
                str(pace),
                str(i + 1),
            ],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "SMEARCOUNT_STATION": f"scope-{i}"},
        )
        for i in range(count + 1)  # the last one plays the reviewer
    ]
    took: list[float] = []
    for proc in procs:
        out, _ = proc.communicate(timeout=3600)
        if proc.returncode != 0:
            raise SystemExit("a station failed")
        took += json.loads(out)
    return took


def list_time(url: str, slides: int, folder: Path) -> dict[str, float]:
    """Slides written straight into the server's tables (as years of work would leave them),
    then the start view's query through the store, fastest of 3."""
    store = SlideStore(folder / "lister", database=url)
    store.db.conn.execute(
        "INSERT INTO slide (id, sample_id, specimen, wbc_unit, target, operator, created_at, "
        "state) SELECT 1000 + g, 'S-' || g, 'peripheral_blood', '10^9/L', 100, 'bench', "
        "'2026-01-01T00:00:00+00:00', CASE WHEN g % 10 = 0 THEN 'open' ELSE 'signed' END "
        "FROM generate_series(1, ?) AS g",
        (slides,),
    )
    times = {}
    calls: tuple[tuple[str, Callable[[], object]], ...] = (
        ("all", lambda: store.search()),
        ("unfinished", lambda: store.unfinished()),
        ("search", lambda: store.search("S-4242")),
        # What the start view reads: its first page, and how many are unfinished.
        ("start_page", lambda: (store.search(page=(PAGE, 0), open_first=True), store.count())),
    )
    for name, call in calls:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            call()
            best = min(best, time.perf_counter() - start)
        times[f"list_{name}_s"] = round(best, 3)
    store.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", default=os.environ.get("SMEARCOUNT_TEST_DATABASE_URL"))
    parser.add_argument("--stations", type=int, default=5)
    parser.add_argument("--relabels", type=int, default=200)
    parser.add_argument("--pace", type=float, default=0.3)
    parser.add_argument("--slides", type=int, default=100_000)
    parser.add_argument("--limit", type=int, help="smoke run: this many relabels, few slides")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.limit:
        args.relabels, args.stations, args.pace, args.slides = args.limit, 2, 0.0, 50
    results: dict[str, object] = {"relabels_per_station": args.relabels, "pace_s": args.pace}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results["sqlite_one_station"] = percentiles(
            station(folder / "pc", None, args.relabels, args.pace, 0)
        )
        print(f"SQLite, one station: {results['sqlite_one_station']}")
        if not args.database:
            print("server: not measured (no --database or SMEARCOUNT_TEST_DATABASE_URL)")
        else:
            url, drop = _bench_database(args.database)
            try:
                took = stations_at_once(url, args.stations, args.relabels, args.pace, folder)
                key = f"server_{args.stations}_stations_and_reviewer"
                results[key] = percentiles(took)
                print(f"server, {args.stations} stations + reviewer: {results[key]}")
                results[f"server_{args.slides}_slides"] = list_time(url, args.slides, folder)
                print(f"server, {args.slides} slides: {results[f'server_{args.slides}_slides']}")
            finally:
                drop()
    if args.out:
        args.out.write_text(json.dumps(results, indent=1))
    return 0


def _bench_database(admin_url: str) -> tuple[str, Callable[[], None]]:
    """A fresh SmearCount database on the server, and how to drop it."""
    import psycopg
    from psycopg.conninfo import make_conninfo

    from app.core.store.server import init_server

    name = f"smearcount_bench_{secrets.token_hex(4)}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = make_conninfo(admin_url, dbname=name)
    init_server(url, "admin", "bench-password")

    def drop() -> None:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    return url, drop


if __name__ == "__main__":
    sys.exit(main())
