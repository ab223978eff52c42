#!/usr/bin/env bash
# Installs what kernel/frontends_test.go drives: Debian's Jupyter frontends (jupyter-server, the
# classic notebook, jupyter-console), chromium and tmux when missing, and the pinned npm packages
# (package-lock.json) into this folder's node_modules (which is .gitignored).
#
#   kernel/testdata/frontends/setup.sh     # as root, or with sudo available, on Debian/Ubuntu
set -euo pipefail
cd "$(dirname "$0")"

need=()
have_py() { /usr/bin/python3 -c "import $1" >/dev/null 2>&1; }
[ -x /usr/bin/python3 ] && have_py jupyter_server || need+=(python3-jupyter-server)
[ -x /usr/bin/python3 ] && have_py notebook || need+=(jupyter-notebook)
[ -x /usr/bin/jupyter ] && have_py jupyter_console || need+=(jupyter-console)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup.sh: apt-get install ${need[*]}"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q >/dev/null
  $sudo apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi

# npm ci installs exactly the lock file's versions. zeromq ships a prebuilt addon, so its install
# script (which would compile libzmq) is not needed; newer npm versions skip it and warn.
if ! cmp -s package-lock.json node_modules/.gopad-lock; then
  echo "setup.sh: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.gopad-lock
fi
node -e 'require("zeromq"); require("@jupyterlab/services"); require("ws"); require("playwright-core"); console.log("setup.sh: npm packages load")'
