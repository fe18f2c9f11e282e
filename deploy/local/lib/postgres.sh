# shellcheck shell=bash
# PostgreSQL 15+ from the system's packages, with its own cluster in $KOLO_DATA_DIR/postgres.

PG_DATA="$KOLO_DATA_DIR/postgres"
PG_SUPERUSER_PASSWORD_FILE="$KOLO_DATA_DIR/postgres-superuser.password"
PG_AS=()  # prefix that runs a command as the cluster's owner

pg_version_of() { "$1/postgres" --version 2>/dev/null | sed -n 's/^[^0-9]*\([0-9][0-9]*\).*/\1/p'; }

# Sets PG_BIN: the binaries of an existing cluster's version, else the highest version >= 15.
pg_find_bin() {
  local v dir
  if [[ -f $PG_DATA/PG_VERSION ]]; then
    v=$(<"$PG_DATA/PG_VERSION")
    [[ -x /usr/lib/postgresql/$v/bin/postgres ]] && { PG_BIN=/usr/lib/postgresql/$v/bin; return 0; }
  fi
  for v in $(printf '%s\n' /usr/lib/postgresql/*/bin/postgres | sed -n 's|^/usr/lib/postgresql/\([0-9]*\)/bin/postgres$|\1|p' | sort -rn); do
    ((v >= 15)) && { PG_BIN=/usr/lib/postgresql/$v/bin; return 0; }
  done
  if dir=$(command -v pg_ctl); then
    dir=$(dirname "$(readlink -f "$dir")")
    v=$(pg_version_of "$dir")
    [[ -n $v ]] && ((v >= 15)) && { PG_BIN=$dir; return 0; }
  fi
  return 1
}

pg_install() {
  if ((EUID != 0)) || [[ ${KOLO_NO_INSTALL:-} == 1 ]] || ! command -v apt-get >/dev/null; then
    die "PostgreSQL 15 or newer was not found (looked in /usr/lib/postgresql/*/bin and for pg_ctl on PATH).
  Install it (e.g. 'sudo apt-get install postgresql'), or use an existing server: KOLO_DB_URL=jdbc:postgresql://HOST:PORT/DB KOLO_DB_USER=... KOLO_DB_PASSWORD=..."
  fi
  info "PostgreSQL not found: installing the 'postgresql' package with apt-get (KOLO_NO_INSTALL=1 forbids this)."
  info "Note: the package also sets up its own default server on port 5432; Kolo uses a separate one on port $KOLO_DB_PORT."
  DEBIAN_FRONTEND=noninteractive apt-get update -q || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql || die "apt-get install postgresql failed"
  pg_find_bin || die "this distribution's PostgreSQL is older than 15; install PostgreSQL 15+ or set KOLO_DB_URL"
}

# The first folder on the way to $1 that user postgres cannot enter, if any.
pg_blocked_parent() {
  local path="" part
  local -a parts
  IFS=/ read -ra parts <<<"${1#/}"
  for part in "${parts[@]}"; do
    path="$path/$part"
    [[ -d $path ]] || return 1
    runuser -u postgres -- test -x "$path" || { printf '%s' "$path"; return 0; }
  done
  return 1
}

postgres_prepare() {
  local blocked owner pwtmp locale_opt=(--no-locale)
  pg_find_bin || pg_install
  mkdir -p "$PG_DATA"
  if ((EUID == 0)); then
    # initdb and postgres refuse to run as root.
    getent passwd postgres >/dev/null || die "running as root, but there is no 'postgres' user to run PostgreSQL as"
    PG_AS=(runuser -u postgres --)
    if blocked=$(pg_blocked_parent "$PG_DATA"); then
      die "PostgreSQL runs as user 'postgres', which cannot enter $blocked (and so not $PG_DATA).
  Keep Kolo's data elsewhere, e.g.:   KOLO_DATA_DIR=/var/lib/kolo $0
  or let other users pass through:    chmod o+x $blocked"
    fi
    owner=$(stat -c %U "$PG_DATA")
    if [[ ! -f $PG_DATA/PG_VERSION ]]; then
      chown postgres: "$PG_DATA"
    elif [[ $owner != postgres ]]; then
      die "$PG_DATA belongs to '$owner', not 'postgres': run as '$owner', or: chown -R postgres: $PG_DATA"
    fi
  fi
  chmod 700 "$PG_DATA"
  [[ -f $PG_DATA/PG_VERSION ]] && return 0

  info "creating the PostgreSQL cluster in $PG_DATA ($("$PG_BIN/postgres" --version))"
  (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=\n' >"$PG_SUPERUSER_PASSWORD_FILE")
  pwtmp=$(mktemp)
  cp "$PG_SUPERUSER_PASSWORD_FILE" "$pwtmp"
  ((EUID != 0)) || chown postgres "$pwtmp"
  if locale -a 2>/dev/null | grep -qixE 'c\.utf-?8'; then locale_opt=(--locale=C.UTF-8); fi
  if ! "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --pwfile="$pwtmp" \
      --auth=scram-sha-256 -E UTF8 "${locale_opt[@]}" >>"$LOG_DIR/postgres.log" 2>&1; then
    rm -f "$pwtmp"
    tail -n 15 "$LOG_DIR/postgres.log" >&2
    die "initdb failed (see $LOG_DIR/postgres.log); delete $PG_DATA before trying again"
  fi
  rm -f "$pwtmp"
}

postgres_start() {
  local socket_dir=$PG_DATA
  # A unix socket path must stay under ~107 bytes; without one, PostgreSQL still listens on TCP.
  ((${#socket_dir} < 90)) || socket_dir=""
  start_service postgres "${PG_AS[@]}" "$PG_BIN/postgres" -D "$PG_DATA" \
    -c listen_addresses=127.0.0.1 -c port="$KOLO_DB_PORT" -c unix_socket_directories="$socket_dir"
}

# Ready when it accepts connections and role and database 'kolo' exist (created once).
postgres_ready() {
  "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$KOLO_DB_PORT" || return 1
  [[ -r $PG_SUPERUSER_PASSWORD_FILE ]] ||
    die "$PG_SUPERUSER_PASSWORD_FILE is missing, so role 'kolo' cannot be set up; delete $PG_DATA to start afresh"
  PGPASSWORD=$(<"$PG_SUPERUSER_PASSWORD_FILE") KOLO_DB_PASSWORD=$KOLO_DB_PASSWORD "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
    -h 127.0.0.1 -p "$KOLO_DB_PORT" -U postgres -d postgres >>"$LOG_DIR/postgres.log" 2>&1 <<'SQL' ||
\getenv pw KOLO_DB_PASSWORD
SELECT 'CREATE ROLE kolo LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kolo')
\gexec
ALTER ROLE kolo WITH LOGIN PASSWORD :'pw';
SELECT 'CREATE DATABASE kolo OWNER kolo ENCODING ''UTF8'' TEMPLATE template0'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'kolo')
\gexec
SQL
    die "could not create role and database 'kolo'; see $LOG_DIR/postgres.log"
}

postgres_stop() {
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -W >/dev/null 2>&1 || signal_group postgres INT
}
