"""`make bench`: speed and memory of Frise on synthetic timelines, as JSON lines.

For 1,000, 10,000 and 100,000 events in 20 parties (tests/bench/synthetic.py,
deterministic), and for the bundled timeline, it prints one JSON object per
measure:

- load: load + validate time, and the peak resident memory of a process that
  only loads (fresh process, so imports and the file are counted honestly);
- load_stall: the longest the main thread waits for its turn while a load
  runs in a background thread (how long the window would freeze);
- first_frame: from process start to the first painted frame of the window
  (offscreen, 1600×900), through the real start-up path;
- repaint: median and worst repaint after zoom steps and pans, at five zoom
  levels from "everything" to "a week";
- filter: party filter and year filter, time to the next painted frame;
- export: `frise export --width 3000` as a whole process;
- search: building the index, then each keystroke of a few queries typed a
  letter at a time, in the model and in the window up to the painted frame.

Run it with `make bench`; `python -m tests.bench.run --sizes 1000` for fewer.
Timings are wall-clock on this machine; compare runs on the same machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIZES = (1_000, 10_000, 100_000)
RUNS = 3
"""Whole-process measures are taken this many times; the median and the best
are printed, since one run on a shared machine can be far off."""
LEVELS = (
    ("everything", None),
    ("five years", 1826),
    ("a year", 365),
    ("a month", 30),
    ("a week", 7),
)
STEPS = 24


def emit(**record) -> None:
    print(json.dumps(record, ensure_ascii=False), flush=True)


def child(code: str, *args: str) -> dict:
    """Run `code` in a fresh Python; it prints one JSON object last."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


LOAD = """
import json, sys, time
start = time.perf_counter()
from frise.model.loader import load_timeline
imported = time.perf_counter()
timeline = load_timeline(sys.argv[1])
loaded = time.perf_counter()
# VmHWM is this process's own peak (ru_maxrss would include the parent's).
peak = next(int(line.split()[1]) for line in open("/proc/self/status")
            if line.startswith("VmHWM"))
print(json.dumps({"import_s": imported - start, "load_s": loaded - imported,
                  "peak_rss_mb": peak / 1024, "events": len(timeline.events)}))
"""

STALL = """
import json, sys, threading, time
from frise.model.loader import load_timeline
done = threading.Event()
def load():
    load_timeline(sys.argv[1])
    done.set()
threading.Thread(target=load).start()
# The window's thread, as it would tick: how long can it go without a turn?
gaps, last = [], time.perf_counter()
while not done.is_set():
    time.sleep(0.002)
    now = time.perf_counter()
    gaps.append(now - last)
    last = now
print(json.dumps({"max_stall_ms": max(gaps) * 1000}))
"""

FIRST_FRAME = """
import json, os, sys, time
from pathlib import Path
from frise.scene import view as view_module
from frise.ui import main_window
painted = view_module.TimelineView.paintEvent
def first_paint(self, event):
    painted(self, event)
    if self.filtered is not None:
        print(json.dumps({"wall_at_first_frame": time.time()}), flush=True)
        os._exit(0)
view_module.TimelineView.paintEvent = first_paint
main_window.MainWindow._place = lambda self, settings: self.resize(1600 + 600, 900 + 260)
from frise.app import run_gui
run_gui(Path(sys.argv[1]))
"""


def spread(values: list[float]) -> dict:
    return {"median_s": round(statistics.median(values), 3), "best_s": round(min(values), 3)}


def measure_load(path: Path, label: str) -> None:
    results = [child(LOAD, str(path)) for _ in range(RUNS)]
    emit(
        measure="load",
        timeline=label,
        events=results[0]["events"],
        load_validate=spread([r["load_s"] for r in results]),
        imports_s=round(statistics.median(r["import_s"] for r in results), 3),
        peak_rss_mb=round(max(r["peak_rss_mb"] for r in results), 1),
    )


def measure_stall(path: Path, label: str) -> None:
    """While a load runs in a background thread, the longest the main thread
    waits for its turn (the window would freeze that long)."""
    results = [child(STALL, str(path)) for _ in range(RUNS)]
    stalls = [r["max_stall_ms"] for r in results]
    emit(
        measure="load_stall",
        timeline=label,
        median_ms=round(statistics.median(stalls), 1),
        worst_ms=round(max(stalls), 1),
    )


def measure_first_frame(path: Path, label: str) -> None:
    times = [_first_frame(path) for _ in range(RUNS)]
    if any(t is None for t in times):
        emit(measure="first_frame", timeline=label, error="no frame painted")
        return
    emit(measure="first_frame", timeline=label, start_to_first_frame=spread(times))


def _first_frame(path: Path) -> float | None:
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
            "HOME": home,
            "XDG_CONFIG_HOME": home,
            "XDG_STATE_HOME": home,
        }
        started = time.time()
        done = subprocess.run(
            [sys.executable, "-c", FIRST_FRAME, str(path)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        print(done.stderr[-500:], file=sys.stderr)
        return None
    return json.loads(lines[-1])["wall_at_first_frame"] - started


def measure_export(path: Path, label: str) -> None:
    times = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "bench.png"
        command = [
            sys.executable,
            "-m",
            "frise",
            "export",
            "--data",
            str(path),
            "--out",
            str(out),
            "--width",
            "3000",
        ]
        for _ in range(RUNS):
            started = time.perf_counter()
            subprocess.run(
                command,
                check=True,
                capture_output=True,
                cwd=ROOT,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
            times.append(time.perf_counter() - started)
    emit(measure="export", timeline=label, width=3000, whole_process=spread(times))


def measure_interaction(path: Path, label: str) -> None:
    """Repaint and filter timings, in this process, on an offscreen window."""
    from PySide6.QtWidgets import QApplication

    from frise.model import timescale
    from frise.model.filters import Filter
    from frise.model.loader import load_timeline
    from frise.settings import Settings
    from frise.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(Settings(lang="en"))
    window.set_timeline(load_timeline(path))
    window.show()
    view = window.view
    window.resize(1600 + (window.width() - view.width()), 900 + (window.height() - view.height()))
    app.processEvents()
    domain = view.domain

    def painted(action) -> float:
        started = time.perf_counter()
        action()
        view.repaint()
        return time.perf_counter() - started

    for name, days in LEVELS:
        middle = (domain[0] + domain[1]) / 2
        span = domain[1] - domain[0] if days is None else days
        view.set_view(
            timescale.show_range(
                middle - span / 2,
                middle + span / 2,
                view.view.width,
                domain,
                margin=0,
                scale=view.view.scale,
            )
        )
        view.repaint()
        zooms, pans = [], []
        for k in range(STEPS):
            if k % 2:
                factor = 1.15 if k % 4 == 1 else 1 / 1.15
                zooms.append(painted(lambda f=factor: view.zoom_by(f)))
            else:
                pans.append(painted(lambda: view.pan_by(-40)))
        both = zooms + pans
        emit(
            measure="repaint",
            timeline=label,
            level=name,
            view_days=round(view.view.span, 1),
            median_ms=round(statistics.median(both) * 1000, 2),
            worst_ms=round(max(both) * 1000, 2),
            zoom_median_ms=round(statistics.median(zooms) * 1000, 2),
            pan_median_ms=round(statistics.median(pans) * 1000, 2),
        )

    parties = [p.id for p in window.timeline.parties]
    years = sorted({int(y) for y in (window.timeline.start // 365.2425 + 1)})
    party_times, year_times = [], []
    for k in range(6):
        shown = frozenset(parties[: len(parties) // 2 + k % 3])
        party_times.append(painted(lambda s=shown: window.set_filter(Filter(parties=s))))
        party_times.append(painted(lambda: window.set_filter(Filter())))
        year = years[len(years) // 2 + k % 3 - 1]
        year_times.append(painted(lambda y=year: window.set_filter(Filter(year_from=y, year_to=y))))
        year_times.append(painted(lambda: window.set_filter(Filter())))
    emit(
        measure="filter",
        timeline=label,
        kind="party",
        median_ms=round(statistics.median(party_times) * 1000, 2),
        worst_ms=round(max(party_times) * 1000, 2),
    )
    emit(
        measure="filter",
        timeline=label,
        kind="year",
        median_ms=round(statistics.median(year_times) * 1000, 2),
        worst_ms=round(max(year_times) * 1000, 2),
    )
    measure_search(window, label)
    window.close()
    window.deleteLater()
    app.processEvents()


QUERIES = ("court filing", "événement 42", "poursuit", "Partie 3", "zzz")
"""Typed one character at a time: English and French words (the synthetic
titles say "Event 42: court filing…" and « Événement 42 : … »), a party's
name, and a word found nowhere."""


def measure_search(window, label: str) -> None:
    """The search, per keystroke: building the index once, then the model's
    search for each prefix typed, and in the window, from the key to the
    painted frame (results listed, the plot marked)."""
    from frise.model.search import SearchIndex, search

    timeline = window.timeline
    started = time.perf_counter()
    index = SearchIndex.build(timeline)
    built = time.perf_counter() - started
    model_times, window_times = [], []
    for query in QUERIES:
        previous = None
        for k in range(1, len(query) + 1):
            started = time.perf_counter()
            previous = search(index, query[:k], previous)
            model_times.append(time.perf_counter() - started)
    window._search_index = index
    field, view = window.search_field, window.view
    for query in QUERIES:
        field.clear()
        for k in range(1, len(query) + 1):
            started = time.perf_counter()
            field.setText(query[:k])
            view.repaint()
            window_times.append(time.perf_counter() - started)
    field.clear()
    emit(
        measure="search",
        timeline=label,
        index_build_s=round(built, 3),
        keystrokes=len(model_times),
        per_keystroke_median_ms=round(statistics.median(model_times) * 1000, 2),
        per_keystroke_worst_ms=round(max(model_times) * 1000, 2),
        window_keystroke_to_frame_median_ms=round(statistics.median(window_times) * 1000, 2),
        window_keystroke_to_frame_worst_ms=round(max(window_times) * 1000, 2),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from frise.paths import bundled_timeline
    from tests.bench.synthetic import synthetic_timeline

    emit(measure="machine", python=sys.version.split()[0], cpus=os.cpu_count())
    with tempfile.TemporaryDirectory() as folder:
        cases = [("bundled", bundled_timeline())]
        for size in args.sizes:
            path = Path(folder) / f"synthetic-{size}.json"
            path.write_text(json.dumps(synthetic_timeline(size)), encoding="utf-8")
            cases.append((f"synthetic-{size}", path))
        for label, path in cases:
            measure_load(path, label)
            measure_stall(path, label)
            measure_first_frame(path, label)
            measure_export(path, label)
            measure_interaction(path, label)
    return 0


if __name__ == "__main__":
    sys.exit(main())
