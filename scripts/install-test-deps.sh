#!/usr/bin/env bash
# Installs the system tools the tests use, when they are missing: Debian's Chromium (the
# end-to-end harness drives it through playwright-core), poppler-utils and qpdf (the PDF
# checks), python3-pikepdf (../shared/tools/pdfcheck), ImageMagick (image checks) and Ghostscript
# (tiffsep: the ink separations of the press test).
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
/usr/bin/python3 -c 'import pikepdf' >/dev/null 2>&1 || missing+=(python3-pikepdf)
command -v convert >/dev/null 2>&1 && convert -version 2>/dev/null | grep -q ImageMagick || missing+=(imagemagick)
command -v gs >/dev/null 2>&1 || missing+=(ghostscript)

if [ ${#missing[@]} -eq 0 ]; then
  echo "test dependencies: all present"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "test dependencies missing: ${missing[*]} — install them with your system's package manager" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-droid-fallback >/dev/null
