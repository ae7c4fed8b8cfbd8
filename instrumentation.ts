// Runs once when the server starts: opens the database, applies migrations and (embedded) seeds demo
// data before the first request, so a misconfiguration is reported at start with one clear message.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./lib/startup");
    await startServer();
  }
}
