// Liveness: the process is up and serves requests. Touches no database, so a database outage does not
// make an orchestrator restart every instance (readiness, /api/health/ready, takes them out of rotation).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
