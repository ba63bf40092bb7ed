#!/usr/bin/env bash
# A real CUPS scheduler with the kiosk's test queues (CI and tests, as root; no systemd needed).
#   kiosk-pdf       cups-pdf: every job lands as a PDF in $KIOSK_CUPS_PDF_DIR (default /var/spool/cups-pdf/kiosk),
#                   named job_<id>-<title>.pdf
#   kiosk-nopaper   a receipt printer out of paper: its backend reports media-empty and stops the queue;
#                   jobs stay held (never lost) until the queue is enabled again
# Starts cupsd only when no scheduler answers. Idempotent. Prints the PDF folder on its last line.
# Needs: cups cups-client cups-bsd printer-driver-cups-pdf (.ci/extra-debian-packages.txt).
set -euo pipefail
out=${KIOSK_CUPS_PDF_DIR:-/var/spool/cups-pdf/kiosk}
if [[ $(id -u) -ne 0 ]]; then
  echo "setup-cups.sh: run as root (it starts cupsd and adds queues)" >&2
  exit 1
fi
for tool in cupsd lpadmin lpstat cupsenable; do
  command -v "$tool" >/dev/null || { echo "setup-cups.sh: $tool missing; apt-get install cups cups-client cups-bsd printer-driver-cups-pdf" >&2; exit 1; }
done
[[ -f /usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd ]] || { echo "setup-cups.sh: printer-driver-cups-pdf missing" >&2; exit 1; }

mkdir -p "$out"
chmod 0777 "$out"
conf=/etc/cups/cups-pdf.conf
want=$(printf 'Out %s\nAnonDirName %s\nLabel 2\nGrp lpadmin\nDecodeHexStrings 1\n' "$out" "$out")
if [[ "$(cat "$conf" 2>/dev/null)" != "$want" ]]; then
  printf '%s\n' "$want" > "$conf"
fi

# The out-of-paper printer: a backend that says what a real receipt printer says, and stops the queue.
backend=/usr/lib/cups/backend/kiosk-nopaper
cat > "$backend" <<'SH'
#!/bin/sh
# CUPS backend of a receipt printer that is out of paper (tests). No arguments: device discovery.
if [ $# -eq 0 ]; then echo 'direct kiosk-nopaper "Kiosk" "Receipt printer out of paper (test)"'; exit 0; fi
echo "STATE: +media-empty-error" >&2
echo "ERROR: The printer is out of paper" >&2
exit 4  # CUPS_BACKEND_STOP: the queue stops, the job is held
SH
chmod 0755 "$backend"

if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  mkdir -p /run/cups
  cupsd  # daemonises; no systemd
  for _ in $(seq 1 50); do
    lpstat -r 2>/dev/null | grep -q "is running" && break
    sleep 0.1
  done
fi
lpstat -r | grep -q "is running" || { echo "setup-cups.sh: cupsd did not start (see /var/log/cups/error_log)" >&2; exit 1; }

# pdftocairo keeps the text searchable through the filter chain (tests read it with pdftotext)
lpadmin -p kiosk-pdf -v cups-pdf:/ -P /usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd -o printer-error-policy=stop-printer \
  -o pdftops-renderer-default=pdftocairo -E
lpadmin -p kiosk-nopaper -v kiosk-nopaper:/ -m raw -o printer-error-policy=stop-printer -E 2>/dev/null \
  || lpadmin -p kiosk-nopaper -v kiosk-nopaper:/ -o printer-error-policy=stop-printer -E
cupsenable kiosk-pdf kiosk-nopaper
cupsaccept kiosk-pdf kiosk-nopaper
echo "$out"
