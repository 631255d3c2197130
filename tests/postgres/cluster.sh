#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster for the tests, as an unprivileged user: its own
# data directory, reached only through a Unix socket in DIR (no TCP port), trusting local
# connections, which is all a cluster that lives for one test run and serves no one else needs.
#   cluster.sh start DIR    (a cluster an interrupted run left in DIR is stopped first)
#   cluster.sh stop DIR
set -euo pipefail
action="${1:?start or stop}"
dir="${2:?the directory of the cluster}"
# The newest installed server (a folder may hold a version's client tools only).
bin=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
    [ -x "$candidate/pg_ctl" ] && [ -x "$candidate/initdb" ] && bin="$candidate"
done
[ -n "$bin" ] || { echo "PostgreSQL's server is not installed (packaging/install-deps.sh installs postgresql-15)" >&2; exit 1; }

# PostgreSQL refuses to run as root; its package's own user then owns the cluster.
as_owner=()
[ "$(id -u)" -eq 0 ] && as_owner=(runuser -u postgres --)

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$dir"
}

case "$action" in
start)
    stop
    mkdir -p "$dir"
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U talentflow_admin -A trust -E UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # Durability is not what a throwaway cluster is for: no fsync, and a quick start.
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "PostgreSQL cluster in $dir: postgresql://talentflow_admin@/postgres?host=$dir"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: cluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
