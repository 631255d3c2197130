#!/usr/bin/env bash
# Makes the README's images with the app itself, headless, from the embedded seeded database.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TALENTFLOW_BUILD_DIR:-$root/build}"
app="$build/app/talentflow"
out="$root/packaging/screenshots"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" QT_QPA_PLATFORM=offscreen

"$app" --screenshot "$out/main-window-en.png" --size 1600x1000 --lang en --select "Mira Murati"
"$app" --screenshot "$out/main-window-zh.png" --size 1600x1000 --lang zh --search 创始成员 --select "Ilya Sutskever"
"$app" --screenshot "$out/search-pinyin-en.png" --size 1600x900 --lang en --search mulati
"$app" --screenshot "$out/search-suggestion-zh.png" --size 800x600 --lang zh --search Muratti
"$app" --export-chart "$out/founders-wide.png" --view founders --size 1600x900 --lang en
"$app" --export-chart "$out/founders-zh.png" --view founders --size 1600x900 --lang zh
"$app" --export-chart "$out/founders-narrow.png" --view founders --size 700x900 --lang en
"$app" --export-chart "$out/departures-openai.png" --company OpenAI --size 1600x900 --lang en
"$app" --export-chart "$out/departures-tml.png" --company "Thinking Machines Lab" --size 1600x900 --lang en
"$app" --export-chart "$out/article-tml-zh.png" --company "Thinking Machines Lab" --preset article --lang zh
"$app" --export-chart "$out/departures-zh-800.png" --size 800x600 --lang zh
"$app" --export-chart "$out/flows-openai-en.png" --view flows --company OpenAI --size 1600x900 --lang en
"$app" --export-chart "$out/flows-zh.png" --view flows --size 1600x900 --lang zh
"$app" --export-chart "$out/flows-800.png" --view flows --size 800x600 --lang en
"$build/packaging/talentflow_workbench_screens" "$out" en
"$build/packaging/talentflow_workbench_screens" "$out" zh
