#!/usr/bin/env bash
# One entry point for developers and CI: sets up .venv (and, as root, the Debian
# libraries Qt needs), then runs what was asked.
#   ./dev.sh demo [args]   the kiosk against the built-in sandbox
#   ./dev.sh test [args]   the whole test suite (real QtWebEngine offscreen)
#   ./dev.sh lint          ruff (complexity limit included) and mypy, both configured in pyproject.toml
#   ./dev.sh bench         the benchmarks in bench/
#   ./dev.sh docs [args]   the documentation site (mkdocs.yml, docs/) into site/, warnings fatal;
#                          ./dev.sh docs serve previews it at http://127.0.0.1:8000
#   ./dev.sh i18n [check]  the translations: lupdate resources/i18n/*.ts from the code, lrelease the .qm, and say
#                          what is new, vanished or untranslated (check: only say it; docs/developers/translations.md)
set -euo pipefail
cd "$(dirname "$0")"
cmd=${1:-test}; shift || true

need_debs() {
  command -v dpkg-query >/dev/null || return 1
  local missing=()
  while read -r p; do
    [[ -z "$p" || "$p" == \#* ]] && continue
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done < .ci/debian-packages.txt
  [[ ${#missing[@]} -eq 0 ]] && return 1
  printf '%s\n' "${missing[@]}"
}

if missing=$(need_debs); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "Installing Debian packages Qt needs: $(echo $missing)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "Qt needs these Debian packages; install them once with sudo:" >&2
    echo "  sudo apt-get install $(echo $missing)" >&2
    exit 1
  fi
fi

PY=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(cat pyproject.toml | sha1sum | cut -c1-12)
if [[ ! -f $stamp ]]; then
  .venv/bin/python -m pip install -q --upgrade pip
  # PySide6 6.12 is excluded (see pyproject.toml); its split-out WebEngine package would shadow Addons.
  .venv/bin/python -m pip uninstall -q -y PySide6-WebEngine >/dev/null 2>&1 || true
  .venv/bin/python -m pip install -q -e ".[test,build,docs,fleet]"
  touch "$stamp"
fi

case "$cmd" in
  demo)  exec .venv/bin/kiosk demo "$@" ;;
  test)
    # Tests only: headless, and Chromium's sandbox cannot start as root. Never set by the product.
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} QTWEBENGINE_DISABLE_SANDBOX=1
    exec .venv/bin/python -m pytest "$@" ;;
  lint)  .venv/bin/ruff check "$@" . && exec .venv/bin/mypy ;;
  bench)
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} QTWEBENGINE_DISABLE_SANDBOX=1
    for b in bench/bench_*.py; do .venv/bin/python "$b"; done ;;
  docs)
    # Material's banner about its successor is not about this site; keep the build's output to what is.
    export NO_MKDOCS_2_WARNING=1
    # --strict: a broken link or anchor, or a page left out of the nav (mkdocs.yml validation:) fails the build.
    if [[ ${1:-} == serve ]]; then shift; exec .venv/bin/mkdocs serve --strict "$@"; fi
    exec .venv/bin/mkdocs build --strict --clean --site-dir site "$@" ;;
  i18n)  exec .venv/bin/python installer/tools/i18n.py "${1:-update}" ;;
  *) echo "usage: ./dev.sh demo|test|lint|bench|docs|i18n [args]" >&2; exit 2 ;;
esac
