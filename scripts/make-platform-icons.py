#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause
"""Writes resources/icons/coapscope.ico (Windows) and coapscope.icns (macOS) from the PNGs.

ImageMagick's convert writes the .ico (BMP images up to 48 px, as old Windows shells want, PNG
above) and turns the PNGs into 8-bit RGBA, which both formats expect (ours are 16-bit); the .icns
is assembled here, since ImageMagick 6 cannot write it and iconutil exists only on macOS. The
results are committed, like the PNGs, so that Windows and macOS builds need no tool to make them.
Run it again after re-rendering the PNGs from coapscope.svg.
"""
import pathlib
import struct
import subprocess

ICONS = pathlib.Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = [16, 24, 32, 48, 64, 128, 256]

# ICNS element types that hold PNG data, by pixel size; "@2x" types reuse the larger images.
ICNS_TYPES = [
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64),
    (b"ic07", 128), (b"ic08", 256), (b"ic13", 256),
]


def png(size):
    source = ICONS / f"coapscope-{size}.png"
    return subprocess.run(["convert", source, "-strip", "-depth", "8", "PNG32:-"],
                          check=True, capture_output=True).stdout


def write_ico(path):
    sources = [ICONS / f"coapscope-{size}.png" for size in SIZES]
    subprocess.run(["convert", *sources, "-strip", "-depth", "8", f"ICO:{path}"], check=True)


def write_icns(path):
    elements = b"".join(kind + struct.pack(">I", 8 + len(png(size))) + png(size)
                        for kind, size in ICNS_TYPES)
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(elements)) + elements)


if __name__ == "__main__":
    write_ico(ICONS / "coapscope.ico")
    write_icns(ICONS / "coapscope.icns")
    print(f"make-platform-icons: wrote {ICONS / 'coapscope.ico'} and {ICONS / 'coapscope.icns'}")
