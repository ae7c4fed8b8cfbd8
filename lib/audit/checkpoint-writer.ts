// Writes the audit checkpoints (lib/audit/checkpoint.ts): one signed line per organisation with events, to the
// structured log (event "audit.checkpoint") and, when AUDIT_CHECKPOINT_FILE is set, appended to that file.
// Called by the recurring job (lib/jobs/runner.ts, every AUDIT_CHECKPOINT_MINUTES) and at shutdown
// (lib/startup.ts), after the last requests and jobs have finished and before the database is closed.
import { mkdir, open } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logError, logger } from "@/lib/log";
import {
  checkpointFields,
  checkpointLine,
  readChainHeads,
  signCheckpoint,
  type Checkpoint,
  type CheckpointReason,
} from "./checkpoint";
import { readAuditCheckpointSettings, type AuditCheckpointSettings } from "./settings";

export interface WriteCheckpointsOptions {
  /** The database (default: the app's, lib/db getDb()). */
  db?: Pick<PrismaClient, "auditEvent" | "organisation">;
  /** Default: readAuditCheckpointSettings(). */
  settings?: AuditCheckpointSettings;
  at?: Date;
}

/**
 * Writes one checkpoint per organisation with events. Never throws (a shutdown must go on): failures are logged
 * (`audit.checkpoint-failed`) and the checkpoints that were made are returned.
 */
export async function writeAuditCheckpoints(
  reason: CheckpointReason,
  options: WriteCheckpointsOptions = {},
): Promise<Checkpoint[]> {
  let settings: AuditCheckpointSettings;
  try {
    settings = options.settings ?? readAuditCheckpointSettings();
  } catch (error) {
    // Our own settings error: its text says what to fix.
    logError("audit.checkpoint-failed", error, { component: "audit", configError: (error as Error).message });
    return [];
  }
  if (!settings.key) {
    logger.warn("audit.checkpoint-skipped", {
      component: "audit",
      reason: "no key: set AUDIT_CHECKPOINT_KEY or NEXTAUTH_SECRET",
    });
    return [];
  }
  let checkpoints: Checkpoint[];
  try {
    const db = options.db ?? (await (await import("@/lib/db")).getDb());
    const at = options.at ?? new Date();
    checkpoints = (await readChainHeads(db)).map((head) => signCheckpoint(head, settings.key!, reason, at));
  } catch (error) {
    logError("audit.checkpoint-failed", error, { component: "audit", reason });
    return [];
  }
  for (const c of checkpoints) {
    // The log line carries the same fields as the file line, so either can be given to audit:verify.
    logger.info(c.event, { component: "audit", ...checkpointFields(c) });
  }
  if (settings.file && checkpoints.length > 0) {
    try {
      await mkdir(path.dirname(settings.file), { recursive: true });
      const handle = await open(settings.file, "a", 0o640);
      try {
        await handle.appendFile(checkpoints.map((c) => `${checkpointLine(c)}\n`).join(""));
        await handle.datasync();
      } finally {
        await handle.close();
      }
    } catch (error) {
      logError("audit.checkpoint-file-failed", error, { component: "audit", reason });
    }
  }
  return checkpoints;
}
