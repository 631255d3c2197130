#!/usr/bin/env python3
"""The departures chart's reference: the same moves, read from the same SQLite file, scattered by
matplotlib (Agg) as person lane by date into a PNG. The benchmark times it next to
`talentflow --export-chart OUT.png --view departures`.

    departures_matplotlib.py DATABASE OUT.png [WIDTHxHEIGHT]

The departures view draws every kind of move, whatever way it takes a person (models/MovementKind,
TimelineRepository::departures); this script plots every one of them, where the view keeps the
busiest lanes of a large file. A date is placed in the middle of its period, as the chart places
it, and a move no article dates goes to a band after the last date.
"""

import sqlite3
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after the backend is chosen)
import numpy as np  # noqa: E402

# Every key of models/MovementKind's table, in its order: the view draws them all.
KINDS = ("joined", "left", "fired", "founded", "sabbatical", "role_change", "ousted", "reinstated")

# Julian day of 1970-01-01, matplotlib's date origin.
UNIX_EPOCH_JULIAN_DAY = 2440587.5

# The middle of each date's period, in Julian days; NULL for a move no article dates.
MOVES = """
SELECT person_id, kind,
       CASE length(date)
           WHEN 10 THEN julianday(date) + 0.5
           WHEN 7 THEN (julianday(date || '-01') + julianday(date || '-01', '+1 month')) / 2
           WHEN 4 THEN (julianday(date || '-01-01') + julianday(date || '-01-01', '+1 year')) / 2
       END
FROM movement WHERE kind IN ({})
""".format(", ".join("?" * len(KINDS)))


def main(argv):
    if len(argv) not in (3, 4):
        sys.stderr.write(__doc__)
        return 2
    database, out = argv[1], argv[2]
    width, height = (int(n) for n in (argv[3] if len(argv) == 4 else "1600x900").lower().split("x"))

    # Read-only, so the benchmark's file is never changed by its reference.
    connection = sqlite3.connect("file:{}?mode=ro".format(database), uri=True)
    rows = connection.execute(MOVES, KINDS).fetchall()
    connection.close()
    if not rows:
        sys.stderr.write("no moves in {}\n".format(database))
        return 1

    people, kinds, days = zip(*rows)
    _, lanes = np.unique(np.array(people, dtype=np.int64), return_inverse=True)
    kind_index = {kind: i for i, kind in enumerate(KINDS)}
    colours = np.array([kind_index[kind] for kind in kinds])
    x = np.array([np.nan if day is None else day - UNIX_EPOCH_JULIAN_DAY for day in days])
    undated = np.isnan(x)
    # The undated band: a year after the last dated move.
    x[undated] = (np.nanmax(x) if not undated.all() else 0.0) + 365.0

    dpi = 100
    figure = plt.figure(figsize=(width / dpi, height / dpi), dpi=dpi)
    axes = figure.add_subplot()
    axes.scatter(x, lanes, c=colours, cmap="tab10", vmin=0, vmax=9, s=2, linewidths=0)
    axes.xaxis_date()
    axes.set_xlabel("date (undated moves in the band at the right)")
    axes.set_ylabel("person")
    axes.set_title("Departures: {} moves of {} people".format(len(rows), lanes.max() + 1))
    figure.savefig(out, format="png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
