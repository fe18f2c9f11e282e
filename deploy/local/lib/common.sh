# shellcheck shell=bash
# Messages, port and HTTP probes, and the background processes that deploy/local/run owns.

declare -A PIDS=()   # service name -> pid of its process group leader
STARTED=()           # service names, in start order

info() { printf 'kolo: %s\n' "$*" >&2; }
die() { printf 'kolo: ERROR: %s\n' "$*" >&2; exit 1; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# require_free_port PORT WHAT VARIABLE
require_free_port() {
  port_in_use "$1" || return 0
  info "port $1 on 127.0.0.1 ($2) is already in use:"
  if command -v ss >/dev/null; then ss -Hltnp "sport = :$1" >&2 || true; fi
  die "stop whatever listens on port $1 (perhaps a Kolo run that did not end), or choose another port with $3=..."
}

# Prints the status code of GET http://127.0.0.1:PORT/PATH, or nothing; needs no curl.
http_status() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 0
    printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$2" "$1" >&3
    read -r -t 10 _ code _ <&3 && printf '%s' "$code"
  ) 2>/dev/null || true
}

# start_service NAME COMMAND...: runs COMMAND in its own session (so its whole process group
# can be stopped, and a Ctrl-C in the terminal reaches only this script), output to its log.
start_service() {
  local name=$1 log="$LOG_DIR/$1.log"; shift
  printf '\n===== %s: starting %s\n' "$(date '+%F %T')" "$name" >>"$log"
  if [[ $name == kolo ]]; then
    # Kolo's output goes to the terminal too; tee ignores Ctrl-C so Kolo's shutdown is logged.
    setsid "$@" </dev/null > >(trap '' INT TERM; exec tee -a "$log") 2>&1 &
  else
    setsid "$@" </dev/null >>"$log" 2>&1 &
  fi
  PIDS[$name]=$!
  STARTED+=("$name")
}

alive() { kill -0 "${PIDS[$1]}" 2>/dev/null; }

signal_group() { kill "-$2" -- "-${PIDS[$1]}" 2>/dev/null || true; }

fail_if_dead() {
  local name
  for name in "${STARTED[@]}"; do
    alive "$name" && continue
    info "$name stopped unexpectedly; the end of $LOG_DIR/$name.log:"
    tail -n 25 "$LOG_DIR/$name.log" >&2 || true
    exit 1
  done
}

# wait_ready NAME...: waits until each NAME_ready succeeds, failing if a process dies.
wait_ready() {
  local deadline=$((SECONDS + KOLO_STARTUP_TIMEOUT)) pending=("$@") waiting name
  while ((${#pending[@]})); do
    fail_if_dead
    waiting=()
    for name in "${pending[@]}"; do
      if "${name}_ready"; then
        info "$name is ready ($((SECONDS - T_START)) s since start)"
      else
        waiting+=("$name")
      fi
    done
    pending=("${waiting[@]}")
    ((${#pending[@]})) || break
    ((SECONDS < deadline)) ||
      die "gave up after ${KOLO_STARTUP_TIMEOUT} s waiting for ${pending[*]}; see the logs in $LOG_DIR"
    sleep 1
  done
}

wait_gone() {
  local deadline=$((SECONDS + $1)) name running; shift
  while ((SECONDS < deadline)); do
    running=0
    for name in "$@"; do alive "$name" && running=1; done
    ((running)) || return 0
    sleep 0.5
  done
}

# The EXIT trap: stops Kolo first (so it does not see its services vanish), then the services.
stop_all() {
  local rc=$? name
  # Finish the cleanup even when the terminal or a pipe reading our output is gone.
  trap '' INT TERM PIPE
  set +e
  if ((${#STARTED[@]})); then
    info "stopping ${STARTED[*]} ..."
    if [[ -v PIDS[kolo] ]]; then
      signal_group kolo TERM
      wait_gone 30 kolo
    fi
    for name in "${STARTED[@]}"; do
      if [[ $name == postgres ]] && alive postgres; then
        postgres_stop
      elif [[ $name != kolo ]]; then
        signal_group "$name" TERM
      fi
    done
    wait_gone 60 "${STARTED[@]}"
    for name in "${STARTED[@]}"; do
      if alive "$name"; then info "$name did not stop within 60 s: killing it"; fi
      signal_group "$name" KILL
    done
    wait 2>/dev/null || true
    info "all stopped"
  fi
  exit "$rc"
}
