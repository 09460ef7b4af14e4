#!/usr/bin/env bash
# A throwaway PostgreSQL server for khabar's tests, on a free local port, its data under
# /tmp. Installs Debian's postgresql when missing. Prints the lines that export the URL and
# stop the server when the calling shell exits:
#
#   eval "$(.ci/postgres.sh)"    # sets KHABAR_TEST_POSTGRES=postgresql://khabar@127.0.0.1:PORT/khabar
#
# Everything else goes to stderr, including how to stop the server by hand.
set -euo pipefail

if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
fi
BIN=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
DIR=$(mktemp -d /tmp/khabar-postgres.XXXXXX)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# PostgreSQL refuses to run as root: run it as the postgres user the package created.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; fi

as_owner "$BIN/initdb" -D "$DIR/data" -U khabar --auth=trust -E UTF8 --locale=C.UTF-8 >&2
as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >&2
as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U khabar khabar >&2
echo "khabar: PostgreSQL on port $PORT; stop it with: $(
    [ "$(id -u)" = 0 ] && printf 'runuser -u postgres -- ')$BIN/pg_ctl -D $DIR/data stop" >&2
echo "export KHABAR_TEST_POSTGRES=postgresql://khabar@127.0.0.1:$PORT/khabar"
STOP="$BIN/pg_ctl -D $DIR/data -m fast stop"
[ "$(id -u)" = 0 ] && STOP="runuser -u postgres -- $STOP"
echo "trap '$STOP >/dev/null 2>&1 || true' EXIT"
