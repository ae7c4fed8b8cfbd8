// npm run audit:checkpoint
//
// Takes an audit checkpoint now (lib/audit/checkpoint-writer.ts, reason "manual"): one signed line per organisation
// with events, printed as the structured log line and appended to AUDIT_CHECKPOINT_FILE when set. The portal
// does the same every AUDIT_CHECKPOINT_MINUTES and at shutdown; this is for an operator, e.g. right before a
// backup. Uses the app's database choice and key settings; runs no migrations; only reads the database.
// Exit 0 when the checkpoints were written, 1 when not (no key, database unreachable, file not writable).
import { resolveDbTarget } from "../lib/db/config";
import { openDb } from "../lib/db/client";
import { writeAuditCheckpoints } from "../lib/audit/checkpoint-writer";
import { readAuditCheckpointSettings } from "../lib/audit/settings";
import { setLogSink } from "../lib/log";

async function main(): Promise<number> {
  const settings = readAuditCheckpointSettings();
  if (!settings.key) {
    console.error("audit:checkpoint needs a key: set AUDIT_CHECKPOINT_KEY (or NEXTAUTH_SECRET), as the portal has.");
    return 1;
  }
  const opened = await openDb(resolveDbTarget());
  let failed = false;
  // Every line to stdout; a failure line (audit.checkpoint-file-failed, ...) marks the run as failed.
  setLogSink({
    stdout: (line) => console.log(line),
    stderr: (line) => {
      failed = true;
      console.error(line);
    },
  });
  try {
    const written = await writeAuditCheckpoints("manual", { db: opened.prisma, settings });
    if (failed) return 1;
    console.error(
      `${written.length} checkpoint${written.length === 1 ? "" : "s"} written${settings.file ? ` to the log and ${settings.file}` : " to the log (AUDIT_CHECKPOINT_FILE is not set)"}.`,
    );
    return 0;
  } finally {
    setLogSink();
    await opened.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`audit:checkpoint failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
