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
from frise.model.folding import time_scale
from frise.model.layout import fit_rows
from frise.model.timeline import Timeline
from frise.model.timescale import fit
from frise.scene.frame import Scene, lanes_top, plot_width
from frise.scene.renderer import Renderer

EXPORT_SIZE_LIMITS = (400, 16000)
EXPORT_MAX_ROWS = 40
"""Rows a lane of an exported picture may take: enough for every title."""


class ExportError(Exception):
    pass


def export_scene(
    filtered: FilteredTimeline, width: int, lang: str = "en", folded: bool = True
) -> Scene:
    """The whole filtered range, laid out for a picture `width` wide."""
    scale, domain = time_scale(filtered, plot_width(width), folded)
    return Scene(filtered, fit(domain, plot_width(width), scale), lang, domain=domain, still=True)


def picture_rows(
    renderer: Renderer, scene: Scene, width: int, height: int | None
) -> tuple[list[int], int]:
    """Rows per lane and the picture's height: every lane as tall as its titles
    need, or, for a height given, what fits in it."""
    wanted = renderer.wanted_rows(scene, width, scene.view, EXPORT_MAX_ROWS)
    top = lanes_top(True)
    if height is None:
        return wanted, int(top + renderer.lanes_height(scene, wanted) + 0.999)
    rows = fit_rows(wanted, height - top, heights=renderer.name_heights(scene))
    needed = top + renderer.lanes_height(scene, rows)
    if needed > height + 0.5:
        raise ExportError(
            f"a height of {height} px is too small for {len(rows)} lanes; "
            f"it needs at least {int(needed + 0.999)} px"
        )
    return rows, height


def natural_height(filtered: FilteredTimeline, width: int = 2000, lang: str = "en") -> int:
    _ensure_gui()
    return picture_rows(Renderer(), export_scene(filtered, width, lang), width, None)[1]


def render_image(
    filtered: FilteredTimeline,
    width: int,
    height: int | None = None,
    lang: str = "en",
    scale: float = 1.0,
    folded: bool = True,
) -> QImage:
    """The timeline drawn on an image `width` × `height` logical pixels
    (`scale` times as many real ones, for sharp HiDPI pictures)."""
    _ensure_gui()
    renderer = Renderer()
    scene = export_scene(filtered, width, lang, folded)
    rows, height = picture_rows(renderer, scene, width, height)
    frame = renderer.layout(scene, width, height, header=True, rows=rows)
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
    folded: bool = True,
) -> tuple[int, int]:
    """Write the filtered timeline to `out` as a PNG; returns its size in pixels."""
    image = render_image(apply_filter(timeline, view_filter), width, height, lang, scale, folded)
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
