// Readiness: 200 when the database answers and all migrations are applied, 503 with a reason code
// otherwise (database-unavailable, database-timeout, migrations-pending, migration-failed,
// migrations-unreadable). No personal data: status, reason and migration names only.
import { getDb } from "@/lib/db";
import { checkReadiness } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness(getDb);
  const headers = { "Cache-Control": "no-store" };
  if (readiness.ready) return Response.json({ status: "ready", migrations: readiness.migrations }, { headers });
  const { ready: _ready, ...rest } = readiness;
  return Response.json({ status: "unavailable", ...rest }, { status: 503, headers });
}
