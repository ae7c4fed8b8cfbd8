// Readiness: 200 when the database answers and all migrations are applied, 503 with a reason code
// otherwise (database-unavailable, database-timeout, migrations-pending, migration-failed,
// migrations-unreadable). No personal data: status, reason and migration names only. `warnings` lists
// what the operator must know although the instance serves (e.g. SMTP_URL unset: mail stays in the outbox).
import { getDb } from "@/lib/db";
import { checkReadiness, readinessWarnings } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness(getDb);
  const headers = { "Cache-Control": "no-store" };
  const warnings = readinessWarnings();
  if (readiness.ready) return Response.json({ status: "ready", migrations: readiness.migrations, warnings }, { headers });
  const { ready: _ready, ...rest } = readiness;
  return Response.json({ status: "unavailable", ...rest, warnings }, { status: 503, headers });
}
