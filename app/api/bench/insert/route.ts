import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import { isDemoMode } from "@/lib/config";
import { refuseCrossOrigin } from "@/lib/http/origin";

// The baseline of the benchmarks (scripts/bench, docs/benchmarks.md): a bare route handler that performs
// one INSERT (a draft declaration for the given person) and nothing else, to compare the real submission
// with. It does not exist unless the server runs with PORTAL_BENCH=1 AND in demo mode (embedded database
// or PORTAL_DEMO=local-postgres on this machine), so a production deployment never answers it.
export const dynamic = "force-dynamic";

function enabled(): boolean {
  return process.env.PORTAL_BENCH === "1" && isDemoMode();
}

export async function POST(request: Request) {
  if (!enabled()) return new Response("Not found", { status: 404 });
  // A data-changing handler: a browser's cross-site POST (another Origin) is refused, like the portal's others.
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  const personId = new URL(request.url).searchParams.get("person") ?? "";
  if (!/^[a-z0-9]{1,64}$/i.test(personId)) return new Response("Bad request", { status: 400 });
  const db = await getDb();
  // One statement: the person's organisation comes along in the INSERT ... SELECT.
  const inserted = await db.$executeRaw`
    INSERT INTO "Declaration" ("id", "organisationId", "personId", "type", "title", "updatedAt")
    SELECT ${randomUUID().replace(/-/g, "")}, "organisationId", "id", 'GIFT', 'bench', now()
    FROM "Person" WHERE "id" = ${personId}`;
  if (inserted !== 1) return new Response("Not found", { status: 404 });
  return new Response(null, { status: 204 });
}
