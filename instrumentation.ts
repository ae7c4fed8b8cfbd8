// Runs once when the server starts: opens the database, applies migrations and (embedded) seeds demo
// data before the first request, so a misconfiguration is reported at start with one clear message.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb, resolveDbTarget } = await import("@/lib/db");
  const { readOidcConfig } = await import("@/lib/auth/oidc");
  try {
    readOidcConfig();
    const target = resolveDbTarget();
    await getDb();
    console.log(`[portal] database ready: ${target.display}`);
  } catch (error) {
    console.error(`\n[portal] cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
