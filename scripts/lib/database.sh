# Shared by backup.sh and restore.sh: the database connection the application is configured with.

# Sets DATABASE and CONNECTION (client options) from SPRING_DATASOURCE_URL and the account variables.
connection_from_environment() {
  local url=${SPRING_DATASOURCE_URL:?"set SPRING_DATASOURCE_URL (jdbc:mariadb://host:port/database), as for the application"}
  if [[ ! "$url" =~ ^jdbc:(mariadb|mysql)://([^/:?]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]]; then
    echo "SPRING_DATASOURCE_URL is no jdbc:mariadb://host:port/database address: $url" >&2
    exit 2
  fi
  DATABASE=${BASH_REMATCH[5]}
  CONNECTION=(--host="${BASH_REMATCH[2]}" --port="${BASH_REMATCH[4]:-3306}" --protocol=tcp
    --user="${SPRING_DATASOURCE_USERNAME:-root}")
  # The password goes through the environment, never onto a command line that other users can list.
  export MYSQL_PWD=${SPRING_DATASOURCE_PASSWORD:-}
}

# The path of a MariaDB client program: from MARIADB_BIN, or the PATH; older bundles name them mysql*.
client() {
  local name=$1 legacy=${1/mariadb/mysql}
  for candidate in "${MARIADB_BIN:+$MARIADB_BIN/}$name" "${MARIADB_BIN:+$MARIADB_BIN/}$legacy"; do
    if command -v "$candidate" >/dev/null 2>&1; then
      echo "$candidate"
      return
    fi
  done
  echo "Cannot find $name (or $legacy)${MARIADB_BIN:+ in $MARIADB_BIN}: install the MariaDB client or set MARIADB_BIN." >&2
  exit 2
}
