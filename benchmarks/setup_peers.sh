#!/usr/bin/env bash
# Create one virtualenv per peer library under .venvs/<peer>, so that their
# conflicting pins (numpy, nltk, ...) never touch the project's own environment.
#
#   bash benchmarks/setup_peers.sh            # all peers
#   bash benchmarks/setup_peers.sh hazm rishe # only some
#
# A peer that fails to install is reported and skipped; the harness then skips it too.
set -u
cd "$(dirname "$0")/.."

declare -A PINS=(
  [hazm]="hazm==0.10.0"  # 0.11+ needs Python >= 3.12; this machine has 3.11
  [parsivar]="parsivar==0.2.3.1"
  [shekar]="shekar==1.7.0"
  [rishe]="rishe==0.5.1"
  [piraye]="piraye==1.1.1"
)
PEERS=("$@")
[ ${#PEERS[@]} -eq 0 ] && PEERS=(hazm parsivar shekar rishe piraye)

failed=()
for peer in "${PEERS[@]}"; do
  spec="${PINS[$peer]:-}"
  if [ -z "$spec" ]; then echo "unknown peer: $peer" >&2; failed+=("$peer"); continue; fi
  venv=".venvs/$peer"
  echo "== $peer ($spec) -> $venv"
  if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv" || { failed+=("$peer"); continue; }; fi
  if nice "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$spec" \
      > "$venv/install.log" 2>&1; then
    echo "   ok: $("$venv/bin/python" -m pip show "${spec%%==*}" 2>/dev/null | grep ^Version)"
  else
    echo "   FAILED (see $venv/install.log):" >&2
    tail -5 "$venv/install.log" >&2
    failed+=("$peer")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "failed: ${failed[*]}" >&2
  exit 1
fi
