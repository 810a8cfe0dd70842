#!/usr/bin/env python3
"""Fuzzer for what the program reads from outside: JSON imports and damaged .cchc files.

    fuzz.py --app build/app/cchc-inspector N

Half of the N inputs are mutated JSON exports imported into a copy of the demo file; the
other half are damaged copies of the demo file (header fields, flipped bits, zeroed pages,
truncation) run through check, list, export-json, report and import-json. Counted: crashes
and hangs; files changed by a refused command (or by any command that only reads); files
left beside the document; a file `check` passes but `list` or `export-json` cannot read.
Exit code 0 when every count is zero."""
import argparse
import json
import os
import random
import shutil
import struct

from common import (Tally, crashed, first_round, fresh_copy, left_behind, make_base, run,
                    run_trials, work_folder)

HOSTILE_TEXT = ["\ufffe", "\uffff", "\u0000", "a\u0000b", "\ud7ff\ue000", "\u202e", "x" * 100000,
                "Đ" * 5000, "", " ", "\n\n", "'; DROP TABLE units; --", "%1 %2", "\u0301a"]


def mutate_value(value):
    choice = random.random()
    if choice < 0.25:
        return random.choice(HOSTILE_TEXT)
    if choice < 0.45:
        return random.choice([None, True, -1, 0, 2**63, 1e308, -0.5, [], {}, "2022-13-45",
                              "not-a-uuid", "met2"])
    if isinstance(value, str) and value:
        position = random.randrange(len(value))
        return value[:position] + random.choice(HOSTILE_TEXT[:6]) + value[position + 1:]
    return value


def mutate_tree(node, rate):
    """Changes some leaves (and drops or duplicates some entries) of a JSON tree."""
    if isinstance(node, dict):
        for key in list(node):
            if random.random() < rate / 4:
                del node[key]
            elif isinstance(node[key], (dict, list)):
                mutate_tree(node[key], rate)
            elif random.random() < rate:
                node[key] = mutate_value(node[key])
    elif isinstance(node, list):
        for index in range(len(node)):
            if isinstance(node[index], (dict, list)):
                mutate_tree(node[index], rate)
        if node and random.random() < rate:
            node.append(json.loads(json.dumps(random.choice(node))))


def mutate_json(text):
    if random.random() < 0.7:
        tree = json.loads(text)
        mutate_tree(tree, random.choice([0.001, 0.01, 0.05]))
        return json.dumps(tree, ensure_ascii=random.random() < 0.5).encode("utf-8")
    data = bytearray(text.encode("utf-8"))
    for _ in range(random.randint(1, 8)):
        operation = random.random()
        position = random.randrange(len(data))
        if operation < 0.4:
            data[position] ^= 1 << random.randrange(8)
        elif operation < 0.7:
            del data[position:position + random.randint(1, 64)]
        else:
            data[position:position] = random.choice([b"\x00", b"\xff\xfe", b"{", b"]", b"\\u0000",
                                                     b"\\ud800", b'"', b"1e999"])
    if random.random() < 0.2:
        data = data[:random.randrange(len(data))]
    return bytes(data)


def json_trial(args, base, reference, folder, trial, tally):
    path = fresh_copy(base, folder)
    json_path = os.path.join(folder, "in.json")
    with open(json_path, "wb") as stream:
        stream.write(mutate_json(reference))
    before = open(path, "rb").read()
    rc, _, err = run([args.app, "--lang", "en", "import-json", json_path, path], timeout=args.timeout)
    label = f"json trial {trial}"
    if crashed(rc):
        shutil.copy(json_path, os.path.join(args.keep, f"crash-{trial}.json"))
        tally.add("crashes", f"{label}: rc={rc} {err.strip()[:200]}")
        return
    if rc != 0 and open(path, "rb").read() != before:
        tally.add("files changed", f"{label}: a refused import changed the file")
    if rc == 0:
        check, _, err = run([args.app, "--lang", "en", "check", path], timeout=args.timeout)
        if check != 0:
            shutil.copy(json_path, os.path.join(args.keep, f"unsound-{trial}.json"))
            tally.add("files changed", f"{label}: an accepted import left a file check faults: {err.strip()[:200]}")
    extra = left_behind(folder, ["f.cchc", "in.json"])
    if extra:
        tally.add("files left behind", f"{label}: {extra}")


def damage(data, page_size=4096):
    data = bytearray(data)
    operation = random.random()
    if operation < 0.3:
        # A header field: user_version, application_id, schema cookie, page size, counters.
        offset = random.choice([60, 68, 40, 16, 24, 28, 44, 48, 52, 56, 92, 96])
        width = 2 if offset == 16 else 4
        value = random.choice([0, 1, 2, 3, 4, -1, -2, 2**31 - 1, random.randrange(2**32)])
        data[offset:offset + width] = struct.pack(">I", value & 0xFFFFFFFF)[-width:]
    elif operation < 0.7:
        # Flipped bits, mostly in the first pages (the schema lives there).
        for _ in range(random.randint(1, 8)):
            limit = page_size * 4 if random.random() < 0.7 else len(data)
            position = random.randrange(100, min(limit, len(data)))
            data[position] ^= 1 << random.randrange(8)
    elif operation < 0.85:
        page = random.randrange(1, len(data) // page_size)
        data[page * page_size:(page + 1) * page_size] = bytes(page_size)
    else:
        data = data[:random.randrange(0, len(data))]
    return bytes(data)


def cchc_trial(args, base, round_id, small_json, folder, trial, tally):
    path = fresh_copy(base, folder)
    with open(base, "rb") as stream:
        damaged = damage(stream.read())
    with open(path, "wb") as stream:
        stream.write(damaged)
    label = f"cchc trial {trial}"
    keep = ["f.cchc"]
    results = {}
    commands = {
        "check": ["check", path],
        "list": ["list", path],
        "export-json": ["export-json", path, "-o", os.path.join(folder, "x.json")],
        "report": ["report", path, "--round", round_id, "--kind", "notice", "-o",
                   os.path.join(folder, "x.pdf")],
        "import-json": ["import-json", small_json, path],
    }
    for name, arguments in commands.items():
        before = open(path, "rb").read()
        rc, _, err = run([args.app, "--lang", "en"] + arguments, timeout=args.timeout)
        results[name] = (rc, err.strip())
        if crashed(rc):
            with open(os.path.join(args.keep, f"crash-{trial}-{name}.cchc"), "wb") as stream:
                stream.write(damaged)
            tally.add("crashes", f"{label} {name}: rc={rc} {err.strip()[:200]}")
            return
        if (rc != 0 or name != "import-json") and open(path, "rb").read() != before:
            with open(os.path.join(args.keep, f"changed-{trial}-{name}.cchc"), "wb") as stream:
                stream.write(damaged)
            tally.add("files changed", f"{label} {name} rc={rc} changed the file")
        if rc == 0 and name == "export-json":
            keep.append("x.json")
        if rc == 0 and name == "report":
            keep.append("x.pdf")
    extra = left_behind(folder, keep)
    if extra:
        tally.add("files left behind", f"{label}: {extra}")
    if results["check"][0] == 0 and (results["list"][0] != 0 or results["export-json"][0] != 0):
        with open(os.path.join(args.keep, f"checkpasses-{trial}.cchc"), "wb") as stream:
            stream.write(damaged)
        tally.add("check passes what list cannot read",
                  f"{label}: {results['list'][1][:200]} {results['export-json'][1][:200]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", type=int)
    parser.add_argument("--app", required=True)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--only", choices=["json", "cchc"], default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(2**31)
    random.seed(seed)
    root = work_folder("cchc-fuzz-")
    args.keep = os.path.join(root, "found")
    os.makedirs(args.keep)
    base = make_base(args.app, root)
    round_id = first_round(base)
    reference_path = os.path.join(root, "reference.json")
    run([args.app, "export-json", base, "-o", reference_path])
    reference = open(reference_path, encoding="utf-8").read()
    small_json = os.path.join(root, "small.json")
    run([args.app, "export-json", base, "--round", round_id, "-o", small_json])
    tally = Tally()

    def trial(n):
        folder = os.path.join(root, "w")
        if (args.only or ("json" if n % 2 else "cchc")) == "json":
            json_trial(args, base, reference, folder, n, tally)
        else:
            cchc_trial(args, base, round_id, small_json, folder, n, tally)

    run_trials(args.inputs, trial, tally,
               f"fuzzer, seed {seed}, work folder {root}, failing inputs kept in {args.keep}", root)


if __name__ == "__main__":
    main()
