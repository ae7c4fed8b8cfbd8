// The portal's rate limits, on top of the counters in store.ts. See docs/decisions/028-http-hardening-and-rate-limits.md.
import { getDb } from "@/lib/db";
import { rateLimitSettings, SCIM_WINDOW_SECONDS, SIGN_IN_WINDOW_SECONDS, SUBMIT_WINDOW_SECONDS } from "./config";
import { hitRateLimit, undoRateLimitHit, type RateLimitResult } from "./store";

/**
 * Counts one declaration save or submission of this person. Returns null when it may go ahead, else the
 * whole minutes until the person may try again (for "Probeer het over N minuten opnieuw").
 */
export async function declarationWriteLimit(
  personId: string,
  now = new Date(),
): Promise<{ retryAfterMinutes: number } | null> {
  const { submitPerHour } = rateLimitSettings();
  const result = await hitRateLimit(
    await getDb(),
    `declaration-write:${personId}`,
    submitPerHour,
    SUBMIT_WINDOW_SECONDS,
    now,
  );
  return result.allowed ? null : { retryAfterMinutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) };
}

export interface SignInAttempt {
  /** The hits counted for this attempt; pass them to forgiveSignInAttempt when the sign-in succeeded. */
  hits: { key: string; windowStart: Date }[];
  refused: { retryAfterSeconds: number } | null;
}

/**
 * Counts a sign-in attempt against the client's address and (when known) the account identifier. Only
 * failed attempts should stay counted: the caller forgives a successful one, so people who sign in often
 * are never locked out, while guessing is.
 */
export async function countSignInAttempt(
  ip: string | null,
  account: string | null,
  now = new Date(),
): Promise<SignInAttempt> {
  const { signInPerAccount, signInPerIp } = rateLimitSettings();
  const db = await getDb();
  const checks: { key: string; limit: number }[] = [];
  if (ip) checks.push({ key: `sign-in:ip:${ip}`, limit: signInPerIp });
  if (account) checks.push({ key: `sign-in:account:${account.toLowerCase().slice(0, 200)}`, limit: signInPerAccount });
  const hits: SignInAttempt["hits"] = [];
  let refused: RateLimitResult | null = null;
  for (const check of checks) {
    const result = await hitRateLimit(db, check.key, check.limit, SIGN_IN_WINDOW_SECONDS, now);
    hits.push({ key: check.key, windowStart: result.windowStart });
    if (!result.allowed && (!refused || result.retryAfterSeconds > refused.retryAfterSeconds)) refused = result;
  }
  return { hits, refused: refused ? { retryAfterSeconds: refused.retryAfterSeconds } : null };
}

export async function forgiveSignInAttempt(attempt: SignInAttempt): Promise<void> {
  const db = await getDb();
  for (const hit of attempt.hits) await undoRateLimitHit(db, hit.key, hit.windowStart);
}

/**
 * Counts one SCIM request: per token once it is known, else (a missing or wrong token) per client address
 * against the sign-in limit, so guessing tokens is as slow as guessing passwords. Null: it may go ahead.
 */
export async function scimRequestLimit(
  who: { tokenId: string } | { ip: string | null },
  now = new Date(),
): Promise<{ retryAfterSeconds: number } | null> {
  const { scimPerMinute, signInPerIp } = rateLimitSettings();
  const result =
    "tokenId" in who
      ? await hitRateLimit(await getDb(), `scim:token:${who.tokenId}`, scimPerMinute, SCIM_WINDOW_SECONDS, now)
      : await hitRateLimit(await getDb(), `scim:ip:${who.ip ?? "unknown"}`, signInPerIp, SIGN_IN_WINDOW_SECONDS, now);
  return result.allowed ? null : { retryAfterSeconds: result.retryAfterSeconds };
}
