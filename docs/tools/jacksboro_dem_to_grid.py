#!/usr/bin/env python3
"""Converts matplotlib's sample elevation grid jacksboro_fault_dem.npz into the lab's terrain file.

Input: usr/share/matplotlib/mpl-data/sample_data/jacksboro_fault_dem.npz from Debian's python-matplotlib-data
(`apt-get download python-matplotlib-data`, `dpkg-deb -x`). It holds `elevation` (344 rows x 403 columns of
int16 metres, row 0 the northern edge: the file's ymin is its first row's latitude) and the outer edges of the
grid in degrees (xmax - xmin = 403 dx: each height is the value of a 3-second cell, xmin the cell's western edge).
The header below gives the centre of the south-western cell instead, where its height is.

Output (gzip, mtime 0, so the file is byte-for-byte reproducible): the text header line
  DEM1 <columns> <rows> <west lon> <south lat> <dlon> <dlat>\n
then the heights as big-endian int16, row by row from the SOUTHERN row up (the lab's Grid2D layout: y grows
with the row index), west to east within a row.

Usage: jacksboro_dem_to_grid.py IN.npz OUT.dem.gz
"""
import gzip
import sys

import numpy as np


def main(source, target):
    data = np.load(source)
    heights = data["elevation"].astype(">i2")
    rows, columns = heights.shape
    north_first = float(data["ymin"]) > float(data["ymax"])
    south = min(float(data["ymin"]), float(data["ymax"]))
    if north_first:
        heights = heights[::-1, :]
    dx, dy = float(data["dx"]), float(data["dy"])
    header = "DEM1 %d %d %.10f %.10f %.12f %.12f\n" % (
        columns, rows, float(data["xmin"]) + dx / 2, south + dy / 2, dx, dy)
    with open(target, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as out:
            out.write(header.encode("ascii"))
            out.write(np.ascontiguousarray(heights).tobytes())
    print("%d x %d, %d..%d m -> %s" % (columns, rows, heights.min(), heights.max(), target))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.stderr.write("usage: jacksboro_dem_to_grid.py IN.npz OUT.dem.gz\n")
        sys.exit(2)
    main(sys.argv[1], sys.argv[2])
