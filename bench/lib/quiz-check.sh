# shellcheck shell=bash
# What bench/quiz-load and bench/quiz-burst ask the database after a run: did every learner get exactly one attempt
# from it, and is every answer stored once and graded.

psql_kolo() {
  PGPASSWORD=${KOLO_DB_PASSWORD:-kolo} psql -h 127.0.0.1 -p "${KOLO_DB_PORT:-5433}" -U "${KOLO_DB_USER:-kolo}" \
    -d kolo -At -c "$1"
}

quiz_attempts() { psql_kolo "select count(*) from quiz_attempt where quiz_id = '$1'"; }

# Usage: quiz_check QUIZ ATTEMPTS_BEFORE FILE_OF_ATTEMPT_IDS LEARNERS
quiz_check() {
  local quiz=$1 before=$2 file=$3 learners=$4 ids
  ids=$(sed "/^$/d; s/.*/'&'/" "$file" | paste -sd, -)
  if [[ -z $ids ]]; then
    echo "database: no attempt was started in this run" >&2
    return 1
  fi
  echo "database: new attempts $(( $(quiz_attempts "$quiz") - before )) (learners $learners); distinct learners among them" \
    "$(psql_kolo "select count(distinct account_id) from quiz_attempt where id in ($ids)")," \
    "submitted $(psql_kolo "select count(*) from quiz_attempt where id in ($ids) and submitted_at is not null")," \
    "answers $(psql_kolo "select count(*) from quiz_answer where attempt_id in ($ids)")," \
    "graded answers $(psql_kolo "select count(*) from quiz_answer where attempt_id in ($ids) and score is not null")"
}
