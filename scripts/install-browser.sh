#!/usr/bin/env bash
# Installs Debian's Chromium (/usr/bin/chromium) for the browser tests (test/browser/), unless it
# is already there. Idempotent; needs root (CI and the project's machines run as root). Playwright
# drives this browser through playwright-core: `npx playwright install` cannot download here.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "install-browser: $(/usr/bin/chromium --version 2>/dev/null || echo chromium) already at /usr/bin/chromium; nothing to do"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-browser: /usr/bin/chromium is missing and this is not root; run: sudo apt-get install -y chromium" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
start=$(date +%s)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
apt_install() {
  apt-get install -y -q --no-install-recommends -o Dpkg::Use-Pty=0 chromium >"$log" 2>&1
}
# `apt-get update` only when the package lists don't know chromium (or the first try fails).
if apt-cache show chromium >/dev/null 2>&1 && apt_install; then
  echo "install-browser: installed chromium from the package lists already on the machine"
else
  echo "install-browser: running apt-get update"
  apt-get update -q >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
  apt_install || { tail -n 40 "$log" >&2; exit 1; }
  echo "install-browser: ran apt-get update and installed chromium"
fi
echo "install-browser: $(/usr/bin/chromium --version 2>/dev/null) at /usr/bin/chromium ($(( $(date +%s) - start )) s)"
