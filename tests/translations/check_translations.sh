#!/usr/bin/env bash
# Fails when a visible string has no Vietnamese or English translation: runs lupdate over
# the sources into copies of the catalogues, so a string added without updating the .ts
# files is caught too, not only an unfinished entry already in them.
set -euo pipefail
lupdate="$1"; source_dir="$2"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
status=0
for language in vi en; do
  cp "$source_dir/resources/translations/cchc_$language.ts" "$work/"
  # -I: the sources include headers from the project root ("core/…"); without it lupdate
  # cannot see their namespaces, which are the translation contexts.
  "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h,ui -I "$source_dir" \
    "$source_dir/core" "$source_dir/ui" "$source_dir/app" -ts "$work/cchc_$language.ts"
  if ! python3 "$source_dir/tools/ts_fill.py" "$work/cchc_$language.ts" --unfinished; then
    echo "cchc_$language.ts: the strings above have no translation" >&2
    status=1
  fi
done
exit $status
