import { getDb } from "@/lib/db";

// Liveness and readiness in one: 200 when the database answers, 503 otherwise. No personal data.
export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const db = await getDb();
    await db.$queryRawUnsafe("select 1");
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
