// Session lifetime (documented in README and docs/decisions/005-sessions.md):
// a session ends after IDLE_MINUTES without a request, and in any case ABSOLUTE_HOURS after sign-in.
// Read through lib/config (one check for every setting; the start has already refused a bad value).
import { positiveNumberSetting as positive } from "@/lib/config";

export const SESSION_IDLE_MINUTES = positive("SESSION_IDLE_MINUTES", 30);
export const SESSION_ABSOLUTE_HOURS = positive("SESSION_ABSOLUTE_HOURS", 10);

export interface SessionClaims {
  personId: string;
  sessionVersion: number;
  /** Seconds since the epoch at sign-in. */
  authTime: number;
  /** Set on every token minted in demo mode; such a token is refused outside demo mode (sessionUsable). */
  demo?: boolean;
}

/** A decoded session token's demo claim against the mode the portal runs in now: demo tokens only in demo mode. */
export function demoClaimAllowed(token: object, demoMode: boolean): boolean {
  const claim = (token as { demo?: unknown }).demo;
  return claim === undefined || claim === false || demoMode;
}

export function sessionExpired(claims: Pick<SessionClaims, "authTime">, nowSeconds: number): boolean {
  if (!Number.isFinite(claims.authTime)) return true;
  return nowSeconds - claims.authTime > SESSION_ABSOLUTE_HOURS * 3600;
}
