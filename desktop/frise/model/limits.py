"""How big anything Frise makes may be, so that no file and no setting can
make it allocate gigabytes or draw for minutes. Pure constants; no Qt."""

from __future__ import annotations

EXPORT_SIZE_LIMITS = (400, 16000)
"""Width and height of an exported picture, in logical pixels."""
EXPORT_SCALES = (1.0, 2.0)
"""Device pixels per logical pixel of an exported picture."""
MAX_EXPORT_PIXELS = 100_000_000
"""Device pixels of one exported picture (400 MB at 4 bytes a pixel)."""
DEFAULT_WIDTH = 2000
"""The width of a picture when none is asked, on the command line and in the window."""
