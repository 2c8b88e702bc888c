#!/usr/bin/env bash
# The system tools the test suite drives (browser journeys, PDF rendering, QR scanning, catalogs, the
# Nu HTML checker's Java): installs them with apt-get where it can (as CI does), otherwise stops with
# one line saying what to install, so that `make test` never passes by silently skipping what it
# could not run. Then the validators from the npm registry (vnu-jar, axe-core), pinned, under .tools/.
set -euo pipefail
cd "${0%/*}/.."  # no external command: this runs before we know which exist
missing=""
need() { case " $missing " in *" $1 "*) ;; *) missing="${missing:+$missing }$1" ;; esac; }
[ -x /usr/bin/chromium ] || need chromium
command -v pdftoppm >/dev/null || need poppler-utils
command -v pdftotext >/dev/null || need poppler-utils
command -v zbarimg >/dev/null || need zbar-tools
command -v msgfmt >/dev/null || need gettext
command -v java >/dev/null || need default-jre-headless
command -v npm >/dev/null || need npm
if [ -n "$missing" ]; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "installing the test tools: $missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "make test needs these Debian packages: $missing -- run: sudo apt-get install $missing" >&2
    exit 1
  fi
fi
# Validators from the npm registry, exact versions (tests/standards/tools.py finds them here).
VALIDATORS="vnu-jar@26.9.27 axe-core@4.14.1"
for package in $VALIDATORS; do
  name=${package%@*}
  version=${package##*@}
  installed=$(node -p "require('./.tools/node_modules/$name/package.json').version" 2>/dev/null || true)
  if [ "$installed" != "$version" ]; then
    echo "installing the npm validators: $VALIDATORS"
    npm install --prefix .tools --no-audit --no-fund --no-save --silent $VALIDATORS
    break
  fi
done
