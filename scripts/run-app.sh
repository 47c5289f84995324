#!/usr/bin/env bash
# Set up a local virtual environment and start the editor's page on http://localhost:8501
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
.venv/bin/python -m pip install --quiet -e .
exec .venv/bin/streamlit run app.py --server.headless true --browser.gatherUsageStats false "$@"
