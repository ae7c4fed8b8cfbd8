// The annual integrity report export: aggregate figures of one year as rows of one table, one "sectie" per
// kind of figure (columns documented in docs/annual-report-export.md). No personal names and no contents of
// declarations: givers are numbered ("Gever 1" gave the most), units are organisational names.
// Pure: the route handler passes the figures and the Dutch labels.
import { amsterdamNow } from "@/lib/format";
import { OUTCOME_TO_DB } from "@/lib/declarations/types";
import type { RuleOutcome } from "@/lib/generated/prisma/enums";
import type { AnnualFigures } from "./data";
import { euros } from "./csv";

export const ANNUAL_COLUMNS = [
  "sectie",
  "jaar",
  "maand",
  "soort",
  "status",
  "afdeling",
  "uitkomst",
  "gever",
  "aantal",
  "aantal_medewerkers",
  "waarde_euro",
  "drempel_dagen",
  "peildatum",
] as const;

export const ANNUAL_SECTIONS = {
  typeStatus: "meldingen_per_soort_en_status",
  unit: "meldingen_per_afdeling",
  month: "meldingen_per_maand",
  outcome: "uitkomst_volgens_regels",
  giver: "geschenken_per_gever",
  giftTotal: "geschenken_totaal",
  overdueOpen: "besluiten_te_laat_open",
  decidedLate: "besluiten_te_laat_genomen",
} as const;

/** Dutch labels of types, statuses and rule outcomes (the nl messages); the file is always in Dutch. */
export interface AnnualLabels {
  type: (type: string) => string;
  status: (status: string) => string;
  /** By the rule module's id: "not-permitted". */
  outcome: (outcome: string) => string;
}

/** NOT_PERMITTED -> "not-permitted" (the rule module's ids, which the messages use). */
export const DB_TO_RULE_OUTCOME = Object.fromEntries(Object.entries(OUTCOME_TO_DB).map(([k, v]) => [v, k])) as Record<
  RuleOutcome,
  string
>;

export const NO_OUTCOME = "Geen uitkomst";

export const NO_UNIT = "Zonder afdeling";
/** Givers are numbered by total value, so the file names nobody: "Gever 1" gave the most. */
export const giverLabel = (rank: number) => `Gever ${rank}`;

type Cell = string | number | null;
type Column = (typeof ANNUAL_COLUMNS)[number];

function row(values: Partial<Record<Column, Cell>>): Cell[] {
  return ANNUAL_COLUMNS.map((c) => values[c] ?? null);
}

export function annualReportRows(f: AnnualFigures, labels: AnnualLabels): Cell[][] {
  const jaar = f.year;
  const S = ANNUAL_SECTIONS;
  const peildatum = amsterdamNow(f.referenceDate).today;
  return [
    ...f.byTypeStatus.map((r) =>
      row({ sectie: S.typeStatus, jaar, soort: labels.type(r.type), status: labels.status(r.status), aantal: r.count }),
    ),
    ...f.byUnit.map((r) => row({ sectie: S.unit, jaar, afdeling: r.unitName ?? NO_UNIT, aantal: r.count })),
    ...f.byMonth.map((r) => row({ sectie: S.month, jaar, maand: r.month, aantal: r.count })),
    ...f.outcomes.map((r) =>
      row({
        sectie: S.outcome,
        jaar,
        uitkomst: r.outcome ? labels.outcome(DB_TO_RULE_OUTCOME[r.outcome]) : NO_OUTCOME,
        aantal: r.count,
      }),
    ),
    ...f.gifts.givers.map((g, i) =>
      row({
        sectie: S.giver,
        jaar,
        gever: giverLabel(i + 1),
        aantal: g.gifts,
        aantal_medewerkers: g.people,
        waarde_euro: euros(g.totalCents),
      }),
    ),
    row({ sectie: S.giftTotal, jaar, aantal: f.gifts.giftCount, waarde_euro: euros(f.gifts.totalCents) }),
    row({ sectie: S.overdueOpen, jaar, aantal: f.overdueOpen, drempel_dagen: f.overdueDays, peildatum }),
    row({ sectie: S.decidedLate, jaar, aantal: f.decidedLate, drempel_dagen: f.overdueDays }),
  ];
}
