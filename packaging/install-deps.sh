#!/usr/bin/env bash
# Installs the Debian 12 packages Talentflow builds, runs and tests with (sudo when not root).
set -euo pipefail

packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-charts-dev libqt6opengl6-dev libgl-dev   # Charts' CMake config needs the OpenGL dev files
    qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libspdlog-dev libsqlite3-dev sqlite3
    libqt6sql6-psql postgresql-15                 # team databases: Qt's PostgreSQL driver, and the server the tests start a cluster of
    libicu-dev libopencc-dev                      # search keys: pinyin (ICU Han-Latin), simplified characters (OpenCC)
    rapidjson-dev                                 # the import reads files of any size with its streaming (SAX) parser
    python3-matplotlib time                       # the benchmark: matplotlib draws the same chart; GNU time reads peak memory
    fonts-noto-cjk                                # Chinese text needs a CJK font
    xvfb xauth
    tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim  # chart tests read the picture back by OCR
    poppler-utils                                 # export tests read the PDF back (pdfinfo, pdftotext, pdffonts)
    dpkg-dev file desktop-file-utils appstream    # packaging and its validation
    clang libclang-rt-14-dev                      # libFuzzer and the sanitizers
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
