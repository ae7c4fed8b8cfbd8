// Operator's path (scripts/ci/operator-path.sh): file one declaration as a real person through the data
// layer (lib/declarations/data.ts: the same saveDraft + submitDeclaration the form's server actions call,
// with their authority checks, rules, routing and audit events), on the configured DATABASE_URL (the
// application role). Not a row inserted by SQL: it proves the least-privileged role can file.
//
//   node --conditions react-server --import tsx scripts/ci/file-declaration.ts <e-mail of the person>
//
// Prints one JSON object {"ok":true,"id","status","reference"} and exits 0, or exits 1 with the reason.
import { randomUUID } from "node:crypto";
import { closeDb, getDb } from "@/lib/db";
import { saveDraft, submitDeclaration } from "@/lib/declarations/data";
import { viewerFor } from "@/tests/support/viewer";

async function main(): Promise<number> {
  const email = process.argv[2];
  if (!email) {
    console.error("usage: file-declaration.ts <e-mail>");
    return 2;
  }
  const db = await getDb();
  const { id } = await db.person.findFirstOrThrow({ where: { email }, select: { id: true } });
  const viewer = await viewerFor(db, id);
  const today = new Date().toISOString().slice(0, 10);
  const draft = await saveDraft(viewer, {
    type: "gift",
    raw: {
      direction: "received",
      kind: "goods",
      description: "Fles wijn",
      giver: "Bouwbedrijf De Maas",
      valueEuros: "50,00",
      date: today,
      giverInProcurementOrAwaitingDecision: "no",
      deliveredToHomeAddress: "no",
      foreignRelation: "no",
      refusalWouldOffend: "no",
      exceptionGrounds: ["b"],
      explanation: "",
    },
  });
  const result = await submitDeclaration(viewer, { id: draft.id, version: draft.version, submissionKey: randomUUID() });
  console.log(JSON.stringify({ ok: true, id: result.id, status: result.status, reference: result.reference }));
  await closeDb();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      JSON.stringify({ ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
    );
    process.exit(1);
  },
);
