// The readable reference of a declaration, e.g. "GES-2026-00042": a Dutch type prefix, the year in which it was
// first sent (Amsterdam time) and a number per organisation, prefix and year that has no gaps. It is what a person
// quotes when they call, write or object, and it is the only thing about a declaration that e-mails name
// (docs/decisions/037-reference-numbers-and-lean-email.md).
//
// The number comes from a counter row bumped by ONE statement inside the transaction that sends the declaration:
// concurrent submissions in the same organisation, prefix and year wait for each other on that row, and a
// submission that rolls back gives its number back with it, so the numbers stay consecutive.
import type { DeclarationType, Prisma } from "@/lib/generated/prisma/client";
import { amsterdamNow } from "@/lib/format";

/** One prefix per declaration type, from its Dutch name (the migration that numbered the existing ones uses the same). */
export const REFERENCE_PREFIX = {
  GIFT: "GES", // geschenk
  INVITATION: "UIT", // uitnodiging
  COMMERCIAL_ACTIVITY: "SPR", // spreken op een commercieel evenement
  TRIP_EXTENSION: "DRV", // dienstreis verlengen
  SIDE_JOB: "NEV", // nevenwerkzaamheid
  FINANCIAL_INTEREST: "FIN", // financieel belang
  FORMER_EMPLOYEE_HIRE: "OMW", // oud-medewerker inhuren
  EX_MINISTER_CONTACT: "OBP", // oud-bewindspersoon
  JOB_MOVE: "OVS", // overstap naar een nieuwe baan
  // decision 039
  SALE_TO_EMPLOYER: "VKW", // verkopen aan je werkgever
  PARTNER_TRAVEL: "PRM", // partner reist mee
  TRAVEL_BENEFIT: "RVV", // reisvoordeel of vertragingsvergoeding
  SERVICE_CAR: "DAU", // dienstauto privé gebruiken
  // decision 040
  TOBACCO_INDUSTRY_CONTACT: "TAB", // tabaksindustrie
  PARLIAMENT_CONTACT: "VVT", // volksvertegenwoordiger (Kamerlid, raadslid, Statenlid)
  EXPENSE_CLAIM: "DCL", // declaratie
  PRIVATE_RELATIONSHIP: "PRL", // privérelatie op het werk (decision 041)
  SUPPLIER_CONTACT: "PCL", // privécontact met een leverancier of zakelijke relatie (decision 041)
} as const satisfies Record<DeclarationType, string>;

const DIGITS = 5;

export function formatReference(prefix: string, year: number, n: number): string {
  return `${prefix}-${year}-${String(n).padStart(DIGITS, "0")}`;
}

/**
 * What a person typed as a reference, in its canonical form, or null when it cannot be one. Forgiving about what
 * people do when they copy or read out a number: case, spaces or dots for dashes, leading zeros left out
 * ("ges 2026 42" is GES-2026-00042).
 */
export function normaliseReference(input: string): string | null {
  const m = /^\s*([a-z]{3})[\s.\-_/]*(\d{4})[\s.\-_/]*(\d{1,9})\s*$/i.exec(input);
  if (!m) return null;
  const prefix = m[1]!.toUpperCase();
  if (!(Object.values(REFERENCE_PREFIX) as string[]).includes(prefix)) return null;
  const n = Number(m[3]);
  if (n < 1) return null;
  return formatReference(prefix, Number(m[2]), n);
}

/** What taking a number needs: raw queries, in the caller's transaction. */
export type CounterDb = Pick<Prisma.TransactionClient, "$queryRaw">;

/** The counter's year of a moment: the calendar year in Amsterdam. */
const counterYear = (at: Date) => Number(amsterdamNow(at).today.slice(0, 4));

/**
 * Takes the next number of the counter for this organisation, prefix and year, formatted as a reference. Call it inside
 * the transaction that uses it: the counter row stays locked until that transaction ends (commit keeps the number,
 * rollback returns it). Declaration references and the public register's numbers (lib/register/number.ts) share it.
 */
export async function takeNumber(db: CounterDb, organisationId: string, prefix: string, at: Date): Promise<string> {
  const year = counterYear(at);
  const rows = await db.$queryRaw<{ n: number }[]>`
    insert into "DeclarationCounter" ("organisationId", "prefix", "year", "next") values (${organisationId}, ${prefix}, ${year}, 2)
    on conflict ("organisationId", "prefix", "year") do update set "next" = "DeclarationCounter"."next" + 1
    returning ("next" - 1)::int as n`;
  return formatReference(prefix, year, Number(rows[0]!.n));
}

/** Takes the next reference for a declaration of this type sent at `sentAt` (see takeNumber). */
export async function takeReference(
  db: CounterDb,
  organisationId: string,
  type: DeclarationType,
  sentAt: Date = new Date(),
): Promise<string> {
  return takeNumber(db, organisationId, REFERENCE_PREFIX[type], sentAt);
}

/**
 * The sending transaction's one statement: takes the next number and writes the reference onto the declaration.
 * Called before the audit event (issue 15: the organisation's audit lock, decision 027, is taken last and held
 * shortest), so the two locks are always taken in the same order: this counter row first, the audit lock second.
 * Submissions of one type wait for each other on the counter row until they commit, as before.
 */
export async function assignReference(
  db: CounterDb,
  declaration: { id: string; organisationId: string; type: DeclarationType },
  sentAt: Date = new Date(),
): Promise<string> {
  const prefix = REFERENCE_PREFIX[declaration.type];
  const year = counterYear(sentAt);
  const rows = await db.$queryRaw<{ reference: string }[]>`
    with counter as (
      insert into "DeclarationCounter" ("organisationId", "prefix", "year", "next") values (${declaration.organisationId}, ${prefix}, ${year}, 2)
      on conflict ("organisationId", "prefix", "year") do update set "next" = "DeclarationCounter"."next" + 1
      returning ("next" - 1) as n)
    update "Declaration" d
    set "reference" = ${prefix}::text || '-' || ${String(year)}::text || '-' || lpad(counter.n::text, greatest(${DIGITS}::int, length(counter.n::text)), '0')
    from counter
    where d."id" = ${declaration.id}
    returning d."reference" as reference`;
  if (rows.length !== 1) throw new Error("reference not assigned");
  return rows[0]!.reference;
}
