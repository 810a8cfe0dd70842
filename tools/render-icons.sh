#!/usr/bin/env bash
# Renders the application icon from resources/icons/cchc-inspector.svg into the committed
# PNG sizes (Linux hicolor theme, Qt window icon) and the Windows .ico. Run it after
# editing the SVG, then commit the results. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
icons=resources/icons
sizes=(16 24 32 48 64 128 256)
pngs=()
for size in "${sizes[@]}"; do
  png="$icons/png/cchc-inspector-$size.png"
  rsvg-convert --width "$size" --height "$size" "$icons/cchc-inspector.svg" --output "$png"
  pngs+=("$png")
done
python3 tools/make_ico.py "$icons/cchc-inspector.ico" "${pngs[@]}"
echo "Rendered ${#sizes[@]} PNG sizes and $icons/cchc-inspector.ico"
