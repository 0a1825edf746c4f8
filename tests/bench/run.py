"""`make bench`: speed and memory of Frise on synthetic timelines, with verdicts.

For the bundled timeline and for 1,000, 10,000, 100,000 and 1,000,000 events
in 20 parties (tests/bench/synthetic.py, deterministic; the files are kept in
build/bench/ between runs), it prints one JSON object per measure:

- load: load + validate time, and the peak resident memory of a process that
  only loads (fresh process, so imports and the file are counted honestly);
- load_stall: the longest the main thread waits for its turn while a load
  runs in a background thread (the loader alone, without a window);
- first_frame: from process start to the first painted frame of the window
  (offscreen, 1600×900), through the real start-up path; the longest the
  window's event loop went without running once it ran (a timer on the GUI
  thread ticks every few milliseconds; the longest gap between ticks, the
  one ending with that frame included, is kept); how long after the window
  was shown its event loop first ran (a small file is read before that,
  a large one after, in the background); and the process's peak memory;
- repaint: at five zoom levels from "everything" to "a week", a run of zoom
  steps (in by 15 % six times, then out again, as the wheel does) and a run
  of pans (40 px each, as a drag does); each the time from the step to the
  end of the paint it causes (the event loop paints what the step made
  dirty, as in the running app): zoom and pan medians, and the worst frame;
- filter: party, year and kind filter changes, time to the next painted frame;
- search: building the index, then each keystroke of a few queries typed a
  letter at a time, in the model and in the window up to the painted frame;
- memory: the peak memory of the process that did all of the above;
- export: `frise export --width 3000` as a whole process (up to 100,000).

Whole-process measures and the interaction process run `--runs` times (3 by
default): each number is the median, with how far the runs wandered (the
smallest and largest). At the end a table compares each number to its
budget and says whether it is met.

Frise's modules are compiled to bytecode first, as an installed Frise has
them (see `compile_sources`).

Run it with `make bench`; `python -m tests.bench.run --sizes 1000` for fewer.
Timings are wall-clock on this machine; compare runs on the same machine.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "bench"
SIZES = (1_000, 10_000, 100_000, 1_000_000)
EXPORT_UP_TO = 100_000
RUNS = 3
LEVELS = (
    ("everything", None),
    ("five years", 1826),
    ("a year", 365),
    ("a month", 30),
    ("a week", 7),
)
STEPS = 24
QUERIES = ("court filing", "événement 42", "poursuit", "Partie 3", "zzz")
"""Typed one character at a time: English and French words (the synthetic
titles say "Event 42: court filing…" and « Événement 42 : … »), a party's
name, and a word found nowhere."""
STALL_TICK_MS = 4
"""The GUI-thread timer's interval while a load is measured."""


def emit(**record) -> None:
    print(json.dumps(record, ensure_ascii=False), flush=True)


def child_env() -> dict[str, str]:
    # This checkout's code, whichever checkout the environment was installed from.
    path = os.pathsep.join((str(ROOT / "desktop"), str(ROOT)))
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": path}


def child(code: str, *args: str, home: str | None = None, timeout: float = 900) -> dict:
    """Run `code` in a fresh Python; it prints one JSON object last."""
    env = child_env()
    if home is not None:
        env |= {"HOME": home, "XDG_CONFIG_HOME": home, "XDG_STATE_HOME": home}
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=timeout,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        print(done.stderr[-2000:], file=sys.stderr)
        raise RuntimeError(f"bench child failed (exit {done.returncode})")
    return json.loads(lines[-1])


PEAK = """
def peak_mb():
    # VmHWM is this process's own peak (ru_maxrss would include the parent's).
    with open("/proc/self/status") as status:
        return next(int(l.split()[1]) for l in status if l.startswith("VmHWM")) / 1024
"""

LOAD = (
    PEAK
    + """
import json, sys, time
start = time.perf_counter()
from frise.model.loading import load_timeline
imported = time.perf_counter()
timeline = load_timeline(sys.argv[1])
loaded = time.perf_counter()
print(json.dumps({"import_s": imported - start, "load_s": loaded - imported,
                  "peak_rss_mb": peak_mb(), "events": len(timeline.events)}))
"""
)

STALL = """
import json, sys, threading, time
from frise.model.loading import load_timeline
done = threading.Event()
kept = []
def load():
    # Kept, as the window keeps what it read: dropped here, the whole
    # timeline would be freed in this thread, in one call that holds the
    # interpreter for as long as the load's longest step (2 s at a million).
    kept.append(load_timeline(sys.argv[1]))
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

FIRST_FRAME = (
    PEAK
    + """
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from frise.scene import view as view_module
from frise.ui import main_window

ticks = {"last": None, "longest": 0.0, "shown": None, "first": None}
def tick():
    now = time.perf_counter()
    if ticks["first"] is None:
        ticks["first"] = now
    if ticks["last"] is not None:
        ticks["longest"] = max(ticks["longest"], now - ticks["last"])
    ticks["last"] = now

painted = view_module.TimelineView.paintEvent
def first_paint(self, event):
    painted(self, event)
    if self.filtered is not None:
        wall = time.time()
        tick()  # the gap that ends with this frame counts too
        print(json.dumps({"wall_at_first_frame": wall, "longest_stall_s": ticks["longest"],
                          "show_to_first_tick_s": ticks["first"] - ticks["shown"],
                          "peak_rss_mb": peak_mb()}), flush=True)
        os._exit(0)
view_module.TimelineView.paintEvent = first_paint

shown = main_window.MainWindow.show
def show(self):
    shown(self)
    # Once the event loop runs, the window is on screen and should keep
    # answering: the gaps between the timer's ticks are its stalls.
    ticks["shown"] = time.perf_counter()
    timer = QTimer(self)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    timer.start(TICK_MS)
main_window.MainWindow.show = show
main_window.MainWindow._place = lambda self, settings: self.resize(1600 + 600, 900 + 260)
from frise.app import run_gui
run_gui(Path(sys.argv[1]))
""".replace("TICK_MS", str(STALL_TICK_MS))
)

INTERACTION = (
    PEAK
    + """
import json, statistics, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from frise.model import timescale
from frise.model.filters import Filter
from frise.model.loading import load_timeline
from frise.model.timeline import KIND_KEYS
from frise.settings import Settings
from frise.ui.main_window import MainWindow

from frise.scene.view import TimelineView

LEVELS, STEPS, QUERIES = LEVELS_HERE, STEPS_HERE, QUERIES_HERE
# Counted from the class, before any view is made (a view made before would
# not see the change).
paints = [0]
paint_event = TimelineView.paintEvent
def counted(self, event):
    paints[0] += 1
    paint_event(self, event)
TimelineView.paintEvent = counted
app = QApplication.instance() or QApplication([])
window = MainWindow(Settings(lang="en"))
window.set_timeline(load_timeline(sys.argv[1]))
window.show()
view = window.view
window.resize(1600 + (window.width() - view.width()), 900 + (window.height() - view.height()))
app.processEvents()
domain = view.domain

def painted(action) -> float:
    # What the running app does: the step, then the event loop paints
    # whatever the step made dirty (the plot, scroll bars, status line).
    started = time.perf_counter()
    before = paints[0]
    action()
    app.processEvents()
    if paints[0] == before:  # the step changed nothing on screen
        view.viewport().repaint()
    return time.perf_counter() - started

out = {"repaint": [], "filter": {}}
for name, days in LEVELS:
    middle = (domain[0] + domain[1]) / 2
    span = domain[1] - domain[0] if days is None else days
    view.set_view(timescale.show_range(middle - span / 2, middle + span / 2, view.view.width,
                                       domain, margin=0, scale=view.view.scale))
    app.processEvents()
    # As the wheel zooms (a run of steps in, then out again) and a drag pans
    # (a run of small moves), each from the level's view.
    zooms = [painted(lambda f=factor: view.zoom_by(f))
             for factor in [1.15] * (STEPS // 4) + [1 / 1.15] * (STEPS // 4)]
    pans = [painted(lambda: view.pan_by(-40)) for _ in range(STEPS // 2)]
    out["repaint"].append({"level": name, "view_days": round(view.view.span, 1),
                           "zoom_ms": statistics.median(zooms) * 1000,
                           "pan_ms": statistics.median(pans) * 1000,
                           "worst_ms": max(zooms + pans) * 1000})

timeline = window.timeline
parties = [p.id for p in timeline.parties]
years = sorted({int(y) for y in (timeline.start // 365.2425 + 1)})
present = sorted(set(timeline.kind_codes.tolist()))
kinds = [KIND_KEYS[c] for c in present]
times = {"party": [], "year": [], "kind": []}
for k in range(6):
    shown = frozenset(parties[: len(parties) // 2 + k % 3])
    times["party"].append(painted(lambda s=shown: window.set_filter(Filter(parties=s))))
    times["party"].append(painted(lambda: window.set_filter(Filter())))
    year = years[len(years) // 2 + k % 3 - 1]
    times["year"].append(painted(lambda y=year: window.set_filter(Filter(year_from=y, year_to=y))))
    times["year"].append(painted(lambda: window.set_filter(Filter())))
    some = frozenset(kinds[: max(1, len(kinds) // 2 + k % 3 - 1)])
    times["kind"].append(painted(lambda s=some: window.set_filter(Filter(kinds=s))))
    times["kind"].append(painted(lambda: window.set_filter(Filter())))
for kind, values in times.items():
    out["filter"][kind] = {"median_ms": statistics.median(values) * 1000,
                           "worst_ms": max(values) * 1000}

# The search, per keystroke: building the index once, then the model's search
# for each prefix typed, and in the window, from the key to the painted frame
# (a Frise from before the search has none to measure).
try:
    from frise.model.search import SearchIndex, search
    window.search_field
except (ImportError, AttributeError):
    out["peak_rss_mb"] = peak_mb()
    print(json.dumps(out))
    sys.exit(0)
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
field = window.search_field
for query in QUERIES:
    field.clear()
    app.processEvents()
    for k in range(1, len(query) + 1):
        window_times.append(painted(lambda q=query[:k]: field.setText(q)))
field.clear()
out["search"] = {"index_build_s": built, "model_ms": statistics.median(model_times) * 1000,
                 "model_worst_ms": max(model_times) * 1000,
                 "window_ms": statistics.median(window_times) * 1000,
                 "window_worst_ms": max(window_times) * 1000}
out["peak_rss_mb"] = peak_mb()
print(json.dumps(out))
""".replace("LEVELS_HERE", repr(LEVELS))
    .replace("STEPS_HERE", str(STEPS))
    .replace("QUERIES_HERE", repr(QUERIES))
)


def wander(values: list[float], digits: int = 3) -> dict:
    """The median of repeated runs and how far they wandered."""
    return {
        "median": round(statistics.median(values), digits),
        "min": round(min(values), digits),
        "max": round(max(values), digits),
    }


def measure_load(path: Path, label: str, runs: int) -> dict:
    results = [child(LOAD, str(path)) for _ in range(runs)]
    record = {
        "events": results[0]["events"],
        "load_validate_s": wander([r["load_s"] for r in results]),
        "imports_s": round(statistics.median(r["import_s"] for r in results), 3),
        "peak_rss_mb": wander([r["peak_rss_mb"] for r in results], 1),
    }
    emit(measure="load", timeline=label, **record)
    return record


def measure_stall(path: Path, label: str, runs: int) -> dict:
    """While a load runs in a background thread, the longest the main thread
    waits for its turn (the window would freeze that long)."""
    results = [child(STALL, str(path)) for _ in range(runs)]
    record = {"max_stall_ms": wander([r["max_stall_ms"] for r in results], 1)}
    emit(measure="load_stall", timeline=label, **record)
    return record


def measure_first_frame(path: Path, label: str, runs: int) -> dict:
    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            started = time.time()
            result = child(FIRST_FRAME, str(path), home=home)
        result["start_to_first_frame_s"] = result["wall_at_first_frame"] - started
        results.append(result)
    record = {
        "start_to_first_frame_s": wander([r["start_to_first_frame_s"] for r in results]),
        "longest_stall_ms": wander([r["longest_stall_s"] * 1000 for r in results], 1),
        "show_to_first_tick_ms": wander([r["show_to_first_tick_s"] * 1000 for r in results], 1),
        "peak_rss_mb": wander([r["peak_rss_mb"] for r in results], 1),
    }
    emit(measure="first_frame", timeline=label, **record)
    return record


def measure_export(path: Path, label: str, runs: int) -> dict:
    times = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "bench.png"
        command = [sys.executable, "-m", "frise", "export", "--data", str(path)]
        command += ["--out", str(out), "--width", "3000"]
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=child_env())
            times.append(time.perf_counter() - started)
    record = {"width": 3000, "whole_process_s": wander(times)}
    emit(measure="export", timeline=label, **record)
    return record


def measure_interaction(path: Path, label: str, runs: int) -> dict:
    """Repaints and filter changes in a fresh process per run, on an
    offscreen window; each number is the median over the runs."""
    results = [child(INTERACTION, str(path)) for _ in range(runs)]
    record: dict = {"repaint": [], "filter": {}}
    for k, (level, _) in enumerate(LEVELS):
        rows = [r["repaint"][k] for r in results]
        entry = {
            "level": level,
            "view_days": rows[0]["view_days"],
            "zoom_median_ms": wander([r["zoom_ms"] for r in rows], 2),
            "pan_median_ms": wander([r["pan_ms"] for r in rows], 2),
            "worst_ms": wander([r["worst_ms"] for r in rows], 2),
        }
        emit(measure="repaint", timeline=label, **entry)
        record["repaint"].append(entry)
    for kind in results[0]["filter"]:
        entry = {
            "median_ms": wander([r["filter"][kind]["median_ms"] for r in results], 2),
            "worst_ms": wander([r["filter"][kind]["worst_ms"] for r in results], 2),
        }
        emit(measure="filter", timeline=label, kind=kind, **entry)
        record["filter"][kind] = entry
    if "search" in results[0]:
        record["search"] = {
            key: wander([r["search"][key] for r in results], 3 if key.endswith("_s") else 2)
            for key in results[0]["search"]
        }
        emit(measure="search", timeline=label, **record["search"])
    record["peak_rss_mb"] = wander([r["peak_rss_mb"] for r in results], 1)
    emit(measure="memory", timeline=label, peak_rss_mb=record["peak_rss_mb"])
    return record


# --- budgets --------------------------------------------------------------------

BUDGETS: dict[str, dict[int, float | None]] = {
    # budget: {events: limit}; None where there is none.
    "zoom/pan median, every level (ms)": {1_000: 8, 10_000: 8, 100_000: 8, 1_000_000: 16},
    "worst frame of a zoom/pan sequence (ms)": {1_000: 16, 10_000: 16, 100_000: 16, 1_000_000: 33},
    "filter change: party, year, kind (ms)": {
        1_000: 16,
        10_000: 16,
        100_000: 50,
        1_000_000: 200,
    },
    "start to first frame, whole process (s)": {
        1_000: 1,
        10_000: 1,
        100_000: 2.5,
        1_000_000: 12,
    },
    "longest stall of the window during a load (ms)": {
        1_000: 50,
        10_000: 50,
        100_000: 50,
        1_000_000: 100,
    },
    "peak memory (MB)": {1_000: None, 10_000: None, 100_000: 300, 1_000_000: 1500},
    "search, keystroke to painted frame (ms)": {
        1_000: None,
        10_000: None,
        100_000: 50,
        1_000_000: None,
    },
}


def measured(results: dict) -> dict[str, tuple[float, str]]:
    """Each budget's number for one timeline (the worst of its parts), and
    which part it is."""
    out: dict[str, tuple[float, str]] = {}
    if "interaction" in results:
        interaction = results["interaction"]
        medians = [
            (entry[f"{what}_median_ms"]["median"], f"{what} at {entry['level']}")
            for entry in interaction["repaint"]
            for what in ("zoom", "pan")
        ]
        out["zoom/pan median, every level (ms)"] = max(medians)
        worst = [(e["worst_ms"]["median"], e["level"]) for e in interaction["repaint"]]
        out["worst frame of a zoom/pan sequence (ms)"] = max(worst)
        filters = [(e["median_ms"]["median"], kind) for kind, e in interaction["filter"].items()]
        out["filter change: party, year, kind (ms)"] = max(filters)
        if "search" in interaction:
            search = interaction["search"]["window_ms"]["median"]
            out["search, keystroke to painted frame (ms)"] = (search, "")
    if "first_frame" in results:
        first = results["first_frame"]
        out["start to first frame, whole process (s)"] = (
            first["start_to_first_frame_s"]["median"],
            "",
        )
        out["longest stall of the window during a load (ms)"] = (
            first["longest_stall_ms"]["median"],
            "",
        )
    peaks = [
        results[part]["peak_rss_mb"]["median"]
        for part in ("first_frame", "interaction")
        if part in results
    ]
    if peaks:
        out["peak memory (MB)"] = (max(peaks), "")
    return out


def verdicts(all_results: dict[int, dict]) -> list[str]:
    sizes = sorted(all_results)
    lines = [
        "budget".ljust(48) + "".join(f"{size:>22,}" for size in sizes),
    ]
    met = missed = 0
    for budget, limits in BUDGETS.items():
        cells = []
        for size in sizes:
            value = measured(all_results[size]).get(budget)
            limit = limits.get(size)
            if value is None:
                cells.append("not run")
                continue
            number = f"{value[0]:.3g}"
            if limit is None:
                cells.append(f"{number} (no budget)")
            elif value[0] <= limit:
                met += 1
                cells.append(f"{number} ≤ {limit:g} met")
            else:
                missed += 1
                cells.append(f"{number} > {limit:g} MISSED")
        lines.append(budget.ljust(48) + "".join(f"{cell:>22}" for cell in cells))
        parts = [measured(all_results[size]).get(budget, (0.0, ""))[1] for size in sizes]
        if any(parts):
            lines.append("  (the worst part)".ljust(48) + "".join(f"{p:>22}" for p in parts))
    lines.append(f"{met} budgets met, {missed} missed")
    return lines


# --- running ------------------------------------------------------------------


def synthetic_file(size: int) -> Path:
    """The synthetic timeline of `size` events, written once and kept (the
    generator's source is in the name, so a change to it makes new files)."""
    from tests.bench.synthetic import synthetic_timeline

    source = (ROOT / "tests" / "bench" / "synthetic.py").read_bytes()
    digest = hashlib.sha256(source).hexdigest()[:10]
    path = CACHE / f"synthetic-{size}-{digest}.json"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as out:
            json.dump(synthetic_timeline(size), out, ensure_ascii=False)
        partial.replace(path)
    return path


def compile_sources() -> bool:
    """Frise's modules compiled to bytecode first, as an installed Frise has
    them (pip compiles a wheel's modules; the frozen app holds bytecode): with
    PYTHONDONTWRITEBYTECODE set, as on some machines, every fresh process of
    the bench would otherwise compile all of them again, a few hundred
    milliseconds no user pays, counted in start-up, load and export times.
    Whether it worked is printed with the machine."""
    import compileall

    return bool(compileall.compile_dir(ROOT / "desktop", quiet=2))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument(
        "--only",
        nargs="*",
        choices=("load", "load_stall", "first_frame", "export", "interaction"),
        help="measure only these (default: all)",
    )
    parser.add_argument("--no-bundled", action="store_true", help="skip the bundled timeline")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from frise.paths import bundled_timeline

    wanted = set(args.only or ("load", "load_stall", "first_frame", "export", "interaction"))
    compiled = compile_sources()
    load = os.getloadavg()
    emit(
        measure="machine",
        python=sys.version.split()[0],
        cpus=os.cpu_count(),
        load_average=[round(x, 2) for x in load],
        bytecode=compiled,
    )
    cases = [] if args.no_bundled else [("bundled", 0, bundled_timeline())]
    cases += [(f"synthetic-{size}", size, synthetic_file(size)) for size in args.sizes]
    results: dict[int, dict] = {}
    for label, size, path in cases:
        found: dict = {}
        measures = {
            "load": measure_load,
            "load_stall": measure_stall,
            "first_frame": measure_first_frame,
            "export": measure_export,
            "interaction": measure_interaction,
        }
        for name, measure in measures.items():
            if name not in wanted or (name == "export" and size > EXPORT_UP_TO):
                continue
            try:
                found[name] = measure(path, label, args.runs)
            except (RuntimeError, subprocess.SubprocessError) as e:
                emit(measure=name, timeline=label, error=str(e))
        if size:
            results[size] = found
    print(f"\nload average before: {load[0]:.2f}, after: {os.getloadavg()[0]:.2f}")
    if results:
        print("Medians of", args.runs, "runs; each number is the worst of its parts.")
        print("\n".join(verdicts(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
