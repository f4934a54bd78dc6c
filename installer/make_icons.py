"""Render the app icon (a white wrench from resources/icons/fix.svg on a blue rounded square) into the files
the installers want: icons/syncdoctor.png (1024 px), .ico (Windows exe and Inno Setup) and .icns (macOS app).

    python installer/make_icons.py          # from the repo root, in a venv with PySide6

The .ico and .icns are written by hand (PNG entries in both formats) so no Qt image plugin is needed and the
output is the same on every OS. syncdoctor.spec runs this when the files are missing.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPainterPath
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE.parent / "resources" / "icons" / "fix.svg"
OUT = HERE / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types whose payload may be a PNG (macOS 10.7+), by pixel size.
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.06
    box = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    gradient = QLinearGradient(box.topLeft(), box.bottomRight())
    gradient.setColorAt(0.0, QColor("#3b82f6"))
    gradient.setColorAt(1.0, QColor("#1d4ed8"))
    path = QPainterPath()
    path.addRoundedRect(box, size * 0.2, size * 0.2)
    painter.fillPath(path, gradient)
    svg = SVG.read_text(encoding="utf-8").replace("currentColor", "#ffffff")
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    inner = size * 0.15
    renderer.render(painter, QRectF(inner, inner, size - 2 * inner, size - 2 * inner))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, blob in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    OUT.mkdir(exist_ok=True)
    sizes = sorted(set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: png_bytes(render(size)) for size in sizes}
    (OUT / "syncdoctor.png").write_bytes(pngs[1024])
    (OUT / "syncdoctor.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (OUT / "syncdoctor.icns").write_bytes(icns(pngs))
    print(f"wrote {', '.join(p.name for p in sorted(OUT.glob('syncdoctor.*')))} in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
