#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver when missing; the web console's
# end-to-end tests drive them through Selenium. Idempotent, quiet when present.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null
chromium --version 2>/dev/null | grep -v 'unexpected operator' || true
