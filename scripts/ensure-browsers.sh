#!/usr/bin/env bash
# The real-browser tests and the demo need Debian's Chromium (with its translations), the tests also Debian's Firefox ESR,
# a virtual screen (Xvfb) and xdotool to press the shortcuts and use the menu as a person does. Install them when
# we can (root), otherwise say in one sentence what to run.
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# Chromium's own translations: the Spanish run starts Chromium in Spanish, as a Spanish desktop does.
[ -f /usr/lib/chromium/locales/es.pak ] || missing+=(chromium-l10n)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v xdotool >/dev/null 2>&1 || missing+=(xdotool)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Missing ${missing[*]}: installing with apt-get (Debian's packages)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "Missing ${missing[*]}: run 'sudo apt-get update && sudo apt-get install -y ${missing[*]}', then try again." >&2
exit 1
