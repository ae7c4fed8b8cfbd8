// Readiness: 200 when the database answers and all migrations are applied, 503 with a reason code
// otherwise (database-unavailable, database-timeout, database-read-only, migrations-pending, migration-failed,
// migrations-unreadable, starting, shutting-down). No personal data: status, reason and migration names only. `warnings`
// lists what the operator must know although the instance serves (e.g. SMTP_URL unset: mail stays in the outbox).
import { getDb } from "@/lib/db";
import { checkReadiness, readinessWarnings } from "@/lib/health/readiness";
import { isDraining, isWarmingUp } from "@/lib/shutdown";

export const dynamic = "force-dynamic";

export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  // From SIGTERM on: out of rotation at once, while the requests in flight finish (scripts/serve.ts).
  if (isDraining()) return Response.json({ status: "unavailable", reason: "shutting-down" }, { status: 503, headers });
  const readiness = await checkReadiness(getDb);
  const warnings = readinessWarnings();
  // Listening but still rendering its first pages (scripts/serve.ts): a balancer waits, nobody waits in silence.
  if (readiness.ready && isWarmingUp())
    return Response.json({ status: "unavailable", reason: "starting", warnings }, { status: 503, headers });
  if (readiness.ready)
    return Response.json({ status: "ready", migrations: readiness.migrations, warnings }, { headers });
  const { ready: _ready, ...rest } = readiness;
  return Response.json({ status: "unavailable", ...rest, warnings }, { status: 503, headers });
}
