#!/usr/bin/env bash
# Debian packages planx uses beyond Python: LibreOffice (legacy .doc/.odt/.rtf; Calc for .ods/.xls; Impress for .ppt/.odp), Tesseract (scanned
# PDFs), poppler-utils (pdftotext: the text renderings of the samples), Chromium (report.html test), PostgreSQL (--db test). Each is optional at run time: without
# it, the files or tests that need it fail or skip with a message that names this command.
set -u
want=()
command -v soffice >/dev/null 2>&1 || want+=(libreoffice-writer-nogui)
# LibreOffice Calc converts legacy spreadsheets (.ods, .xls) to .xlsx
[ -e /usr/lib/libreoffice/program/libscfiltlo.so ] || want+=(libreoffice-calc-nogui)
# LibreOffice Impress converts legacy and OpenDocument decks (.ppt, .odp) to .pptx
[ -e /usr/lib/libreoffice/program/libsdfiltlo.so ] || want+=(libreoffice-impress-nogui)
command -v tesseract >/dev/null 2>&1 || want+=(tesseract-ocr tesseract-ocr-eng)
# pdftotext (poppler-utils) renders the text samples the tests read (PDF text laid out as printed)
command -v pdftotext >/dev/null 2>&1 || want+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || want+=(chromium)
[ -x "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | head -n1)" ] || want+=(postgresql)
if [ ${#want[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system packages missing: ${want[*]}"
  echo "install them as root with: apt-get install -y ${want[*]}  (planx runs without them; see README)"
  exit 0
fi
echo "installing: ${want[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
if ! apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null 2>&1; then
  echo "could not install some of: ${want[*]} (planx runs without them; the tests that need them skip)"
fi
exit 0
