#!/usr/bin/env bash
# Set up a fresh Debian/Ubuntu machine for SMACY kiosk: system packages (when root), then a venv
# in .venv with the kiosk and its development tools. Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Qt's xcb platform and OpenGL/EGL libraries (PySide6 wheels link against them)
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
  # a real X server for screenshot tests, and the tools to look at the results
  xvfb x11-apps imagemagick
  # fonts: Latin, Greek, Cyrillic (DejaVu); Arabic; Chinese
  fonts-dejavu-core fonts-noto-core fonts-noto-cjk fonts-wqy-microhei
  # printing: a real CUPS with a cups-pdf queue; PDF to PNG; QR/barcode decoding tools
  cups cups-bsd cups-client printer-driver-cups-pdf poppler-utils zbar-tools
  # read-aloud: speech-dispatcher with espeak-ng voices
  speech-dispatcher espeak-ng
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "setup: installing ${#missing[@]} system packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: missing system packages (run as root or: sudo apt-get install ${missing[*]})" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  echo "setup: creating .venv with $($PYTHON --version)"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.smacy-installed
if [[ ! -f $stamp || pyproject.toml -nt $stamp ]]; then
  echo "setup: installing Python packages into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev]"
  touch "$stamp"
fi
