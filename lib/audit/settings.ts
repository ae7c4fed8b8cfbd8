// The settings of the audit trail's checkpoints (issue 20 item 5, docs/decisions/036-audit-checkpoints-and-database-roles.md),
// read in ONE function so that they can move into the validated configuration module as they are.
//
//   AUDIT_CHECKPOINT_KEY      the HMAC key that signs checkpoints (>= 32 characters). Unset: a key derived from
//                             NEXTAUTH_SECRET (HKDF with its own label, so the session key itself never signs).
//   AUDIT_CHECKPOINT_FILE     a file the checkpoints are appended to (JSON lines), besides the structured log.
//   AUDIT_CHECKPOINT_MINUTES  how often (default 15; a divisor of 60, or 60).
import { createHmac, hkdfSync } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export class AuditSettingsError extends Error {
  constructor(message: string) {
    super(message);
    // "DbConfigError" is one of the names lib/startup.ts logs with their text (operator guidance).
    this.name = "DbConfigError";
  }
}

export interface CheckpointKey {
  /** Where it came from (said in messages; never the key). */
  source: "AUDIT_CHECKPOINT_KEY" | "NEXTAUTH_SECRET";
  /** The derived 32-byte HMAC key. */
  key: Buffer;
  /** A public fingerprint of the key (16 hex), written with every checkpoint, so a verifier can tell "another key" from "altered". */
  keyId: string;
}

export interface AuditCheckpointSettings {
  /** null: no key available (no AUDIT_CHECKPOINT_KEY, no NEXTAUTH_SECRET): checkpoints cannot be signed. */
  key: CheckpointKey | null;
  /** Absolute path, or null: log only. */
  file: string | null;
  intervalMinutes: number;
  /** The pg-boss cron expression for the interval. */
  cron: string;
}

const KEY_LABEL = "integriteitsportaal audit-checkpoint v1";
const INTERVALS = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60];

export function deriveCheckpointKey(secret: string, source: CheckpointKey["source"]): CheckpointKey {
  const key = Buffer.from(
    hkdfSync("sha256", Buffer.from(secret, "utf8"), Buffer.alloc(0), Buffer.from(KEY_LABEL, "utf8"), 32),
  );
  const keyId = createHmac("sha256", key).update("key-id").digest("hex").slice(0, 16);
  return { source, key, keyId };
}

export function readAuditCheckpointSettings(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): AuditCheckpointSettings {
  let key: CheckpointKey | null = null;
  const explicit = env.AUDIT_CHECKPOINT_KEY?.trim();
  if (explicit) {
    if (explicit.length < 32) {
      throw new AuditSettingsError(
        "AUDIT_CHECKPOINT_KEY must be at least 32 characters (for example: openssl rand -base64 32).",
      );
    }
    key = deriveCheckpointKey(explicit, "AUDIT_CHECKPOINT_KEY");
  } else {
    // The session secret, as lib/auth/secret.ts finds it: the setting, else the demo's generated one (never created here).
    let secret = env.NEXTAUTH_SECRET?.trim() || env.AUTH_SECRET?.trim();
    if (!secret) {
      try {
        secret = fs.readFileSync(path.join(cwd, ".data", "auth-secret"), "utf8").trim();
      } catch {
        secret = undefined;
      }
    }
    if (secret) key = deriveCheckpointKey(secret, "NEXTAUTH_SECRET");
  }

  const rawFile = env.AUDIT_CHECKPOINT_FILE?.trim();
  const file = rawFile ? path.resolve(cwd, rawFile) : null;

  const rawMinutes = env.AUDIT_CHECKPOINT_MINUTES?.trim();
  const intervalMinutes = rawMinutes ? Number(rawMinutes) : 15;
  if (!INTERVALS.includes(intervalMinutes)) {
    throw new AuditSettingsError(
      `AUDIT_CHECKPOINT_MINUTES must be one of ${INTERVALS.join(", ")} (minutes between audit checkpoints); got "${rawMinutes}".`,
    );
  }
  const cron =
    intervalMinutes === 60 ? "0 * * * *" : intervalMinutes === 1 ? "* * * * *" : `*/${intervalMinutes} * * * *`;
  return { key, file, intervalMinutes, cron };
}
