#!/usr/bin/env bash
# The operator's path (issue 20, item 8): follows docs/operations.md on a FRESH CLONE against PostgreSQL, with
# the two database roles of section 3 (an owner that migrates, a least-privileged application role that runs the
# portal): npm ci, the roles from `npm run db:roles`, `npm run db:migrate` as the owner, `npm run bootstrap`,
# `npm run build`, `npm run serve` as the application role with single sign-on pointed at the test identity
# provider, readiness and jobs, one declaration filed through the data layer, `npm run audit:checkpoint`,
# pg_dump -Fc, pg_restore into a new database, `npm run audit:verify -- --checkpoint` on the copy (intact), a
# deleted last event on the copy (verify must exit 1), SIGTERM (the server must exit 0).
#
#   bash scripts/ci/operator-path.sh
#
# Needs: git, node/npm, psql/pg_dump/pg_restore, curl, a PostgreSQL superuser (PGSUPER_URL, default
# postgresql://postgres:postgres@127.0.0.1:5432/postgres). Port: OPERATOR_PORT (default 3181) and
# OPERATOR_IDP_PORT (default 3182). Every step prints what it did; a failure exits 1 naming the step. It drops
# its databases and roles at the end, whatever happened.
set -euo pipefail
src="$(cd "$(dirname "$0")/../.." && pwd)"
super="${PGSUPER_URL:-postgresql://postgres:postgres@127.0.0.1:5432/postgres}"
port="${OPERATOR_PORT:-3181}"
idp_port="${OPERATOR_IDP_PORT:-3182}"
pg_host=$(node -e 'const u=new URL(process.argv[1]);console.log(u.hostname)' "$super")
pg_port=$(node -e 'const u=new URL(process.argv[1]);console.log(u.port||5432)' "$super")
db=portal_oppath
restored=portal_oppath_restored
owner=portal_oppath_owner
app=portal_oppath_app
owner_pw=$(openssl rand -hex 16)
app_pw=$(openssl rand -hex 16)
owner_url="postgresql://$owner:$owner_pw@$pg_host:$pg_port/$db"
app_url="postgresql://$app:$app_pw@$pg_host:$pg_port/$db"
admin_email="beheer@operator-path.example"

work=$(mktemp -d /tmp/operator-path.XXXXXX)
started=$(date +%s)
current="setup"
server_pid=""
idp_pid=""
step() { current="$1"; echo; echo "=== operator path: $1 ($(( $(date +%s) - started ))s)"; }
say() { echo "    $*"; }
fail() { echo "FAILED at step \"$current\": $*" >&2; exit 1; }
psql_super() { PGOPTIONS="-c client_min_messages=warning" psql -X -v ON_ERROR_STOP=1 -q "$super" "$@"; }

cleanup() {
  rc=$?
  trap - ERR
  set +e
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill -TERM "$server_pid"; wait "$server_pid" 2>/dev/null; fi
  if [ -n "$idp_pid" ] && kill -0 "$idp_pid" 2>/dev/null; then kill -TERM "$idp_pid"; wait "$idp_pid" 2>/dev/null; fi
  if [ $rc -ne 0 ] && [ -f "$work/server.log" ]; then echo "--- last lines of the server's log:" >&2; tail -20 "$work/server.log" >&2; fi
  psql -X -q "$super" -c "drop database if exists $db with (force)" -c "drop database if exists $restored with (force)" \
    -c "drop role if exists $app" -c "drop role if exists $owner" >/dev/null 2>&1
  rm -rf "$work"
  echo
  if [ $rc -eq 0 ]; then
    echo "operator path: all steps passed in $(( $(date +%s) - started ))s (databases and roles dropped)"
  else
    echo "operator path: FAILED at step \"$current\" after $(( $(date +%s) - started ))s (databases and roles dropped)" >&2
  fi
  exit $rc
}
trap cleanup EXIT
trap 'fail "command failed (exit $?) on line $LINENO"' ERR

step "clean slate"
psql_super -c "drop database if exists $db with (force)" -c "drop database if exists $restored with (force)" \
  -c "drop role if exists $app" -c "drop role if exists $owner"
say "no database $db / $restored, no roles $owner / $app"

step "fresh clone"
git clone -q "$src" "$work/repo"
if [ -d "$src/../shared" ]; then ln -s "$(cd "$src/../shared" && pwd)" "$work/shared"; fi
cd "$work/repo"
say "cloned $(git rev-parse --short HEAD) into $work/repo"

step "npm ci (section 1)"
npm ci --no-audit --no-fund 2>&1 | tail -3 | sed 's/^/    /'
[ -d lib/generated/prisma ] || fail "npm ci did not generate the Prisma client (lib/generated/prisma)"
[ -z "$(git status --porcelain)" ] || fail "npm ci changed tracked files: $(git status --porcelain | head -5)"
say "installed from package-lock.json; the clone is unchanged"

step "database roles (section 3: npm run db:roles)"
npm run --silent db:roles -- --owner "$owner" --app "$app" --database "$db" > "$work/roles.sql"
grep -q '^\\password' "$work/roles.sql" || fail "db:roles printed no \\password lines to replace"
# \password asks on a terminal; CI sets the passwords with ALTER ROLE instead (the only change to the SQL).
sed -e "s/^\\\\password $owner\$/ALTER ROLE \"$owner\" PASSWORD '$owner_pw';/" \
    -e "s/^\\\\password $app\$/ALTER ROLE \"$app\" PASSWORD '$app_pw';/" "$work/roles.sql" > "$work/roles-ci.sql"
! grep -q '^\\password' "$work/roles-ci.sql" || fail "a \\password line was left in the SQL"
psql_super -f "$work/roles-ci.sql"
say "created $owner (owns $db) and $app (CONNECT only) with the SQL db:roles printed"

step "migrate as the owner role (section 3: npm run db:migrate)"
MIGRATION_DATABASE_URL="$owner_url" DATABASE_URL="$app_url" npm run --silent db:migrate 2>&1 | tee "$work/migrate.log" | sed 's/^/    /'
grep -q "Granted \"$app\"" "$work/migrate.log" || fail "db:migrate did not report granting $app its rights"
owner_of=$(psql -X -tA "$owner_url" -c "select tableowner from pg_tables where tablename = 'AuditEvent'")
[ "$owner_of" = "$owner" ] || fail "AuditEvent is owned by '$owner_of', not $owner"
say "the tables belong to $owner; $app was granted its rights"

step "least privilege: the application role cannot touch the audit trail"
if psql -X -q "$app_url" -c 'alter table "AuditEvent" disable trigger all' 2>"$work/deny.txt"; then fail "$app could disable the audit triggers"; fi
say "alter table ... disable trigger as $app: $(head -1 "$work/deny.txt")"
if psql -X -q "$app_url" -c 'truncate "AuditEvent"' 2>"$work/deny.txt"; then fail "$app could truncate the audit trail"; fi
say "truncate as $app: $(head -1 "$work/deny.txt")"

step "bootstrap the first organisation and administrator (section 1: npm run bootstrap)"
DATABASE_URL="$app_url" npm run --silent bootstrap -- --slug gemeente-oppath --name "Gemeente Operatorpad" --profile gemeente \
  --admin-email "$admin_email" --admin-name "Jan de Beheerder" | tee "$work/bootstrap.json" | sed 's/^/    /'
grep -q '"ok":true' "$work/bootstrap.json" || fail "bootstrap did not answer ok"

step "build (section 1: npm run build)"
npm run --silent build > "$work/build.log" 2>&1 || { tail -30 "$work/build.log" >&2; fail "npm run build failed"; }
say "$(grep -E 'Compiled|Generating static pages' "$work/build.log" | tail -2 | tr '\n' ' ')"

step "test identity provider (tests/support/oidc-provider.ts) on port $idp_port"
OIDC_PROVIDER_PORT=$idp_port PORTAL_URL="http://localhost:$port" node node_modules/tsx/dist/cli.mjs tests/support/oidc-provider.ts > "$work/idp.log" 2>&1 &
idp_pid=$!
for i in $(seq 1 60); do curl -fsS "http://localhost:$idp_port/.well-known/openid-configuration" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fsS "http://localhost:$idp_port/.well-known/openid-configuration" >/dev/null || fail "the identity provider did not answer"
say "issuer http://localhost:$idp_port answers its discovery document"

secret=$(openssl rand -base64 32)
checkpoint_key=$(openssl rand -base64 32)
run_env=(env -u PORTAL_DEMO -u MIGRATION_DATABASE_URL -u TEST_DATABASE_URL -u E2E_DATABASE_URL -u PGLITE_DATA_DIR
  DATABASE_URL="$app_url" NEXTAUTH_SECRET="$secret" NEXTAUTH_URL="http://localhost:$port" PORT="$port"
  OIDC_ISSUER="http://localhost:$idp_port" OIDC_CLIENT_ID=integriteitsportaal OIDC_CLIENT_SECRET=test-secret-not-for-production
  AUDIT_CHECKPOINT_KEY="$checkpoint_key" AUDIT_CHECKPOINT_FILE="$work/audit-checkpoints.jsonl")

step "start as the application role (section 1: the command npm run serve stands for) on port $port"
# Not through npm: SIGTERM sent to `npm run serve` ends npm with 143 and the server without its graceful
# shutdown (tried), so a process manager must start the server's own command (docs/operations.md section 1).
"${run_env[@]}" node --no-warnings --import tsx scripts/serve.ts > "$work/server.log" 2>&1 &
server_pid=$!
ready=""
for i in $(seq 1 120); do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    early_rc=0
    wait "$server_pid" || early_rc=$?
    server_pid=""
    fail "the server exited during start with exit code $early_rc"
  fi
  ready=$(curl -sS "http://localhost:$port/api/health/ready" 2>/dev/null || true)
  case "$ready" in *'"status":"ready"'*) break ;; esac
  sleep 1
done
case "$ready" in *'"status":"ready"'*) ;; *) fail "/api/health/ready never answered ready (last: $ready)" ;; esac
say "GET /api/health/ready: $ready"
! grep -q '"event":"startup.audit-trail-unprotected"' "$work/server.log" || fail "the server warned that the audit trail is unprotected"
nonjson=$(grep -cv '^{' "$work/server.log" || true)
say "server log so far: $(wc -l < "$work/server.log") lines, $nonjson not JSON"

step "background jobs running (section 5: /api/health/jobs)"
jobs=""
for i in $(seq 1 60); do
  jobs=$(curl -sS "http://localhost:$port/api/health/jobs" 2>/dev/null || true)
  case "$jobs" in *'"runner":{"status":"running"'*) break ;; esac
  sleep 1
done
case "$jobs" in *'"runner":{"status":"running"'*) ;; *) fail "/api/health/jobs does not show the runner running (last: $jobs)" ;; esac
say "GET /api/health/jobs: $jobs"

step "file a declaration as the bootstrapped administrator (data layer, application role)"
"${run_env[@]}" node --no-warnings --conditions react-server --import tsx scripts/ci/file-declaration.ts "$admin_email" | tee "$work/filed.json" | sed 's/^/    /'
grep -q '"ok":true' "$work/filed.json" || fail "the declaration was not filed"
decl_id=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).id)' "$work/filed.json")
events=$(psql -X -tA "$app_url" -c "select string_agg(action, ',' order by seq) from \"AuditEvent\" where \"entityId\" = '$decl_id'")
[ -n "$events" ] || fail "no audit event recorded for declaration $decl_id"
say "audit events of $decl_id: $events"

step "audit checkpoint (section 9: npm run audit:checkpoint)"
"${run_env[@]}" npm run --silent audit:checkpoint > "$work/checkpoint.log" 2>&1 || { cat "$work/checkpoint.log" >&2; fail "audit:checkpoint failed"; }
[ -s "$work/audit-checkpoints.jsonl" ] || fail "no checkpoint was written to AUDIT_CHECKPOINT_FILE"
say "$(wc -l < "$work/audit-checkpoints.jsonl") checkpoint line(s) in AUDIT_CHECKPOINT_FILE: $(tail -1 "$work/audit-checkpoints.jsonl" | cut -c1-160)…"

step "backup (section 7: pg_dump -Fc as the owner)"
pg_dump "$owner_url" -Fc -f "$work/backup.dump"
say "dump of $db: $(stat -c %s "$work/backup.dump") bytes"

step "restore into a new database (section 7: pg_restore)"
# As section 3's SQL does for the first database: the owner role is NOINHERIT, so it must own the schema
# "public" itself (PostgreSQL 15 gives CREATE there only to the database owner via pg_database_owner).
psql_super -c "create database $restored owner $owner" -c "revoke all on database $restored from public" \
  -c "grant connect on database $restored to $app"
psql -X -v ON_ERROR_STOP=1 -q "${super%/*}/$restored" -c "alter schema public owner to $owner" -c "revoke create on schema public from public"
pg_restore --no-owner --exit-on-error -d "postgresql://$owner:$owner_pw@$pg_host:$pg_port/$restored" "$work/backup.dump"
restored_owner_url="postgresql://$owner:$owner_pw@$pg_host:$pg_port/$restored"
app_restored=$(psql -X -tA "postgresql://$app:$app_pw@$pg_host:$pg_port/$restored" -c 'select count(*) from "Declaration"') \
  || fail "the application role cannot read the restored database (its grants were not restored)"
say "restored into $restored: $(psql -X -tA "$restored_owner_url" -c 'select count(*) from "AuditEvent"') audit events, $(psql -X -tA "$restored_owner_url" -c 'select count(*) from "Declaration"') declaration(s)"

step "audit:verify against the checkpoint on the restored copy (section 7, 9)"
env -u NEXTAUTH_SECRET AUDIT_CHECKPOINT_KEY="$checkpoint_key" DATABASE_URL="$restored_owner_url" \
  npm run --silent audit:verify -- --checkpoint "$work/audit-checkpoints.jsonl" > "$work/verify.log" 2>&1 \
  || { cat "$work/verify.log" >&2; fail "audit:verify did not report the restored copy intact"; }
sed 's/^/    /' "$work/verify.log"
grep -q 'intact' "$work/verify.log" || fail "audit:verify did not say intact"

step "negative check: the last audit event deleted on the restored copy (superuser, triggers off)"
psql -X -v ON_ERROR_STOP=1 -q "${super%/*}/$restored" -c 'alter table "AuditEvent" disable trigger all' \
  -c 'delete from "AuditEvent" where id = (select id from "AuditEvent" order by id desc limit 1)' \
  -c 'alter table "AuditEvent" enable trigger all' 2>&1 | sed 's/^/    /'
verify_rc=0
env -u NEXTAUTH_SECRET AUDIT_CHECKPOINT_KEY="$checkpoint_key" DATABASE_URL="$restored_owner_url" \
  npm run --silent audit:verify -- --checkpoint "$work/audit-checkpoints.jsonl" > "$work/verify-bad.log" 2>&1 || verify_rc=$?
sed 's/^/    /' "$work/verify-bad.log"
[ $verify_rc -eq 1 ] || fail "audit:verify exited $verify_rc after the last event was deleted (expected 1)"
grep -q '^MISSING' "$work/verify-bad.log" || fail "audit:verify did not report the event MISSING"
say "audit:verify exit 1: the deleted last event is reported"

step "stop: SIGTERM to the server (section 1)"
kill -TERM "$server_pid"
server_rc=0
wait "$server_pid" || server_rc=$?
server_pid=""
[ $server_rc -eq 0 ] || fail "the server exited $server_rc after SIGTERM (expected 0)"
grep -q '"event":"shutdown.complete"' "$work/server.log" || fail "no shutdown.complete in the server's log"
say "exit 0 after SIGTERM; $(grep -c '"event":"request"' "$work/server.log" || true) request lines, $(grep -cv '^{' "$work/server.log" || true) non-JSON lines in $(wc -l < "$work/server.log") log lines"
