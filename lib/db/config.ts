// Which database the portal uses: decided in lib/config (DATABASE_URL; PGLITE_DATA_DIR; the embedded
// database in .data/pglite in demo mode only). Re-exported here for the database layer and scripts.
export { isDemoMode, redactUrl, resolveDbTarget } from "@/lib/config";
export type { DbTarget } from "@/lib/config";

/** A database that cannot be used (connection refused, damaged data directory): the text says what to fix. */
export class DbConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DbConfigError";
  }
}
