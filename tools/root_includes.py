#!/usr/bin/env python3
"""Rewrite the project's quoted includes to paths rooted at the top of the tree.

  root_includes.py [ROOT]            rewrite in place, print each file changed
  root_includes.py [ROOT] --check    change nothing; exit 1 if any include is not rooted
  root_includes.py [ROOT] --dry-run  print what would change, file by file

Before: `#include "report/ReportStore.h"` means core/report/ReportStore.h in one file and
could mean ui/report/… in another, depending on which include directory the compiler
tries first. After: `#include "core/report/ReportStore.h"`, the same file from anywhere.

Each include is resolved as the compiler resolves it today, so the rewrite never changes
which file is included: first the including file's own folder (the quoted form), then the
include directories of the target the file belongs to, in the order CMake gives them (see
SEARCH_ORDER; checked against build/build.ninja). An include that resolves to no file of
the project (a Qt header, a generated file, "foo.moc") is left alone. Running it twice
changes nothing the second time: a rooted include resolves to itself through ROOT, which
every target has on its include path (core/CMakeLists.txt).

Headers that only forward to a moved header (their second line starts "// Moved:") are
replaced by what they include, then removed with their line in core/CMakeLists.txt.
"""
import argparse
import pathlib
import re
import sys

# The include directories of each top-level folder's targets, in compiler order, relative
# to the project root ("" is the root). From the INCLUDES of build/build.ninja:
#   core: cchc_core; ui: cchc_ui; app: cchc-inspector; bench/tests: their executables.
SEARCH_ORDER = {
    "core": ["core"],
    "ui": ["", "ui", "core"],
    "app": ["core", "", "resources"],
    "bench": ["bench", "core", ""],
    "tests": ["tests", "core", ""],
    "resources": ["resources"],
}
SOURCE_SUFFIXES = {".h", ".hpp", ".cpp", ".cc"}
INCLUDE = re.compile(r'^(\s*#\s*include\s*)"([^"]+)"(.*)$')


def resolve(root, source, name):
    """The project file `#include "name"` in `source` means today, or None."""
    folder = source.relative_to(root).parts[0]
    candidates = [source.parent / name]
    candidates += [root / directory / name for directory in SEARCH_ORDER.get(folder, [])]
    candidates.append(root / name)  # already rooted
    for candidate in candidates:
        if candidate.is_file():
            resolved = candidate.resolve()
            try:
                return resolved.relative_to(root.resolve())
            except ValueError:
                return None  # outside the project
    return None


def forwarded(root, header):
    """The rooted includes a forwarding header stands for, or None if it is a real header."""
    path = root / header
    lines = path.read_text(encoding="utf-8").splitlines()
    if len(lines) < 2 or not lines[1].startswith("// Moved:"):
        return None
    targets = []
    for line in lines:
        match = INCLUDE.match(line)
        if match:
            target = resolve(root, path, match.group(2))
            targets.append(target.as_posix() if target else match.group(2))
    return targets


def rewrite(root, source):
    """The file's text with rooted includes, and the list of (old, new) changes."""
    text = source.read_bytes().decode("utf-8")  # keeps CRLF line ends as they are
    changes = []
    lines = text.splitlines(keepends=True)
    for index, line in enumerate(lines):
        match = INCLUDE.match(line.rstrip("\r\n"))
        if not match:
            continue
        name = match.group(2)
        target = resolve(root, source, name)
        if target is None:
            continue
        rooted = [target.as_posix()]
        if source.resolve() != (root / target).resolve():
            rooted = forwarded(root, target) or rooted
        if rooted == [name]:
            continue
        ending = line[len(line.rstrip("\r\n")):]
        lines[index] = "".join(f'{match.group(1)}"{r}"{match.group(3)}{ending}' for r in rooted)
        changes.append((name, ", ".join(rooted)))
    return "".join(lines), changes


def sources(root):
    for folder in SEARCH_ORDER:
        base = root / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if path.suffix in SOURCE_SUFFIXES and path.is_file():
                yield path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", default=pathlib.Path(__file__).resolve().parents[1],
                        type=pathlib.Path, help="the project root (default: this tree)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="report, change nothing, exit 1")
    mode.add_argument("--dry-run", action="store_true", help="print the changes only")
    args = parser.parse_args()
    root = args.root.resolve()
    # Every file is resolved before any is written, so the result does not depend on order.
    planned = []
    for source in sources(root):
        text, changes = rewrite(root, source)
        if changes:
            planned.append((source, text, changes))
    forwarders = [s for s in sources(root) if forwarded(root, s.relative_to(root))]
    for source, text, changes in planned:
        relative = source.relative_to(root).as_posix()
        if args.check or args.dry_run:
            for old, new in changes:
                print(f'{relative}: "{old}" -> "{new}"')
        elif source not in forwarders:
            source.write_bytes(text.encode("utf-8"))
            print(f"{relative}: {len(changes)} include(s) rooted")
    if forwarders and not args.check and not args.dry_run:
        remove_forwarders(root, forwarders)
    if args.check and (planned or forwarders):
        return 1
    return 0


def remove_forwarders(root, forwarders):
    """Deletes the forwarding headers and their entries in the CMake source lists."""
    names = {f.relative_to(root).as_posix() for f in forwarders}
    for cmake in root.glob("*/CMakeLists.txt"):
        folder = cmake.parent.relative_to(root).as_posix()
        text = cmake.read_text(encoding="utf-8")
        kept = []
        for line in text.splitlines(keepends=True):
            words = line.split("#")[0].split()
            listed = {f"{folder}/{w}" for w in words}
            if words and listed <= names:
                continue  # a line that lists only forwarders
            for word in words:
                if f"{folder}/{word}" in names:
                    line = line.replace(" " + word, "", 1).replace(word + " ", "", 1)
            kept.append(line)
        if kept != text.splitlines(keepends=True):
            cmake.write_text("".join(kept), encoding="utf-8")
    for forwarder in forwarders:
        forwarder.unlink()
        print(f"{forwarder.relative_to(root).as_posix()}: removed (it only forwarded)")


if __name__ == "__main__":
    sys.exit(main())
