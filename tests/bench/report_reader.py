#!/usr/bin/env python3
"""The report reader against polars, pandas and Python's csv module, in one run.

    cargo build --release -p tools --bin bench-report-reader
    python3 tests/bench/report_reader.py [--bytes 1000000000] [--runs 3] [--keep]

Generates a CUSTOM_REPORT-like TSV of about --bytes bytes (15 columns: dates, ids, names,
enums, impressions, clicks, CTR, money, conversions; the API's layout with its title and
`Total rows: N`) with the bench binary, then reads it --runs times with each reader, each run
in a process of its own, the readers taking turns (so that they share the machine's state):

- `rust-typed`: `ReportReader`, every cell typed by the schema (money exact, dates, ...), one
  reader thread per core (the default);
- `rust-typed-1`: the same on one thread (`ReadOptions::threads` 1);
- `polars`: `polars.read_csv(separator='\t')` into a DataFrame (`n_rows` = the report's rows,
  `--` as null), its default threads;
- `polars-1`: the same with `POLARS_MAX_THREADS=1`;
- `pandas`: `pandas.read_csv(sep='\\t')` into a DataFrame (`nrows` = the report's rows, `--`
  as NaN);
- `python-csv`: `csv.reader(delimiter='\\t')`, every row as a list of strings (untyped).

Prints, per reader, the median and the range of throughput (MB/s of the file) and peak RSS
(the child's `ru_maxrss`), and the per-run ratios of wall time against polars (default threads
and one thread), pandas and csv. polars and pandas are installed into a throwaway virtual
environment under /tmp; they are never dependencies of the crates. The generated file is
deleted at the end unless --keep.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VENV = "/tmp/ydirect-bench-venv"

PANDAS = r"""
import sys, pandas
rows = int(sys.argv[2])
frame = pandas.read_csv(sys.argv[1], sep='\t', skiprows=1, nrows=rows, na_values=['--'])
assert len(frame) == rows, len(frame)
print(int(frame['Clicks'].sum()))
"""

POLARS = r"""
import sys, polars
rows = int(sys.argv[2])
frame = polars.read_csv(sys.argv[1], separator='\t', skip_rows=1, n_rows=rows,
                        null_values=['--'], quote_char=None)
assert frame.height == rows, frame.height
print(int(frame['Clicks'].sum()))
"""

PYTHON_CSV = r"""
import csv, sys
rows = 0
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    for row in csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
        rows += 1
print(rows)
"""


def venv_python():
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    probe = subprocess.run([python, "-c", "import pandas, polars"], capture_output=True)
    if probe.returncode != 0:
        subprocess.run([python, "-m", "pip", "install", "--quiet", "pandas", "polars"], check=True)
    return python


def measure(command):
    """Runs `command` under /usr/bin/time; returns (wall seconds, CPU seconds, peak RSS in
    bytes, stdout). /usr/bin/time forks the reader from its own small process: the peak RSS
    (`%M`) is the reader's own, not that of this Python process that a forked child would
    start with."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as times:
        started = time.perf_counter()
        done = subprocess.run(
            ["/usr/bin/time", "-f", "%U %S %M", "-o", times.name, *command],
            capture_output=True,
        )
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(f"{command[0]} failed: {done.stderr.decode(errors='replace')}")
        user, system, kib = times.read().split()[-3:]
    return seconds, float(user) + float(system), int(kib) * 1024, done.stdout.decode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bytes", type=int, default=1_000_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--file", default="/tmp/ydirect-report-bench.tsv")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()

    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    binary = os.path.join(target, "release", "bench-report-reader")
    if not os.path.exists(binary):
        raise SystemExit(
            f"{binary} is missing: cargo build --release -p tools --bin bench-report-reader"
        )
    python = venv_python()
    versions = subprocess.run(
        [python, "-c", "import pandas, polars, sys; "
         "print(pandas.__version__, polars.__version__, sys.version.split()[0])"],
        capture_output=True, text=True, check=True,
    ).stdout.split()

    generated = json.loads(subprocess.run(
        [binary, "generate", args.file, str(args.bytes)], capture_output=True, text=True, check=True
    ).stdout)
    rows, size = generated["rows"], generated["bytes"]
    print(
        f"file: {size / 1e6:.0f} MB, {rows} rows, 15 columns; pandas {versions[0]}, "
        f"polars {versions[1]}, Python {versions[2]}; {os.cpu_count()} cores; "
        f"load {os.getloadavg()[0]:.2f}"
    )

    readers = {
        "rust-typed": [binary, "read", args.file],
        "rust-typed-1": [binary, "read", args.file, "1"],
        "polars": [python, "-c", POLARS, args.file, str(rows)],
        "polars-1": ["env", "POLARS_MAX_THREADS=1", python, "-c", POLARS, args.file, str(rows)],
        "pandas": [python, "-c", PANDAS, args.file, str(rows)],
        "python-csv": [python, "-c", PYTHON_CSV, args.file],
    }
    results = {name: [] for name in readers}
    try:
        for run in range(args.runs):
            for name, command in readers.items():
                seconds, cpu, rss, out = measure(command)
                if name.startswith("rust-typed"):
                    figures = json.loads(out)
                    assert figures["rows"] == rows, figures
                elif name == "python-csv":
                    assert int(out) == rows + 3, out  # title, header, summary
                results[name].append((size / 1e6 / seconds, rss, size / 1e6 / cpu))
                print(
                    f"run {run + 1} {name:12} {size / 1e6 / seconds:8.1f} MB/s  "
                    f"{size / 1e6 / cpu:8.1f} MB/CPU-s  {rss / 2**20:8.1f} MiB",
                    flush=True,
                )
    finally:
        if not args.keep:
            os.remove(args.file)

    print()
    print(
        f"| reader | throughput, MB/s (median, range of {args.runs}) "
        "| MB per CPU-second (median, range) | peak RSS, MiB (median, range) |"
    )
    print("|---|---|---|---|")
    medians = {}
    for name, runs in results.items():
        speeds = [s for s, _, _ in runs]
        cpus = [c for _, _, c in runs]
        rsses = [r / 2**20 for _, r, _ in runs]
        medians[name] = (statistics.median(speeds), statistics.median(rsses), statistics.median(cpus))
        print(
            f"| {name} | {medians[name][0]:.0f} ({min(speeds):.0f}-{max(speeds):.0f}) "
            f"| {medians[name][2]:.0f} ({min(cpus):.0f}-{max(cpus):.0f}) "
            f"| {medians[name][1]:.1f} ({min(rsses):.1f}-{max(rsses):.1f}) |"
        )
    for ours, other in [
        ("rust-typed", "polars"),
        ("rust-typed-1", "polars-1"),
        ("rust-typed", "pandas"),
        ("rust-typed", "python-csv"),
    ]:
        mine, them = medians[ours], medians[other]
        ratios = [r[0] / t[0] for r, t in zip(results[ours], results[other])]
        print(
            f"{ours} vs {other}: {statistics.median(ratios):.2f}x the throughput, median of "
            f"per-run ratios ({', '.join(f'{r:.2f}' for r in ratios)}); "
            f"{mine[2] / them[2]:.2f}x per CPU-second, {mine[1] / them[1]:.3f}x the peak RSS"
        )
    print(f"load at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
