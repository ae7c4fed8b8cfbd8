// Readiness: 200 when the database answers and all migrations are applied, 503 with a reason code
// otherwise (database-unavailable, database-timeout, database-read-only, migrations-pending, migration-failed,
// migrations-unreadable, shutting-down). No personal data: status, reason and migration names only.
import { getDb } from "@/lib/db";
import { checkReadiness } from "@/lib/health/readiness";
import { isDraining } from "@/lib/shutdown";

export const dynamic = "force-dynamic";

export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  // From SIGTERM on: out of rotation at once, while the requests in flight finish (scripts/serve.ts).
  if (isDraining()) return Response.json({ status: "unavailable", reason: "shutting-down" }, { status: 503, headers });
  const readiness = await checkReadiness(getDb);
  if (readiness.ready) return Response.json({ status: "ready", migrations: readiness.migrations }, { headers });
  const { ready: _ready, ...rest } = readiness;
  return Response.json({ status: "unavailable", ...rest }, { status: 503, headers });
}
