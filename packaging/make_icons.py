"""Render Frise's icon (resources/icons/frise.svg) to the files packagers need.

Writes into packaging/icons/:
- frise-<N>.png for the freedesktop icon theme sizes (16 to 512 px);
- frise.ico for Windows (PNG images inside, read by Windows Vista and later);
- frise.icns for macOS (PNG images inside, the types macOS 10.7 and later read).

The outputs are committed, so a build needs neither this script nor a display;
run it again (`make icons`) after changing the SVG. It uses only Qt, which the
app already needs: Qt draws the SVG, and the two icon containers are simple
enough to write here byte by byte.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "frise.svg"
OUT = ROOT / "packaging" / "icons"

PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
"""Sizes of the hicolor theme that desktops look up (apps/frise.png)."""
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
"""Windows picks among these for 100 % to 250 % scaling; 256 is the largest an ICO holds."""
ICNS_TYPES = (
    (b"ic11", 32),  # 16 pt @2x
    (b"ic12", 64),  # 32 pt @2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128 pt @2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256 pt @2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 pt @2x
)
"""PNG-holding icon types. The 16 and 32 px PNG types (icp4, icp5) are left out:
some macOS versions draw them wrongly; macOS scales the @2x images down instead."""


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.exit(f"make_icons: cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt wants str
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file: a directory of entries, then each image as a whole PNG file."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 stands for 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns(pngs: dict[bytes, bytes]) -> bytes:
    """An ICNS file: a table of contents, then one (type, length, PNG) block per image."""
    blocks = [(kind, png) for kind, png in pngs.items()]
    toc = b"".join(kind + struct.pack(">I", 8 + len(png)) for kind, png in blocks)
    body = b"TOC " + struct.pack(">I", 8 + len(toc)) + toc
    body += b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in blocks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (Qt needs one)
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(size) for size in sizes}
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        path = OUT / f"frise-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    (OUT / "frise.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (OUT / "frise.icns").write_bytes(icns({kind: pngs[size] for kind, size in ICNS_TYPES}))
    written += [OUT / "frise.ico", OUT / "frise.icns"]
    for path in written:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
