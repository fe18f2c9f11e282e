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

# Accounts made before city codes carry the city's name ("Almaty", "Тбилиси"): each becomes the code of the city
# table ("almaty"), every other value and attribute kept. These are the names the city table was seeded with
# (src/main/resources/db/migration/V1__Create_city.sql); the migration V10 does the same for Kolo's records.
CITY_NAMES='almaty Almaty Алматы Алмати
astana Astana Астана
bishkek Bishkek Бишкек Бішкек
kyiv Kyiv Kiev Киев Київ
odesa Odesa Odessa Одесса Одеса
tbilisi Tbilisi Тбилиси Тбілісі
moscow Moscow Москва Мәскеу'
city_code() {
  local value=$1 code names name
  while read -r code names; do
    for name in $code $names; do
      if [ "${value,,}" = "${name,,}" ]; then echo "$code"; return; fi
    done
  done <<<"$CITY_NAMES"
  echo "$value"
}
migrated=0
# One listing of every account's city values ("id,value,value" per line; a JVM start per kcadm call is what costs),
# then a call only for the accounts that really change.
accounts=$(kcadm get users -r "$REALM" -q max=1000000 --fields 'id,attributes(city)' --format csv --noquotes)
while IFS=, read -r id values; do
  [ -n "$id" ] || continue
  codes=() changed=no
  IFS=, read -r -a found <<<"$values"
  for value in "${found[@]}"; do
    if [ -n "$value" ]; then
      coded=$(city_code "$value")
      codes+=("\"$coded\"")
      if [ "$coded" != "$value" ]; then changed=yes; fi
    fi
  done
  if [ "$changed" = yes ]; then
    joined=$(IFS=,; echo "${codes[*]}")
    kcadm update "users/$id" -r "$REALM" -s "attributes.city=[$joined]"
    migrated=$((migrated + 1))
  fi
done <<<"$accounts"
echo "after-import: $migrated accounts had a city name where its code belongs; they have the code now"
