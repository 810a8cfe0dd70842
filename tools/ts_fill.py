#!/usr/bin/env python3
"""Fill Qt Linguist .ts catalogues without the Linguist GUI.

  ts_fill.py FILE.ts --unfinished            list source texts still untranslated
  ts_fill.py FILE.ts --mapping MAP.json      fill translations from {"source": "translation"}
  ts_fill.py FILE.ts --mapping OTHER.ts      fill from another catalogue's finished entries
                                             (resolving a merge: keep both sides' work)
  ts_fill.py FILE.ts --copy-source           English catalogue: translation = source text

A numerus message (%n) takes a list of forms in the mapping (Vietnamese has one form,
English two). Run `cmake --build build --target update_translations` first, so lupdate
has added the new source texts; lupdate keeps whatever this script filled in.
"""
import argparse
import json
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def set_translation(message, value):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        forms = value if isinstance(value, list) else [value]
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value


def is_unfinished(message):
    translation = message.find("translation")
    return translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")


def finished_translations(root):
    found = {}
    for _, message in messages(root):
        translation = message.find("translation")
        if translation is None or is_unfinished(message):
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")]
        found[message.findtext("source")] = forms if forms else (translation.text or "")
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("ts")
    parser.add_argument("--mapping")
    parser.add_argument("--copy-source", action="store_true")
    parser.add_argument("--unfinished", action="store_true")
    args = parser.parse_args()

    tree = ET.parse(args.ts)
    root = tree.getroot()
    if args.unfinished:
        pending = [(ctx, m.findtext("source")) for ctx, m in messages(root) if is_unfinished(m)]
        for ctx, source in pending:
            print(json.dumps({"context": ctx, "source": source}, ensure_ascii=False))
        return 1 if pending else 0

    mapping = {}
    if args.mapping and args.mapping.endswith(".ts"):
        mapping = finished_translations(ET.parse(args.mapping).getroot())
    elif args.mapping:
        with open(args.mapping, encoding="utf-8") as f:
            mapping = json.load(f)
    filled = 0
    for _, message in messages(root):
        source = message.findtext("source")
        if args.copy_source and is_unfinished(message):
            numerus = message.get("numerus") == "yes"
            set_translation(message, [source, source] if numerus else source)
            filled += 1
        elif source in mapping and (is_unfinished(message) or not args.mapping.endswith(".ts")):
            set_translation(message, mapping[source])
            filled += 1
    ET.indent(tree, space="    ")
    with open(args.ts, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    print(f"{args.ts}: {filled} translation(s) set", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
