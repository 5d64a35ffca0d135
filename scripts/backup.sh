#!/usr/bin/env bash
# Backs up Newsdesk's whole database (articles, revisions, accounts, audit log, view counts and every uploaded
# image and document, which live in the database too) into one compressed SQL file, while the site keeps running.
#
#   scripts/backup.sh newsdesk-2026-12-01.sql.gz
#
# The database is the one the application uses: SPRING_DATASOURCE_URL (jdbc:mariadb://host:port/database),
# SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, as in the application's configuration.
# MARIADB_BIN names the folder of mariadb-dump when it is not on the PATH.
set -euo pipefail
source "$(dirname "$0")/lib/database.sh"

target=${1:?"usage: $0 <backup file .sql.gz>"}
connection_from_environment

# One consistent snapshot without locking the tables the site reads and writes (InnoDB), including the binary
# columns of images and documents as hex so that no client character set can damage them.
"$(client mariadb-dump)" "${CONNECTION[@]}" \
  --single-transaction --quick --hex-blob --routines --triggers --events \
  --default-character-set=utf8mb4 "$DATABASE" \
  | gzip > "$target.partial"
mv "$target.partial" "$target"
echo "Backed up database $DATABASE to $target ($(du -h "$target" | cut -f1))."
