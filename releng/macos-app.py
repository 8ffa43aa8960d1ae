#!/usr/bin/env python3
"""Makes the installed macOS product an application bundle.

Tycho installs the product into `STIC Workbench.app/Contents/Eclipse` (p2's layout for macOS); a bundle also needs
`Contents/Info.plist`, its executable in `Contents/MacOS` (our start script: no native Eclipse launcher exists on
Maven Central) and its icon in `Contents/Resources`. Run by releng/org.stic.repository between materialising the
products and archiving them.

Usage: macos-app.py APP_DIR ARCH VERSION START_SCRIPT ICON_SVG ICON_PNG...
  APP_DIR       .../macosx/cocoa/<arch>/STIC Workbench.app (holding Contents/Eclipse)
  ARCH          aarch64 or x86_64
  VERSION       the product's version, e.g. 0.1.0.202612071900
  START_SCRIPT  features/org.stic.feature/rootfiles/stic
  ICON_SVG      the icon's source; rendered at 256, 512 and 1024 px when rsvg-convert is installed
  ICON_PNG      committed renderings of the same icon (16, 32, 128 px), used as they are

The icon is written as an .icns file of PNG images (the format macOS 10.7 and later read); see README "Products".
"""
import os
import plistlib
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

NAME = "STIC Workbench"
EXECUTABLE = "stic"
ICON = "stic.icns"
# .icns element types holding PNG data, by pixel size (Apple's icns format; 'ic11'..'ic14' are @2x aliases).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def fail(msg):
    sys.exit(f"macos-app: {msg}")


def png_size(data, source):
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        fail(f"{source}: not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    if width != height or width not in ICNS_TYPES:
        fail(f"{source}: {width}x{height} px; an icns image is square, one of {sorted(ICNS_TYPES)} px")
    return width


def icns(pngs):
    """The .icns file holding these PNG images (bytes by size), smallest first."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(data)) + data for size, data in sorted(pngs.items()))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def icon_images(svg, pngs):
    images = {}
    for png in pngs:
        data = Path(png).read_bytes()
        images[png_size(data, png)] = data
    rsvg = shutil.which("rsvg-convert")
    if rsvg:
        with tempfile.TemporaryDirectory() as tmp:
            for size in (256, 512, 1024):
                out = Path(tmp) / f"{size}.png"
                subprocess.run([rsvg, "-w", str(size), "-h", str(size), "-o", str(out), svg], check=True)
                data = out.read_bytes()
                images[png_size(data, out)] = data
    else:
        print("macos-app: rsvg-convert not found (Debian: librsvg2-bin): the icon has only its committed sizes")
    return images


def info_plist(arch, version):
    short = ".".join(version.split(".")[:3])
    return {
        "CFBundleDevelopmentRegion": "en",
        "CFBundleDisplayName": NAME,
        "CFBundleExecutable": EXECUTABLE,
        "CFBundleIconFile": ICON,
        "CFBundleIdentifier": "org.stic.workbench",
        "CFBundleInfoDictionaryVersion": "6.0",
        "CFBundleLocalizations": ["en", "ru"],
        "CFBundleName": NAME,
        "CFBundlePackageType": "APPL",
        "CFBundleShortVersionString": short,
        "CFBundleVersion": version,
        # The start script runs a Java of this architecture; the other one cannot load this bundle's SWT.
        "LSArchitecturePriority": ["arm64" if arch == "aarch64" else "x86_64"],
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSSupportsAutomaticGraphicsSwitching": True,
    }


def main(argv):
    if len(argv) < 6:
        fail(__doc__.split("\n\n")[2])
    app, arch, version, script, svg, *pngs = argv[1:]
    app = Path(app)
    contents = app / "Contents"
    if not (contents / "Eclipse" / "plugins").is_dir():
        fail(f"{contents / 'Eclipse'}: no installed product (plugins folder missing)")
    if arch not in ("aarch64", "x86_64"):
        fail(f"unknown architecture {arch}")
    with open(contents / "Info.plist", "wb") as f:
        plistlib.dump(info_plist(arch, version), f, sort_keys=True)
    macos = contents / "MacOS"
    macos.mkdir(exist_ok=True)
    shutil.copyfile(script, macos / EXECUTABLE)
    os.chmod(macos / EXECUTABLE, 0o755)
    resources = contents / "Resources"
    resources.mkdir(exist_ok=True)
    images = icon_images(svg, pngs)
    (resources / ICON).write_bytes(icns(images))
    (contents / "PkgInfo").write_bytes(b"APPL????")
    print(f"macos-app: {app} ({arch}): Info.plist, MacOS/{EXECUTABLE}, Resources/{ICON} ({sorted(images)} px)")


if __name__ == "__main__":
    main(sys.argv)
