"""The house's size rule (docs/ARCHITECTURE.md): a module does one job, so none grows past 400
lines, and the two the window is built around stay thinner still."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 400
THINNER = {"app/ui/slide_view.py": 380, "app/ui/main_window.py": 300}


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_no_module_is_over_its_limit():
    sources = [
        p for top in ("app", "bench", "scripts", "training") for p in (ROOT / top).rglob("*.py")
    ]
    assert len(sources) > 100  # the folders were found
    too_long = {
        str(p.relative_to(ROOT)): n
        for p in sources
        if (n := _lines(p)) > THINNER.get(str(p.relative_to(ROOT).as_posix()), LIMIT)
    }
    assert too_long == {}
