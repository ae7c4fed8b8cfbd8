// The gift register as CSV rows (lib/overview/csv.ts writes the file). Pure. Columns are fixed Dutch names;
// status and destination in the viewer's language.
import { euros } from "@/lib/overview/csv";
import type { GiftRegisterRow } from "./data";

export const GIFT_REGISTER_COLUMNS = [
  "datum",
  "omschrijving",
  "gever",
  "waarde_euro",
  "ontvangen_door",
  "afdeling",
  "besluit",
  "bestemming",
  "ingeleverd_op",
] as const;

export function giftRegisterRows(
  rows: GiftRegisterRow[],
  labels: { status: (s: string) => string; destination: (d: string) => string },
): (string | null)[][] {
  return rows.map((r) => [
    r.day,
    r.title,
    r.giver,
    r.valueCents === null ? null : euros(r.valueCents),
    r.personName,
    r.unitName,
    labels.status(r.status),
    r.destination ? labels.destination(r.destination) : null,
    r.handedInAt ? r.handedInAt.slice(0, 10) : null,
  ]);
}
