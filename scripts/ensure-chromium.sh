#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the end-to-end tests (playwright-core drives it; it never
# downloads a browser of its own). Installs it with apt-get when running as root, else says what to do.
set -euo pipefail
CHROMIUM="${LAGEBILD_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM not found; installing Debian's chromium with apt-get" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "ensure-chromium: $CHROMIUM not found. Install Debian's chromium (sudo apt-get install -y chromium) or set LAGEBILD_CHROMIUM to a Chromium binary." >&2
exit 1
