// The search results as a Woo export (decision 069): what may go out when a Woo request (Wet open overheid) asks
// for "every declaration about this supplier". Pure: the rows are built here from fields meant for them, never
// copied from free text (a description, an explanation or a title typed from one may name anyone).
//   - The declarant: named only when senior staff, i.e. in the group whose side jobs the organisation publishes
//     (meetsPublication, the same test the public register uses); everyone else is their function title.
//   - The counterparty: only where the form asks for a company or organisation (ORGANISATION_COUNTERPARTY);
//     where it may be a private person (a giver, a host, a former colleague, a member of parliament) it is withheld.
// Deciders are not named: the decision's outcome is what a Woo request asks about.
import type { DecisionOutcome, DeclarationStatus, DeclarationType } from "@/lib/generated/prisma/enums";
import { euros } from "@/lib/overview/csv";

export const WOO_EXPORT_MAX_ROWS = 5_000;

/**
 * Declaration types whose counterparty field asks for a company or an organisation (its label says so): the side
 * job's organisation, the company of a financial interest, a travel benefit or a tobacco-industry contact, the
 * organiser of a commercial activity, the new employer, the supplier or party, the buying part of the organisation.
 * Gifts and invitations ask for "the person and the organisation", so they are not here.
 */
export const ORGANISATION_COUNTERPARTY: ReadonlySet<DeclarationType> = new Set<DeclarationType>([
  "SIDE_JOB",
  "FINANCIAL_INTEREST",
  "TRAVEL_BENEFIT",
  "TOBACCO_INDUSTRY_CONTACT",
  "COMMERCIAL_ACTIVITY",
  "JOB_MOVE",
  "SUPPLIER_CONTACT",
  "SALE_TO_EMPLOYER",
]);

export const WOO_COLUMNS = [
  "kenmerk",
  "soort",
  "status",
  "besluit",
  "gemeld_op",
  "datum",
  "afdeling",
  "melder",
  "functie",
  "tegenpartij",
  "waarde_euro",
] as const;

export interface WooSource {
  reference: string | null;
  type: DeclarationType;
  status: DeclarationStatus;
  /** The last decision's outcome, if any. */
  outcome: DecisionOutcome | null;
  /** YYYY-MM-DD in Amsterdam. */
  submittedOn: string | null;
  occursOn: string | null;
  unitName: string | null;
  personName: string;
  functionTitle: string;
  /** Senior staff (the published group): named in the export. */
  senior: boolean;
  counterparty: string | null;
  valueCents: number | null;
}

export interface WooLabels {
  type: (t: DeclarationType) => string;
  status: (s: DeclarationStatus) => string;
  outcome: (o: DecisionOutcome) => string;
  /** What stands where a counterparty is withheld ("[persoon: niet openbaar]"). */
  withheld: string;
  /** The declarant's function when the person record has none. */
  noFunction: string;
}

export function wooRow(r: WooSource, labels: WooLabels): (string | null)[] {
  const role = r.functionTitle.trim() || labels.noFunction;
  const counterparty = !r.counterparty
    ? null
    : ORGANISATION_COUNTERPARTY.has(r.type)
      ? r.counterparty
      : labels.withheld;
  return [
    r.reference,
    labels.type(r.type),
    labels.status(r.status),
    r.outcome ? labels.outcome(r.outcome) : null,
    r.submittedOn,
    r.occursOn,
    r.unitName,
    r.senior ? r.personName : role,
    role,
    counterparty,
    r.valueCents === null ? null : euros(r.valueCents),
  ];
}
