#!/usr/bin/env bash
# What a realm file cannot say: run once after Keycloak imported keycloak/kolo-realm.json (and safe to run again).
# Keycloak's import always adds offline_access to the realm's default role; Kolo wants no token that outlives
# a sign-out, so the role comes out of the default role again.
#
# Usage: KEYCLOAK_URL=https://id.example.org KEYCLOAK_ADMIN=admin KEYCLOAK_ADMIN_PASSWORD=... \
#        KC_HOME=/opt/keycloak keycloak/after-import.sh
set -euo pipefail
: "${KEYCLOAK_URL:?the Keycloak base URL, e.g. http://127.0.0.1:8180}"
: "${KEYCLOAK_ADMIN:?an admin of the master realm}"
: "${KEYCLOAK_ADMIN_PASSWORD:?the password of that admin}"
: "${KC_HOME:?the Keycloak installation (for bin/kcadm.sh)}"
REALM=${KOLO_REALM:-kolo}

config=$(mktemp)
trap 'rm -f "$config"' EXIT
kcadm() { bash "$KC_HOME/bin/kcadm.sh" "$@" --config "$config"; }

kcadm config credentials --server "$KEYCLOAK_URL" --realm master \
  --user "$KEYCLOAK_ADMIN" --password "$KEYCLOAK_ADMIN_PASSWORD" >/dev/null
# The realm file names its default role default-roles-<realm>, as Keycloak does.
default_role=${KOLO_DEFAULT_ROLE:-default-roles-$REALM}
if kcadm get "roles/$default_role/composites/realm" -r "$REALM" --fields name | grep -q '"offline_access"'; then
  kcadm remove-roles -r "$REALM" --rname "$default_role" --rolename offline_access
fi
echo "after-import: $REALM's default role ($default_role) gives no offline_access"
