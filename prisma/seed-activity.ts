// Demo activity: some months of declarations, decisions and their audit trail at the Rijk and the Gemeente, so the
// integrity overview, the audit trail and the gift register have something to show in the demo. Dated back from
// `now`; decided, registered, and a few overdue decisions. Loaded by the demo server (lib/db prepareDatabase);
// the integration tests that count seed without it (seedDemoData's default).
import type {
  DeclarationStatus,
  DeclarationType,
  GiftDestination,
  Prisma,
  PrismaClient,
  RuleOutcome,
} from "@/lib/generated/prisma/client";
import { GENESIS_HASH, hashEvent } from "@/lib/audit/chain";
import { createDeclaration } from "@/lib/demo/factories";
import { computeVerdictOn, isAgainstCode } from "@/lib/decisions/against-code";
import { OUTCOME_TO_DB } from "@/lib/declarations/types";

type Tx = Prisma.TransactionClient;

interface DemoDeclaration {
  person: string;
  type: DeclarationType;
  status: DeclarationStatus;
  title: string;
  daysAgo: number;
  outcome: RuleOutcome;
  giver?: string;
  euros?: number;
  /** Who decided (final statuses) or who it waits for (SUBMITTED). */
  decider?: string;
  destination?: GiftDestination;
  handedIn?: boolean;
}

const DEMO: Record<string, DemoDeclaration[]> = {
  "ministerie-bzk": [
    {
      person: "Thomas Jansen",
      type: "GIFT",
      status: "APPROVED_WITH_CONDITIONS",
      title: "Kerstpakket van Bouwbedrijf Peters",
      daysAgo: 330,
      outcome: "APPROVAL_REQUIRED",
      giver: "Bouwbedrijf Peters",
      euros: 75,
      decider: "Jeroen Bakker",
      destination: "DISTRIBUTE",
      handedIn: true,
    },
    {
      person: "Thomas Jansen",
      type: "GIFT",
      status: "REGISTERED",
      title: "Fles wijn na presentatie",
      daysAgo: 300,
      outcome: "REGISTER",
      giver: "bouwbedrijf  peters",
      euros: 35,
    },
    {
      person: "Sanne Visser",
      type: "INVITATION",
      status: "REFUSED",
      title: "Diner Accountancy Forum",
      daysAgo: 200,
      outcome: "NOT_PERMITTED",
      giver: "Accountancy Forum",
      euros: 150,
      decider: "Marieke de Vries",
    },
    {
      person: "Sanne Visser",
      type: "GIFT",
      status: "REGISTERED",
      title: "Boek over overheidsfinanciën",
      daysAgo: 120,
      outcome: "REGISTER",
      giver: "Uitgeverij Noord",
      euros: 25,
    },
    {
      person: "Jeroen Bakker",
      type: "COMMERCIAL_ACTIVITY",
      status: "APPROVED",
      title: "Spreken op congres Inkoop NL",
      daysAgo: 90,
      outcome: "APPROVAL_REQUIRED",
      decider: "Marieke de Vries",
    },
    {
      person: "Jeroen Bakker",
      type: "TRIP_EXTENSION",
      status: "APPROVED",
      title: "Twee dagen Lissabon na congres",
      daysAgo: 60,
      outcome: "APPROVAL_REQUIRED",
      decider: "Marieke de Vries",
    },
    {
      person: "Sanne Visser",
      type: "GIFT",
      status: "REGISTERED",
      title: "Bloemen na een lezing",
      daysAgo: 30,
      outcome: "REGISTER",
      giver: "Gemeente Den Haag",
      euros: 20,
    },
    {
      person: "Thomas Jansen",
      type: "GIFT",
      status: "SUBMITTED",
      title: "Cadeaubon van Bouwbedrijf Peters",
      daysAgo: 16,
      outcome: "NOT_PERMITTED",
      giver: "Bouwbedrijf Peters",
      euros: 100,
      decider: "Jeroen Bakker",
    },
    {
      person: "Thomas Jansen",
      type: "GIFT",
      status: "ESCALATED",
      title: "Horloge van een buitenlandse delegatie",
      daysAgo: 12,
      outcome: "APPROVAL_REQUIRED",
      giver: "Ambassade van Freedonia",
      euros: 400,
    },
  ],
  "gemeente-maastricht": [
    {
      person: "Youssef Amrani",
      type: "GIFT",
      status: "APPROVED",
      title: "Kerstpakket",
      daysAgo: 400,
      outcome: "APPROVAL_REQUIRED",
      giver: "Bakkerij Bisschop",
      euros: 45,
      decider: "Rob Lemmens",
      destination: "DISTRIBUTE",
      handedIn: true,
    },
    {
      person: "Youssef Amrani",
      type: "GIFT",
      status: "APPROVED",
      title: "Doos bonbons",
      daysAgo: 250,
      outcome: "APPROVAL_REQUIRED",
      giver: "Bakkerij Bisschop",
      euros: 15,
      decider: "Rob Lemmens",
      destination: "RAFFLE",
      handedIn: true,
    },
    {
      person: "Youssef Amrani",
      type: "GIFT",
      status: "APPROVED",
      title: "Fles wijn",
      daysAgo: 180,
      outcome: "APPROVAL_REQUIRED",
      giver: "Wijnhandel De Kurk",
      euros: 30,
      decider: "Rob Lemmens",
      destination: "KEEP",
    },
    {
      person: "Maud Claessens",
      type: "GIFT",
      status: "APPROVED_WITH_CONDITIONS",
      title: "Boekenbon",
      daysAgo: 150,
      outcome: "APPROVAL_REQUIRED",
      giver: "Architectenbureau Vos",
      euros: 25,
      decider: "Ingrid Peters",
      destination: "CHARITY",
      handedIn: true,
    },
    {
      person: "Maud Claessens",
      type: "GIFT",
      status: "REFUSED",
      title: "Designlamp",
      daysAgo: 100,
      outcome: "NOT_PERMITTED",
      giver: "architectenbureau  vos",
      euros: 180,
      decider: "Ingrid Peters",
      destination: "RETURN",
    },
    {
      person: "Maud Claessens",
      type: "INVITATION",
      status: "REGISTERED",
      title: "Rondleiding stadion",
      daysAgo: 40,
      outcome: "REGISTER",
      giver: "MVV Maastricht",
      euros: 0,
    },
    {
      person: "Youssef Amrani",
      type: "GIFT",
      status: "REGISTERED",
      title: "Bos bloemen",
      daysAgo: 20,
      outcome: "REGISTER",
      giver: "Bloemist Roos",
      euros: 20,
    },
    {
      person: "Youssef Amrani",
      type: "GIFT",
      status: "SUBMITTED",
      title: "Taart na controle",
      daysAgo: 14,
      outcome: "APPROVAL_REQUIRED",
      giver: "Bakkerij Bisschop",
      euros: 25,
      decider: "Rob Lemmens",
    },
  ],
};

const FINAL: DeclarationStatus[] = ["APPROVED", "APPROVED_WITH_CONDITIONS", "REFUSED"];
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The answers a gift form stores (what was typed), so the decision screen shows them. */
function giftAnswers(d: DemoDeclaration, on: Date): Prisma.InputJsonObject {
  return {
    direction: "received",
    kind: "goods",
    description: d.title,
    giver: d.giver ?? "",
    valueEuros: `${d.euros ?? 0},00`,
    date: iso(on),
    giverInProcurementOrAwaitingDecision: "no",
    deliveredToHomeAddress: "no",
    foreignRelation: d.status === "ESCALATED" ? "yes" : "no",
    // Where the demo means the decider to weigh it, refusing would offend (the code then leaves it to the decider).
    refusalWouldOffend: d.outcome === "APPROVAL_REQUIRED" ? "yes" : "no",
    explanation: "",
  };
}

interface PendingEvent {
  organisationId: string;
  actorId: string | null;
  action: string;
  entityId: string;
  data: Prisma.InputJsonObject;
  at: Date;
}

/** Writes the events in time order as the organisation's hash chain (what lib/audit/record.ts does, back-dated). */
async function writeChain(tx: Tx, events: PendingEvent[]) {
  const last = new Map<string, { seq: number; hash: string }>();
  for (const e of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (!last.has(e.organisationId)) {
      const found = await tx.auditEvent.findFirst({
        where: { organisationId: e.organisationId },
        orderBy: { seq: "desc" },
        select: { seq: true, hash: true },
      });
      last.set(e.organisationId, found ?? { seq: 0, hash: GENESIS_HASH });
    }
    const prev = last.get(e.organisationId)!;
    const fields = {
      organisationId: e.organisationId,
      seq: prev.seq + 1,
      actorId: e.actorId,
      action: e.action,
      entityType: "Declaration",
      entityId: e.entityId,
      data: e.data,
      at: e.at,
      prevHash: prev.hash,
    };
    const hash = hashEvent(fields);
    await tx.auditEvent.create({ data: { ...fields, hash } });
    last.set(e.organisationId, { seq: fields.seq, hash });
  }
}

export async function seedDemoActivity(db: PrismaClient, now: Date = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const events: PendingEvent[] = [];
    for (const [slug, items] of Object.entries(DEMO)) {
      const org = await tx.organisation.findUniqueOrThrow({
        where: { slug },
        select: { id: true, people: { select: { id: true, name: true, unitId: true, organisationId: true } } },
      });
      const person = (name: string) => {
        const p = org.people.find((x) => x.name === name);
        if (!p) throw new Error(`Demo activity: no ${name} in ${slug}`);
        return p;
      };
      for (const item of items) {
        const who = person(item.person);
        const submittedAt = new Date(now.getTime() - item.daysAgo * 86_400_000);
        const occursOn = new Date(`${iso(new Date(submittedAt.getTime() - 86_400_000))}T00:00:00Z`);
        const decidedAt = FINAL.includes(item.status) ? new Date(submittedAt.getTime() + 3 * 86_400_000) : null;
        const decider = item.decider ? person(item.decider) : null;
        const d = await createDeclaration(tx, who, {
          type: item.type,
          status: item.status,
          title: item.title,
          submittedAt,
          decidedAt,
          occursOn,
          valueCents: item.euros === undefined ? null : item.euros * 100,
          counterparty: item.giver ?? null,
          ruleOutcome: item.outcome,
          deciderRole:
            item.status === "ESCALATED" ? "INTEGRITY_OFFICER" : item.status === "REGISTERED" ? "NONE" : "MANAGER",
          assigneeId: item.status === "SUBMITTED" ? (decider?.id ?? null) : null,
          answers: item.type === "GIFT" ? giftAnswers(item, occursOn) : {},
        });
        // The verdict as filing takes it (decision 052): the rules on the stored answers under the policy of the filing
        // date, stored with the declaration, so the decision page shows what the queue says.
        const verdict = await computeVerdictOn(
          tx,
          { organisationId: org.id, personId: who.id, type: item.type, answers: d.answers },
          submittedAt,
        );
        if (verdict) {
          await tx.declaration.update({
            where: { id: d.id },
            data: {
              verdict: verdict as unknown as Prisma.InputJsonObject,
              ruleOutcome: OUTCOME_TO_DB[verdict.outcome],
              policyVersion: verdict.policyVersion,
            },
          });
        }
        const against = !!verdict && isAgainstCode(verdict, item.status);
        const base = { organisationId: org.id, entityId: d.id };
        events.push({
          ...base,
          actorId: who.id,
          action: "declaration.draft-created",
          data: { type: item.type },
          at: new Date(submittedAt.getTime() - 10 * 60_000),
        });
        events.push({
          ...base,
          actorId: who.id,
          action: "declaration.submitted",
          data: {
            status:
              item.status === "REGISTERED" ? "REGISTERED" : item.status === "ESCALATED" ? "ESCALATED" : "SUBMITTED",
            outcome: item.outcome.toLowerCase().replace("_", "-"),
            version: 2,
          },
          at: submittedAt,
        });
        if (decidedAt && decider) {
          await tx.decision.create({
            data: {
              declarationId: d.id,
              deciderId: decider.id,
              outcome: item.status as "APPROVED" | "APPROVED_WITH_CONDITIONS" | "REFUSED",
              reason: against
                ? "Relatiegeschenk dat niet te weigeren was; het is gedeeld met het team."
                : item.status === "REFUSED"
                  ? "Dit past niet bij de gedragscode."
                  : "",
              againstCode: against,
              codeOutcome: against ? verdict!.outcome : null,
              conditions: item.status === "APPROVED_WITH_CONDITIONS" ? "Lever het in bij het secretariaat." : null,
              giftDestination: item.destination ?? null,
              handedInAt: item.handedIn ? new Date(decidedAt.getTime() + 86_400_000) : null,
              policyVersion: verdict?.policyVersion ?? "demo",
              createdAt: decidedAt,
            },
          });
          events.push({
            ...base,
            actorId: decider.id,
            action: "declaration.decided",
            data: { outcome: item.status, status: item.status, version: 3, onBehalfOf: null },
            at: decidedAt,
          });
        }
      }
    }
    await writeChain(tx, events);
  });
}
