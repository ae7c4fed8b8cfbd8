// Demo mode: asked for with PORTAL_DEMO, and allowed only on a database on this machine without single
// sign-on (docs/decisions/034-configuration-and-demo-mode.md). Part of lib/config (decision 045).
import fs from "node:fs";
import path from "node:path";
import { isLocalHost, value, type Env } from "./settings";

export const DEMO_VALUES = new Set(["on", "local-postgres"]);
export const OFF_VALUES = new Set(["", "off"]);

/** Where the demo keeps its generated session key (never accepted outside demo mode). */
export function demoSecretFile(cwd: string = process.cwd()): string {
  return path.join(cwd, ".data", "auth-secret");
}

/** Whether PORTAL_DEMO asks for the demo (not yet whether the demo is allowed here: loadConfig checks that). */
export function demoRequested(env: Env = process.env): boolean {
  const raw = value(env, "PORTAL_DEMO")?.toLowerCase();
  return raw !== undefined && DEMO_VALUES.has(raw);
}

export function oidcTouched(env: Env): boolean {
  return ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"].some((k) => value(env, k) !== undefined);
}

export function databaseIsLocal(env: Env): boolean {
  const raw = value(env, "DATABASE_URL");
  if (raw === undefined) return true;
  try {
    return isLocalHost(new URL(raw).hostname);
  } catch {
    return false;
  }
}

/**
 * Demo mode, as every module asks it at run time: asked for (PORTAL_DEMO), on a database on this machine,
 * and without single sign-on. Never throws: any doubt is "not demo" (the start has already refused the
 * contradictory combinations with a message).
 */
export function isDemoMode(env: Env = process.env): boolean {
  return demoRequested(env) && databaseIsLocal(env) && !oidcTouched(env);
}

/** The demo's generated session key, if one was made in this folder. */
export function readDemoSecretFile(): string | null {
  try {
    return fs.readFileSync(demoSecretFile(), "utf8").trim() || null;
  } catch {
    return null;
  }
}
