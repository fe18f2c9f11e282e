# shellcheck shell=bash
# Keycloak in dev mode (its own H2 database under data/), with the realm 'kolo' imported once.

keycloak_start() {
  [[ -f $KOLO_REALM_FILE ]] || die "the realm file $KOLO_REALM_FILE does not exist (set KOLO_REALM_FILE)"
  mkdir -p "$KC_HOME/data/import"
  cp "$KOLO_REALM_FILE" "$KC_HOME/data/import/kolo-realm.json"
  # The demo users (and the demo staff's one-time-code secret) exist only in local runs and tests.
  cp "$REPO/keycloak/demo/kolo-users-0.json" "$KC_HOME/data/import/kolo-users-0.json"
  # The realm's password policy names this deny-list; Keycloak refuses to import the realm without it.
  mkdir -p "$KC_HOME/data/password-blacklists"
  cp "$REPO/keycloak/password-deny-list.txt" "$KC_HOME/data/password-blacklists/password-deny-list.txt"
  # kc.sh may come out of the zip without its exec bit; --import-realm skips a realm that exists.
  start_service keycloak env \
    KC_BOOTSTRAP_ADMIN_USERNAME="$KOLO_KEYCLOAK_ADMIN" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="$KOLO_KEYCLOAK_ADMIN_PASSWORD" \
    bash "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KOLO_KEYCLOAK_PORT" \
    --http-management-port="$KOLO_KEYCLOAK_MANAGEMENT_PORT" --import-realm
}

keycloak_ready() {
  [[ $(http_status "$KOLO_KEYCLOAK_PORT" /realms/kolo/.well-known/openid-configuration) == 200 ]]
}

# The realm step a file cannot express (keycloak/after-import.sh); quick and safe to repeat on every start.
keycloak_after_import() {
  KEYCLOAK_URL="http://127.0.0.1:$KOLO_KEYCLOAK_PORT" KEYCLOAK_ADMIN="$KOLO_KEYCLOAK_ADMIN" \
    KEYCLOAK_ADMIN_PASSWORD="$KOLO_KEYCLOAK_ADMIN_PASSWORD" KC_HOME="$KC_HOME" \
    bash "$REPO/keycloak/after-import.sh" >>"$LOG_DIR/keycloak-after-import.log" 2>&1 ||
    die "keycloak/after-import.sh failed (see $LOG_DIR/keycloak-after-import.log)"
}
