#!/bin/sh
# Renders icons/src/<Class>.svg into the images the generated item providers load:
# icons/full/obj16/<Class>.gif (16x16, for trees) and icons/full/obj32/<Class>.png (32x32, for diagrams and palettes).
# Needs rsvg-convert (librsvg2-bin) and ImageMagick. Run after changing an SVG; commit the sources and the results.
set -eu
cd "$(dirname "$0")"
mkdir -p full/obj16 full/obj32
for svg in src/*.svg; do
    name=$(basename "$svg" .svg)
    rsvg-convert -w 32 -h 32 "$svg" -o "full/obj32/$name.png"
    # GIF has 1-bit transparency: render at 16 px, keep pixels at least half opaque
    rsvg-convert -w 16 -h 16 "$svg" | convert png:- -channel A -threshold 50% +channel -strip "full/obj16/$name.gif"
done
# -strip and a fixed PNG time stamp keep re-renders byte-identical
for png in full/obj32/*.png; do
    convert "$png" -strip -define png:exclude-chunks=date,time "$png"
done
