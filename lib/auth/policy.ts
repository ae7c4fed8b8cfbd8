// Session policy (documented in README and docs/decisions/005-sessions.md):
// a session ends after IDLE_MINUTES without a request, and in any case ABSOLUTE_HOURS after sign-in.
export const SESSION_IDLE_MINUTES = Number(process.env.SESSION_IDLE_MINUTES ?? 30);
export const SESSION_ABSOLUTE_HOURS = Number(process.env.SESSION_ABSOLUTE_HOURS ?? 10);

export interface SessionClaims {
  personId: string;
  sessionVersion: number;
  /** Seconds since the epoch at sign-in. */
  authTime: number;
}

export function sessionExpired(claims: Pick<SessionClaims, "authTime">, nowSeconds: number): boolean {
  return nowSeconds - claims.authTime > SESSION_ABSOLUTE_HOURS * 3600;
}
