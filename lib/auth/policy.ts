// Session policy (documented in README and docs/decisions/005-sessions.md):
// a session ends after IDLE_MINUTES without a request, and in any case ABSOLUTE_HOURS after sign-in.
function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  // Fail closed: a mistyped setting ("10h") must not switch the limit off.
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number (got "${raw}").`);
  return value;
}

export const SESSION_IDLE_MINUTES = positive("SESSION_IDLE_MINUTES", 30);
export const SESSION_ABSOLUTE_HOURS = positive("SESSION_ABSOLUTE_HOURS", 10);

export interface SessionClaims {
  personId: string;
  sessionVersion: number;
  /** Seconds since the epoch at sign-in. */
  authTime: number;
}

export function sessionExpired(claims: Pick<SessionClaims, "authTime">, nowSeconds: number): boolean {
  if (!Number.isFinite(claims.authTime)) return true;
  return nowSeconds - claims.authTime > SESSION_ABSOLUTE_HOURS * 3600;
}
