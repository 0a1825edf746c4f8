"""Guard for the PySide6 6.12.0 crash on Python 3.11 (docs/architecture.md, pitfalls):
each QPainter.setPen dropped a reference to None, and after ~100,000 calls the
process aborted with "none_dealloc".

The painting runs in a process of its own, so that the abort fails this test
instead of ending the whole test run, and it reports the reference count of
None before and after: on Python 3.11 a leak shows there long before the abort.
From Python 3.12, None is immortal and its count never moves, so that check is
skipped there rather than passing without being able to fail."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

CALLS = 200_000
PAINT = f"""
import json, sys
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen
app = QGuiApplication([])
image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
image.fill(QColor("white"))
before = sys.getrefcount(None)
painter = QPainter(image)
pen = QPen(QColor("#0072B2"), 1)
for _ in range({CALLS}):
    painter.setPen(pen)
painter.drawLine(0, 0, 63, 63)
painter.end()
after = sys.getrefcount(None)
print(json.dumps({{"pixel": image.pixelColor(32, 32).name(), "before": before, "after": after}}))
"""


@pytest.fixture(scope="module")
def painted() -> dict:
    done = subprocess.run(
        [sys.executable, "-c", PAINT],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, f"painting crashed ({done.returncode}): {done.stderr[-2000:]}"
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_two_hundred_thousand_painter_calls_do_not_crash(painted):
    assert painted["pixel"] == "#0072b2"


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12: its reference count cannot show a leak",
)
def test_painter_calls_do_not_leak_references_to_none(painted):
    # A leak of one reference a call would show as a drop of 200,000.
    assert abs(painted["after"] - painted["before"]) < CALLS // 100
