#!/usr/bin/env bash
# Installs what jpackage needs to build a .deb (dpkg-deb, fakeroot) when missing, from Debian's apt.
# The installers profile (./mvnw -Pinstallers -pl installers -am verify) runs it. Idempotent, quiet when present.
set -euo pipefail
missing=()
command -v dpkg-deb >/dev/null || missing+=(dpkg)
command -v fakeroot >/dev/null || missing+=(fakeroot)
[ ${#missing[@]} -eq 0 ] && exit 0
command -v apt-get >/dev/null || {
  echo "ensure-deb-tools: ${missing[*]} missing and no apt-get here; install them to build the .deb" >&2; exit 1; }
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "ensure-deb-tools: installing ${missing[*]}" >&2
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
