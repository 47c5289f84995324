#!/usr/bin/env bash
# Rebuild the shipped bundle in build/ (needs node + npm; the app itself never does).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
npx esbuild src/index.js --bundle --minify --format=iife --target=es2020 --legal-comments=linked --outfile=build/editor.js
cp src/index.html src/editor.css build/
