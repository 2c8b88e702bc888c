#!/usr/bin/env bash
# The system tools the test suite drives (browser journeys, PDF rendering, QR scanning, catalogs):
# installs them with apt-get where it can (as CI does), otherwise stops with one line saying what
# to install, so that `make test` never passes by silently skipping what it could not run.
set -euo pipefail
missing=""
need() { case " $missing " in *" $1 "*) ;; *) missing="${missing:+$missing }$1" ;; esac; }
[ -x /usr/bin/chromium ] || need chromium
command -v pdftoppm >/dev/null || need poppler-utils
command -v pdftotext >/dev/null || need poppler-utils
command -v zbarimg >/dev/null || need zbar-tools
command -v msgfmt >/dev/null || need gettext
[ -z "$missing" ] && exit 0
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "installing the test tools: $missing"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  exit 0
fi
echo "make test needs these Debian packages: $missing -- run: sudo apt-get install $missing" >&2
exit 1
