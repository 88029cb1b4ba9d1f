#!/usr/bin/env bash
# Installs the Debian packages Parcours' tests need on a fresh Debian 12 machine:
# Chromium for the end-to-end tests, gcc-avr/avr-libc for the reference robot firmware,
# aseba for the simulated Thymio. Node.js 20.19+ and npm are expected to be present.
set -euo pipefail

packages=(chromium gcc-avr avr-libc binutils-avr aseba fonts-noto-color-emoji)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-debian: all Debian packages present (${packages[*]})"
  exit 0
fi

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
echo "setup-debian: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
