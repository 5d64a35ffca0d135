#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an empty database, which then serves the same site.
#
#   scripts/restore.sh newsdesk-2026-12-01.sql.gz [target database]
#
# The server and account come from SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and
# SPRING_DATASOURCE_PASSWORD; the target database defaults to the one that URL names. It is created when missing,
# and a database that already holds tables is refused: a restore never mixes with, or overwrites, live data.
# MARIADB_BIN names the folder of the mariadb client when it is not on the PATH.
set -euo pipefail
source "$(dirname "$0")/lib/database.sh"

backup=${1:?"usage: $0 <backup file .sql.gz> [target database]"}
connection_from_environment
target=${2:-$DATABASE}
[[ "$target" =~ ^[A-Za-z0-9_]+$ ]] || { echo "Not a database name: $target" >&2; exit 2; }
[ -r "$backup" ] || { echo "No such backup: $backup" >&2; exit 2; }

mariadb=$(client mariadb)
tables=$("$mariadb" "${CONNECTION[@]}" --batch --skip-column-names -e \
  "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$target'")
if [ "$tables" != "0" ]; then
  echo "Database $target already holds $tables tables: restore into an empty database." >&2
  exit 1
fi
"$mariadb" "${CONNECTION[@]}" -e \
  "CREATE DATABASE IF NOT EXISTS \`$target\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

# The backup holds the tables without naming a database, so it goes wherever it is told.
gunzip -c "$backup" | "$mariadb" "${CONNECTION[@]}" --default-character-set=utf8mb4 "$target"
echo "Restored $backup into database $target."
