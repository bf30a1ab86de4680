#!/usr/bin/env bash
# Installs Debian's bubblewrap when missing: validation runs proposals' code in a bwrap sandbox
# (docs/security.md), and the test suite proves that it holds. Idempotent, quiet when present.
set -euo pipefail
command -v bwrap >/dev/null && exit 0
command -v apt-get >/dev/null || {
  echo "ensure-bubblewrap: bwrap missing and no apt-get here; install bubblewrap to run proposals confined" >&2; exit 1; }
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "ensure-bubblewrap: installing bubblewrap" >&2
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq bubblewrap >/dev/null
