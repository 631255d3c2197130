#!/usr/bin/env bash
# Installs the build into a temporary root and validates what a desktop sees.
set -euo pipefail
build="$1"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
cmake --install "$build" --prefix "$root/usr" > /dev/null
id=org.talentflow.Talentflow
for file in bin/talentflow share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
            share/icons/hicolor/scalable/apps/$id.svg share/icons/hicolor/16x16/apps/$id.png \
            share/icons/hicolor/256x256/apps/$id.png share/man/man1/talentflow.1; do
    [ -s "$root/usr/$file" ] || { echo "missing after install: $file"; exit 1; }
done
desktop-file-validate "$root/usr/share/applications/$id.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$id.metainfo.xml"
# The man page documents every option the binary knows.
for option in $("$root/usr/bin/talentflow" --help | grep -oE '^ +--[a-z-]+' | tr -d ' '); do
    grep -q -- "${option//-/\\\\-}" "$root/usr/share/man/man1/talentflow.1" || { echo "man page lacks $option"; exit 1; }
done
echo "install layout, desktop file, metainfo and man page: ok"
