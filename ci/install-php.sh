#!/usr/bin/env bash
# Installs the reference php 8.2 (the oracle) and run-tests.php (shipped in
# php8.2-dev), unless they are already there. Needs root (CI runs as root or
# with sudo).
set -euo pipefail
have_run_tests() { compgen -G "/usr/lib/php/*/build/run-tests.php" >/dev/null; }
if command -v php >/dev/null && php -r 'exit(PHP_MAJOR_VERSION == 8 && PHP_MINOR_VERSION == 2 ? 0 : 1);' && have_run_tests; then
  echo "ci: php $(php -r 'echo PHP_VERSION;') and run-tests.php are installed"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
if ! apt-cache show php8.2-cli >/dev/null 2>&1; then
  # Ubuntu releases without php 8.2 get it from the ondrej/php archive.
  $SUDO apt-get install -y -qq software-properties-common >/dev/null
  $SUDO add-apt-repository -y ppa:ondrej/php
  $SUDO apt-get update -qq
fi
$SUDO apt-get install -y -qq --no-install-recommends php8.2-cli php8.2-dev >/dev/null
echo "ci: installed php $(php -r 'echo PHP_VERSION;')"
