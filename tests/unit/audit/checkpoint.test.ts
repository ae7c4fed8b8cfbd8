// Audit checkpoints (decision 036): the signature covers every field, the key is its own (derived with a label,
// never the session secret itself), and the settings refuse values that would silently weaken them.
import { createHmac } from "node:crypto";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkpointLine,
  checkpointSignatureValid,
  parseCheckpoints,
  signCheckpoint,
  type Checkpoint,
} from "@/lib/audit/checkpoint";
import { deriveCheckpointKey, readAuditCheckpointSettings } from "@/lib/audit/settings";

const SECRET = "a-session-secret-that-is-at-least-32-characters";
const key = deriveCheckpointKey("an-audit-checkpoint-key-of-at-least-32-chars", "AUDIT_CHECKPOINT_KEY");
const head = { organisationId: "org-1", seq: 42, hash: "b".repeat(64) };
const at = new Date("2026-12-03T10:15:00.000Z");

describe("signed checkpoints", () => {
  const c = signCheckpoint(head, key, "interval", at);

  it("a checkpoint verifies with its key, and not after any field changed", () => {
    expect(c).toMatchObject({
      event: "audit.checkpoint",
      ...head,
      checkpointAt: at.toISOString(),
      reason: "interval",
      keyId: key.keyId,
    });
    expect(checkpointSignatureValid(c, key)).toBe(true);
    const changes: Partial<Checkpoint>[] = [
      { organisationId: "org-2" },
      { seq: 41 },
      { hash: "c".repeat(64) },
      { checkpointAt: "2026-12-03T10:16:00.000Z" },
      { reason: "shutdown" },
    ];
    for (const change of changes)
      expect(checkpointSignatureValid({ ...c, ...change }, key), JSON.stringify(change)).toBe(false);
    const other = deriveCheckpointKey("another-audit-checkpoint-key-32-characters", "AUDIT_CHECKPOINT_KEY");
    expect(checkpointSignatureValid(c, other)).toBe(false);
    expect(checkpointSignatureValid({ ...c, keyId: other.keyId }, other)).toBe(false);
  });

  it("the key derived from NEXTAUTH_SECRET is not the secret itself, nor the explicit key of the same text", () => {
    const derived = deriveCheckpointKey(SECRET, "NEXTAUTH_SECRET");
    expect(derived.key.equals(Buffer.from(SECRET))).toBe(false);
    expect(derived.key).toHaveLength(32);
    // An HMAC made with the raw secret (what a session token library would do) is not a checkpoint signature.
    const raw = createHmac("sha256", SECRET).update("x").digest("hex");
    expect(raw).not.toBe(createHmac("sha256", derived.key).update("x").digest("hex"));
    expect(readAuditCheckpointSettings({ NEXTAUTH_SECRET: SECRET }, "/nonexistent").key).toMatchObject({
      source: "NEXTAUTH_SECRET",
      keyId: derived.keyId,
    });
    expect(
      readAuditCheckpointSettings({ NEXTAUTH_SECRET: SECRET, AUDIT_CHECKPOINT_KEY: "x".repeat(32) }, "/nonexistent")
        .key!.source,
    ).toBe("AUDIT_CHECKPOINT_KEY");
  });

  it("parses checkpoint files and log lines, ignores other lines, rejects malformed checkpoints and honours --until", () => {
    const later = signCheckpoint({ ...head, seq: 50 }, key, "shutdown", new Date("2026-12-04T00:00:00.000Z"));
    const text = [
      checkpointLine(c),
      JSON.stringify({ time: "2026-12-03T10:15:00.001Z", level: "info", ...later, component: "audit" }), // a log line
      '{"time":"x","level":"info","event":"request","path":"/"}',
      "plain text from another program",
      '{"event":"audit.checkpoint","seq":"many"',
      "",
    ].join("\n");
    const all = parseCheckpoints([{ source: "f", text }], key);
    expect(all.valid.map((v) => v.seq)).toEqual([42, 50]);
    expect(all.ignored).toBe(2);
    expect(all.rejected).toMatchObject([{ problem: "malformed", line: 5, detail: "not valid JSON" }]);
    const until = parseCheckpoints([{ source: "f", text }], key, { until: new Date("2026-12-03T23:59:59Z") });
    expect(until.valid.map((v) => v.seq)).toEqual([42]);
    expect(until.afterUntil).toBe(1);
  });
});

describe("checkpoint settings", () => {
  it("defaults: every 15 minutes, no file, key from the demo's generated session secret when there is one", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cp-settings-"));
    expect(readAuditCheckpointSettings({}, dir)).toMatchObject({
      key: null,
      file: null,
      intervalMinutes: 15,
      cron: "*/15 * * * *",
    });
    mkdirSync(path.join(dir, ".data"));
    writeFileSync(path.join(dir, ".data", "auth-secret"), SECRET);
    expect(readAuditCheckpointSettings({}, dir).key!.keyId).toBe(deriveCheckpointKey(SECRET, "NEXTAUTH_SECRET").keyId);
    expect(
      readAuditCheckpointSettings({ AUDIT_CHECKPOINT_FILE: "cp/audit.jsonl", AUDIT_CHECKPOINT_MINUTES: "60" }, dir),
    ).toMatchObject({
      file: path.join(dir, "cp", "audit.jsonl"),
      intervalMinutes: 60,
      cron: "0 * * * *",
    });
  });

  it("refuses a short key and an interval that does not divide the hour", () => {
    expect(() => readAuditCheckpointSettings({ AUDIT_CHECKPOINT_KEY: "short" })).toThrow(
      /AUDIT_CHECKPOINT_KEY must be at least 32 characters/,
    );
    for (const bad of ["7", "0", "-15", "15m", "90"]) {
      expect(() => readAuditCheckpointSettings({ AUDIT_CHECKPOINT_MINUTES: bad }), bad).toThrow(
        /AUDIT_CHECKPOINT_MINUTES must be one of/,
      );
    }
  });
});
