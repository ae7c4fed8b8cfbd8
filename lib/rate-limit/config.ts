// Rate limits (docs/decisions/028-http-hardening-and-rate-limits.md), from the environment:
//   RATE_LIMIT_SIGN_IN_PER_15_MIN        failed sign-in attempts per account identifier per 15 minutes (default 10)
//   RATE_LIMIT_SIGN_IN_PER_IP_PER_15_MIN failed sign-in attempts per client IP per 15 minutes (default 50: an
//                                        office behind one NAT address shares it)
//   RATE_LIMIT_SUBMIT_PER_HOUR           declaration saves and submissions per person per hour (default 30)
//   RATE_LIMIT_SCIM_PER_MINUTE           SCIM requests per token per minute (default 600; decision 070)
// Read on every use (tests and benchmarks can change them), and once at server start (lib/startup.ts),
// where a mistyped value stops the portal with a clear message instead of switching the limit off.
import { positiveIntegerSetting as positiveInteger } from "@/lib/config";

export interface RateLimitSettings {
  signInPerAccount: number;
  signInPerIp: number;
  submitPerHour: number;
  scimPerMinute: number;
}

export function rateLimitSettings(): RateLimitSettings {
  return {
    signInPerAccount: positiveInteger("RATE_LIMIT_SIGN_IN_PER_15_MIN", 10),
    signInPerIp: positiveInteger("RATE_LIMIT_SIGN_IN_PER_IP_PER_15_MIN", 50),
    submitPerHour: positiveInteger("RATE_LIMIT_SUBMIT_PER_HOUR", 30),
    scimPerMinute: positiveInteger("RATE_LIMIT_SCIM_PER_MINUTE", 600),
  };
}

export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const SUBMIT_WINDOW_SECONDS = 60 * 60;
export const SCIM_WINDOW_SECONDS = 60;
