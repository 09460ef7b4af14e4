#!/usr/bin/env bash
# What the real-browser tests (tests/test_web_browser.py) need: Debian's chromium, used
# as it is (never a browser build downloaded by Playwright), and the playwright package.
#
#   .ci/browser.sh && python3 -m pytest -q tests/test_web_browser.py
set -euo pipefail

if [ ! -x /usr/bin/chromium ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
fi
python3 -m pip install --quiet --disable-pip-version-check 'playwright>=1.45'
echo "khabar: $(/usr/bin/chromium --version 2>/dev/null) and playwright ready" >&2
