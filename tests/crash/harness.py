#!/usr/bin/env python3
"""Crash harness: kill -9 at random points of an edit stream, a JSON import and the merge
of a work package, then
check that the file is sound, that every acknowledged edit is in it (and a transaction
all or nothing), that nothing but the file is left beside it once it has been opened and
closed again, and that the next read-write open is not locked out.

    harness.py --app build/app/cchc-inspector --driver build/tests/cchc-editdriver N

Exit code 0 when every count is zero. Figures are printed at the end."""
import argparse
from contextlib import closing
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import time

from common import (Tally, comparable_export, crashed, first_round, fresh_copy, left_behind,
                    make_base, run,
                    run_trials, work_folder)


def kill_after(args, delay, out_path):
    """Starts `args` with stdout into `out_path`, kills it with SIGKILL after `delay` s.
    Returns its exit code (-9 when it was killed)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    with open(out_path, "wb") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.DEVNULL, env=env)
        try:
            return process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            return process.wait()


def parse_stream(out_path):
    """The edits the driver tried and those it acknowledged: ({key: last acked n},
    in-flight (n, [keys]) or None)."""
    acked, tried = {}, {}
    last_try = None
    with open(out_path, encoding="utf-8", errors="replace") as stream:
        for line in stream:
            words = line.split()
            if len(words) >= 2 and words[0] == "try":
                n = int(words[1])
                keys, rest = [], words[2:]
                while rest:
                    if rest[0] == "a":
                        keys.append(("a", rest[1], rest[2]))
                        rest = rest[3:]
                    else:
                        keys.append(("u", rest[1]))
                        rest = rest[2:]
                tried[n] = keys
                last_try = n
            elif len(words) == 2 and words[0] == "ack":
                for key in tried[int(words[1])]:
                    acked[key] = int(words[1])
                if last_try == int(words[1]):
                    last_try = None
    in_flight = (last_try, tried[last_try]) if last_try is not None else None
    return acked, in_flight


EDIT = re.compile(r"^(?:unit-)?edit (\d+) s(\d+)")


def stored_edit(db, key, seed):
    """The edit number a cell holds (None: untouched by this stream)."""
    if key[0] == "a":
        row = db.execute("SELECT finding FROM assessments WHERE round_unit_id = ? AND criterion_id = ?",
                         key[1:]).fetchone()
    else:
        row = db.execute("SELECT notes FROM units WHERE id = ?", key[1:]).fetchone()
    match = EDIT.match(row[0]) if row and row[0] else None
    return int(match.group(1)) if match and int(match.group(2)) == seed else None


def verify_edits(path, seed, out_path, tally):
    acked, in_flight = parse_stream(out_path)
    flight_n, flight_keys = in_flight if in_flight else (None, [])
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        lost = 0
        for key, n in acked.items():
            value = stored_edit(db, key, seed)
            if value != n and not (key in flight_keys and value == flight_n):
                lost += 1
        if lost:
            tally.add("lost edits", f"seed {seed}: {lost} acknowledged edit(s) missing", lost)
        applied = [stored_edit(db, key, seed) == flight_n for key in flight_keys]
        if len(set(applied)) > 1:
            tally.add("lost edits", f"seed {seed}: transaction {flight_n} applied in part")
    return len(acked)


def after_kill(args, app, driver, path, tally, label):
    """What every trial checks once the writer is dead: a read-only check first (it must
    not call the file damaged), a read-write open that must not be locked out, and nothing
    left beside the file after that open is closed."""
    for side in ("-journal", "-wal", ".lock"):
        if os.path.exists(path + side):
            tally.saw(f"kills that left f.cchc{side}")
    if random.random() < 0.2:
        # A second kill, during the next open (recovery of the first).
        kill_after([driver, path, "0", "open"], random.uniform(0, 0.3), os.devnull)
        tally.saw("second kills during the next open")
    rc, out, err = run([app, "--lang", "en", "check", path])
    if rc != 0:
        tally.add("crashes" if crashed(rc) else "false alarms", f"{label}: check rc={rc} {err.strip()}")
    return rc == 0


def reopen(driver, path, tally, label):
    rc, out, _ = run([driver, path, "0", "open"])
    if rc == 3:
        tally.add("lock-outs", f"{label}: {out.strip()}")
    elif rc != 0:
        tally.add("crashes" if crashed(rc) else "false alarms", f"{label}: open rc={rc} {out.strip()}")
    extra = left_behind(os.path.dirname(path), [os.path.basename(path)])
    if extra:
        tally.add("files left behind", f"{label}: {extra}")


def edit_trial(args, base, folder, trial, tally):
    path = fresh_copy(base, folder)
    seed = random.randrange(1, 2**31)
    out_path = os.path.join(os.path.dirname(folder), "stream.txt")
    delay = random.choice([random.uniform(0, 0.15), random.uniform(0, args.max_delay)])
    rc = kill_after([args.driver, path, str(seed), "0"], delay, out_path)
    label = f"edits trial {trial} seed {seed} delay {delay:.3f}"
    if rc not in (-signal.SIGKILL, None) and crashed(rc):
        tally.add("crashes", f"{label}: driver rc={rc}")
    tally.saw("edit streams killed")
    if after_kill(args, args.app, args.driver, path, tally, label):
        tally.saw("cells holding an acknowledged edit, verified", verify_edits(path, seed, out_path, tally))
    reopen(args.driver, path, tally, label)


def check_all_or_nothing(args, path, folder, material, tally, label, what):
    """After a kill during one transaction (an import, a merge): the file must export exactly
    as before it or as after it, and open again."""
    if after_kill(args, args.app, args.driver, path, tally, label):
        exported = os.path.join(os.path.dirname(folder), "after.json")
        rc, _, err = run([args.app, "--lang", "en", "export-json", path, "-o", exported])
        if rc != 0:
            tally.add("false alarms", f"{label}: export rc={rc} {err.strip()}")
        elif comparable_export(exported) not in (material["before"], material["after"]):
            tally.add("lost edits", f"{label}: the file is neither before nor after the {what}")
    reopen(args.driver, path, tally, label)


def import_trial(args, base, folder, trial, material, tally):
    if random.random() < 0.5:
        new_file_import_trial(args, folder, trial, material, tally)
        return
    path = fresh_copy(base, folder)
    delay = random.uniform(0, material["duration"] * 1.2)
    label = f"import trial {trial} delay {delay:.3f}"
    rc = kill_after([args.app, "--lang", "en", "import-json", material["json"], path], delay, os.devnull)
    if rc != -signal.SIGKILL and crashed(rc):
        tally.add("crashes", f"{label}: import rc={rc}")
    tally.saw("imports killed" if rc == -signal.SIGKILL else "imports that finished before the kill")
    check_all_or_nothing(args, path, folder, material, tally, label, "import")


def new_file_import_trial(args, folder, trial, material, tally):
    """An import that creates its file, killed: the file must not exist, or exist complete;
    the next import to the same name must then succeed and leave nothing else behind."""
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    path = os.path.join(folder, "f.cchc")
    delay = random.uniform(0, material["duration"] * 1.2)
    label = f"new-file import trial {trial} delay {delay:.3f}"
    command = [args.app, "--lang", "en", "import-json", material["json"], path]
    rc = kill_after(command, delay, os.devnull)
    if rc != -signal.SIGKILL and crashed(rc):
        tally.add("crashes", f"{label}: import rc={rc}")
    killed = rc == -signal.SIGKILL
    tally.saw("new-file imports killed" if killed else "new-file imports that finished before the kill")
    if os.path.exists(path):
        check_all_or_nothing(args, path, folder, {"before": None, "after": material["new_file_after"]}, tally, label,
                             "import into a new file")
        return
    if not killed:
        tally.add("lost edits", f"{label}: the import finished but made no file")
        return
    rc, _, err = run(command)
    if rc != 0:
        tally.add("false alarms", f"{label}: the next import failed rc={rc} {err.strip()}")
        return
    tally.saw("new-file imports redone after the kill")
    check_all_or_nothing(args, path, folder, {"before": None, "after": material["new_file_after"]}, tally, label,
                         "import into a new file")


def merge_trial(args, folder, trial, material, tally):
    """A merge of a member's work package killed at a random point: the lead's file must be
    exactly as before the merge or as after it (one transaction)."""
    path = fresh_copy(material["lead"], folder)
    delay = random.uniform(0, material["duration"] * 1.2)
    label = f"merge trial {trial} delay {delay:.3f}"
    rc = kill_after([args.app, "--lang", "en", "merge", path, material["package"], "--theirs"],
                    delay, os.devnull)
    if rc != -signal.SIGKILL and crashed(rc):
        tally.add("crashes", f"{label}: merge rc={rc}")
    tally.saw("merges killed" if rc == -signal.SIGKILL else "merges that finished before the kill")
    check_all_or_nothing(args, path, folder, material, tally, label, "merge")


def merge_material(args, base, root):
    """A lead file that handed its round out, the member's package with many edits, and the
    lead's export before and after merging it, taken without any kill."""
    lead = fresh_copy(base, os.path.join(root, "merge-lead"), "lead.cchc")
    package = os.path.join(root, "package.cchc")
    rc, _, err = run([args.app, "split", lead, "--round", first_round(lead), "-o", package])
    if rc != 0:
        raise SystemExit(f"the reference split failed: {err}")
    run([args.driver, package, "11", "300"])
    run([args.driver, lead, "13", "100"])
    target = fresh_copy(lead, os.path.join(root, "merge-expected"))
    before = os.path.join(root, "merge-before.json")
    after = os.path.join(root, "merge-after.json")
    run([args.app, "export-json", target, "-o", before])
    started = time.monotonic()
    rc, _, err = run([args.app, "merge", target, package, "--theirs"])
    duration = time.monotonic() - started
    if rc != 0:
        raise SystemExit(f"the reference merge failed: {err}")
    run([args.app, "export-json", target, "-o", after])
    return {"lead": lead, "package": package, "duration": duration,
            "before": comparable_export(before), "after": comparable_export(after)}


def import_material(args, base, root):
    """A JSON whose import changes most of the base file, and the base file's export
    before and after it, taken without any kill."""
    source = fresh_copy(base, os.path.join(root, "material"), "source.cchc")
    run([args.driver, source, "7", "300"])
    json_path = os.path.join(root, "import.json")
    run([args.app, "export-json", source, "-o", json_path])
    target = fresh_copy(base, os.path.join(root, "expected"))
    before = os.path.join(root, "before.json")
    after = os.path.join(root, "after-import.json")
    run([args.app, "export-json", target, "-o", before])
    started = time.monotonic()
    rc, _, err = run([args.app, "import-json", json_path, target])
    duration = time.monotonic() - started
    if rc != 0:
        raise SystemExit(f"the reference import failed: {err}")
    run([args.app, "export-json", target, "-o", after])
    created = os.path.join(root, "expected", "created.cchc")
    rc, _, err = run([args.app, "import-json", json_path, created])
    if rc != 0:
        raise SystemExit(f"the reference import into a new file failed: {err}")
    created_export = os.path.join(root, "created.json")
    run([args.app, "export-json", created, "-o", created_export])
    return {"json": json_path, "duration": duration,
            "before": comparable_export(before), "after": comparable_export(after),
            "new_file_after": comparable_export(created_export)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trials", type=int)
    parser.add_argument("--app", required=True)
    parser.add_argument("--driver", required=True)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--max-delay", type=float, default=1.5)
    parser.add_argument("--import-share", type=float, default=0.3,
                        help="part of the trials that kill an import instead of an edit stream")
    parser.add_argument("--merge-share", type=float, default=0.2,
                        help="part of the trials that kill the merge of a work package")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(2**31)
    random.seed(seed)
    root = work_folder("cchc-crash-")
    base = make_base(args.app, root)
    material = import_material(args, base, root)
    merging = merge_material(args, base, root)
    tally = Tally()

    def trial(n):
        folder = os.path.join(root, "w")
        draw = random.random()
        if draw < args.merge_share:
            merge_trial(args, folder, n, merging, tally)
        elif draw < args.merge_share + args.import_share:
            import_trial(args, base, folder, n, material, tally)
        else:
            edit_trial(args, base, folder, n, tally)

    run_trials(args.trials, trial, tally, f"crash harness, seed {seed}, work folder {root}", root)


if __name__ == "__main__":
    main()
