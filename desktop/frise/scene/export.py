"""PNG export: the same renderer as the window, drawn on an image.

The export shows the whole filtered range (the view fitted to the domain),
every lane, with the title and legend. Its file is written beside the target
and renamed into place, so a failed write never leaves half a PNG.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage, QPainter

from frise.fileio import write_atomically
from frise.model.filters import Filter, FilteredTimeline, apply_filter
from frise.model.layout import LANE_FLOOR_PX, LANE_PAD_PX, ROW_PX
from frise.model.timeline import Timeline
from frise.model.timescale import fit
from frise.scene.frame import AXIS_PX, HEADER_PX, Scene, plot_width
from frise.scene.renderer import Renderer

EXPORT_SIZE_LIMITS = (400, 16000)
NATURAL_LANE_PX = 2 * LANE_PAD_PX + 4 * ROW_PX
"""Lane height when the export's height is left to Frise."""


class ExportError(Exception):
    pass


def natural_height(filtered: FilteredTimeline) -> int:
    return int(HEADER_PX + AXIS_PX + max(len(filtered.lanes), 1) * NATURAL_LANE_PX)


def render_image(
    filtered: FilteredTimeline,
    width: int,
    height: int | None = None,
    lang: str = "en",
    scale: float = 1.0,
) -> QImage:
    """The timeline drawn on an image `width` × `height` logical pixels
    (`scale` times as many real ones, for sharp HiDPI pictures)."""
    _ensure_gui()
    renderer = Renderer()
    if height is None:
        height = natural_height(filtered)
    scene = Scene(filtered, fit(filtered.domain, plot_width(width)), lang)
    frame = renderer.layout(scene, width, height, header=True, min_lane_px=LANE_FLOOR_PX)
    needed = frame.lanes_top + frame.lanes_height
    if needed > height + 0.5:
        raise ExportError(
            f"a height of {height} px is too small for {len(frame.lanes)} lanes; "
            f"it needs at least {int(needed + 0.999)} px"
        )
    image = QImage(
        round(width * scale), round(height * scale), QImage.Format.Format_ARGB32_Premultiplied
    )
    image.setDevicePixelRatio(scale)
    painter = QPainter(image)
    try:
        renderer.paint(painter, frame)
    finally:
        painter.end()
    return image


def export_png(
    timeline: Timeline,
    view_filter: Filter,
    out: Path,
    width: int,
    height: int | None = None,
    lang: str = "en",
    scale: float = 1.0,
) -> tuple[int, int]:
    """Write the filtered timeline to `out` as a PNG; returns its size in pixels."""
    image = render_image(apply_filter(timeline, view_filter), width, height, lang, scale)
    write_png(image, Path(out))
    return image.width(), image.height()


def write_png(image: QImage, out: Path) -> None:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stubs ask for bytes here, but it accepts only a str at run time.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise ExportError("the image could not be encoded as PNG")
    buffer.close()
    try:
        write_atomically(out, bytes(data.data()))
    except OSError as e:
        raise ExportError(f"cannot write {out}: {e.strerror or e}") from None


_app: QGuiApplication | None = None
"""The command line's application, kept alive while the process runs."""


def _ensure_gui() -> None:
    """Fonts need a QGuiApplication; the command line has none of its own."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication([])
