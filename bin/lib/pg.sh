# Sourced by bin/test and bin/bench-store: a throw-away PostgreSQL cluster on loopback.
# start_cluster exports PG_URL, PG_USER and PG_PASSWORD; the cluster is stopped and dropped when
# the calling script exits, even on failure.

PG_CLUSTER=""
PG_VERSION=""

pg_need() { command -v "$1" >/dev/null 2>&1; }

drop_cluster() {
  if [ -n "$PG_CLUSTER" ]; then
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop -m immediate >/dev/null 2>&1 || true
    pg_dropcluster "$PG_VERSION" "$PG_CLUSTER" >/dev/null 2>&1 || true
  fi
}

start_cluster() {
  if [ "$(id -u)" != 0 ]; then
    echo "$0: the PostgreSQL tests need a server: run as root (a throw-away cluster is made)," >&2
    echo "  or set PG_URL, PG_USER and PG_PASSWORD, or CHOKEPOINT_SKIP_PG=1 for H2 only" >&2
    exit 1
  fi
  if ! pg_need pg_createcluster || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "$0: installing postgresql from Debian's packages" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  PG_VERSION="$(ls /usr/lib/postgresql | sort -n | tail -1)"
  PG_CLUSTER="chokepoint-test-$$"
  trap drop_cluster EXIT
  # No --port: pg_createcluster picks a free one, so parallel runs do not collide. It listens on
  # localhost only (the default). "start_cluster fast" turns fsync off, for tests of a cluster
  # that is thrown away; benchmarks keep it on, to measure durable commits.
  local fsync=on
  [ "${1:-}" = fast ] && fsync=off
  pg_createcluster "$PG_VERSION" "$PG_CLUSTER" -o max_connections=200 -o fsync=$fsync \
    -- --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
  local port password
  port="$(pg_conftool -s "$PG_VERSION" "$PG_CLUSTER" show port)"
  password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1 \
    -c \"CREATE ROLE chokepoint LOGIN PASSWORD '$password'\" -c 'CREATE DATABASE chokepoint OWNER chokepoint'" >/dev/null
  export PG_URL="jdbc:postgresql://127.0.0.1:$port/chokepoint" PG_USER=chokepoint PG_PASSWORD="$password"
  echo "$0: PostgreSQL $PG_VERSION cluster $PG_CLUSTER on 127.0.0.1:$port (dropped at the end)" >&2
}
