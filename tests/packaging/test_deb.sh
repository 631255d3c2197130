#!/usr/bin/env bash
# Builds the .deb and .tar.gz, unpacks the .deb into a temporary root and runs the unpacked
# binary with no display: --version, --export-data and --export-chart.
set -euo pipefail
build="$1"
version="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/out" > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
ls "$work"/out/*.tar.gz > /dev/null
dpkg-deb --field "$deb" Depends | grep -q fonts-noto-cjk || { echo "the .deb does not depend on fonts-noto-cjk"; exit 1; }
dpkg-deb --field "$deb" Depends | grep -q libqt6widgets6 || { echo "dpkg-shlibdeps did not run"; exit 1; }
dpkg -x "$deb" "$work/root"
binary="$work/root/usr/bin/talentflow"
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
[ "$("$binary" --version)" = "talentflow $version" ] || { echo "wrong version"; exit 1; }
"$binary" --export-data "$work/data.json"
grep -q '"format": "talentflow-export"' "$work/data.json"
"$binary" --export-chart "$work/chart.png" --view founders --size 800x500 --scale 2
[ "$(file -b "$work/chart.png" | grep -oE '[0-9]+ x [0-9]+')" = "1600 x 1000" ] || { file "$work/chart.png"; exit 1; }
echo "packages built; the unpacked .deb runs headless: ok"
