"""Shared pieces of the crash harness and the fuzzer (tests/crash/)."""
import json
from contextlib import closing
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

def run(args, timeout=120, **kwargs):
    """Runs a command; returns (returncode, stdout, stderr). A timeout counts as rc None."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    try:
        done = subprocess.run(args, capture_output=True, timeout=timeout, env=env, **kwargs)
        return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return None, "", "timeout"


def crashed(rc):
    """A process that died by a signal (or hung): anything but a normal exit code 0..6."""
    return rc is None or rc < 0 or rc > 6


def left_behind(folder, keep):
    """Files in `folder` other than those named in `keep`."""
    return sorted(set(os.listdir(folder)) - set(keep))


def comparable_export(path):
    """A JSON export without its time stamp: equal for equal file contents."""
    with open(path, encoding="utf-8") as stream:
        data = json.load(stream)
    data.pop("exportedAt", None)
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def first_round(path):
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return db.execute("SELECT id FROM rounds ORDER BY id LIMIT 1").fetchone()[0]


def make_base(app, folder):
    """The demo file, the material of every trial."""
    base = os.path.join(folder, "base.cchc")
    if not os.path.exists(base):
        rc, _, err = run([app, "--lang", "en", "demo", base])
        if rc != 0:
            raise SystemExit(f"cannot write the demo file: {err}")
    return base


def work_folder(prefix):
    return tempfile.mkdtemp(prefix=prefix)


def fresh_copy(base, folder, name="f.cchc"):
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    target = os.path.join(folder, name)
    shutil.copyfile(base, target)
    return target


class Tally:
    """Counts of each kind of failure, with the first few examples kept for the report."""

    KINDS = ("crashes", "lost edits", "files changed", "files left behind", "lock-outs",
             "false alarms", "check passes what list cannot read")

    def __init__(self):
        self.counts = {kind: 0 for kind in self.KINDS}
        self.examples = []
        self.trials = 0
        self.seen = {}  # what the trials covered, for the report: name -> count

    def saw(self, what, count=1):
        self.seen[what] = self.seen.get(what, 0) + count

    def add(self, kind, detail, count=1):
        self.counts[kind] += count
        if len(self.examples) < 20:
            self.examples.append(f"{kind}: {detail}")

    def report(self, title):
        lines = [f"{title}: {self.trials} trials"]
        lines += [f"  covered: {what}: {count}" for what, count in sorted(self.seen.items())]
        lines += [f"  {kind}: {count}" for kind, count in self.counts.items()]
        lines += [f"  example: {example}" for example in self.examples]
        print("\n".join(lines), flush=True)
        return all(count == 0 for count in self.counts.values())


def run_trials(count, trial, tally, title, root):
    """Runs trial(n) for n = 1 … count with progress every 100, prints the figures, removes
    the work folder `root` when every count is zero, and exits 0 then (1 otherwise)."""
    started = time.monotonic()
    for n in range(1, count + 1):
        trial(n)
        tally.trials += 1
        if n % 100 == 0:
            print(f"... {n} trials, {time.monotonic() - started:.0f} s", flush=True)
    ok = tally.report(f"{title} ({time.monotonic() - started:.0f} s)")
    if ok:
        shutil.rmtree(root, ignore_errors=True)
    sys.exit(0 if ok else 1)
