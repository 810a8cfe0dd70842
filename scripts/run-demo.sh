#!/usr/bin/env bash
# Set-up command 1: install what is missing, build, write the demo file and open it.
# Without a display (a server, an SSH session) it says so and does the main job headless:
# the demo file's summary, and the demo round's findings notice as a PDF.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
app=build/app/cchc-inspector
demo="build/demo.cchc"
[[ -f "$demo" ]] || "$app" demo "$demo"

if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" || "$(uname -s)" != Linux ]]; then
  exec "$app" "$demo"
fi

echo "Không có màn hình: in tóm tắt tệp mẫu và xuất thông báo kết quả kiểm tra ra PDF." >&2
echo "No display: printing the demo file's summary and writing its findings notice as PDF." >&2
summary=$("$app" --lang vi list "$demo")
printf '%s\n' "$summary"
round=$(grep -A1 -F 'Đợt kiểm tra (1)' <<<"$summary" | tail -1 | awk '{print $1}')
notice="build/demo-thong-bao.pdf"
"$app" report "$demo" --round "$round" --date 2022-05-30 -o "$notice"
echo "Thông báo kết quả kiểm tra / findings notice: $notice" >&2
