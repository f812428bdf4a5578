#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the app and the tests need.
# As root it runs apt-get; otherwise it prints the exact command to run.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n
  libgl-dev libvulkan-dev
  libsqlite3-dev sqlite3 libbenchmark-dev clang libclang-rt-14-dev postgresql pgbouncer
  qtkeychain-qt6-dev qt6-image-formats-plugins
  appstream desktop-file-utils
  python3-vobject
  libcurl4-openssl-dev python3-aiosmtpd
  xvfb xauth fonts-dejavu-core
  at-spi2-core python3-pyatspi dbus
  qt6-gtk-platformtheme gnome-themes-extra
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

echo "install-deps: missing: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "Run as root:"
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
  exit 1
fi
