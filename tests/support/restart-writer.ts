// The writer of tests/integration/restart.test.ts: opens the database the environment names (PGLITE_DATA_DIR
// for an embedded directory, or DATABASE_URL), then files declarations through the data layer without end
// (saveDraft + submitDeclaration: validation, rules, transaction, audit event, notification outbox) and prints
// "ACK <id>" only after each submission's transaction has committed. The parent kills it with SIGKILL while
// it is still writing, then checks that every acknowledged declaration survived.
//
//   node --conditions=react-server --import tsx tests/support/restart-writer.ts
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import { saveDraft, submitDeclaration } from "@/lib/declarations/data";
import { viewerByName } from "@/tests/support/viewer";

const db = await getDb();
const viewer = await viewerByName(db, process.env.WRITER_PERSON ?? "Fatima El Amrani");
// A few days ago: a gift may not be dated in the future.
const date = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
process.stdout.write("READY\n");

for (let i = 1; ; i++) {
  const saved = await saveDraft(viewer, {
    type: "gift",
    raw: {
      direction: "received",
      kind: "goods",
      description: `Herstarttest ${i}`,
      giver: "Bouwbedrijf X",
      valueEuros: "250,00",
      date,
      giverInProcurementOrAwaitingDecision: "no",
      deliveredToHomeAddress: "no",
      foreignRelation: "no",
      refusalWouldOffend: "no",
    },
  });
  await submitDeclaration(viewer, { id: saved.id, version: saved.version, submissionKey: randomUUID() });
  // Synchronous on a pipe (Linux): once the parent reads this line, the commit has happened.
  process.stdout.write(`ACK ${saved.id}\n`);
}
