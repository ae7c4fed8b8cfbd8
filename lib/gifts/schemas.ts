// Filters of the gift register, from the URL (a GET form): untrusted text, checked here. Messages are keys
// into "overview.errors", so both languages get a specific text.
import { z } from "zod";
import { GIFT_DESTINATIONS } from "@/lib/decisions/schemas";
import { firstErrors, optional, optionalYear, param, type Parsed, type SearchParams } from "@/lib/overview/schemas";
import { giverKey } from "@/lib/givers";

/** "Not decided yet" in the destination filter. */
export const NO_DESTINATION = "NONE";
export const REGISTER_PAGE_SIZE = 25;

export type GiftDestinationFilter = (typeof GIFT_DESTINATIONS)[number] | typeof NO_DESTINATION;

export interface GiftRegisterFilters {
  year: number | null;
  /** Part of the giver's name as a giverKey (lib/givers.ts): case, accents, spacing, punctuation and legal forms ignored. */
  giver: string | null;
  destination: GiftDestinationFilter | null;
  page: number;
}

const GiftRegisterParamsSchema = z.object({
  jaar: optionalYear,
  gever: z.string().max(200, { error: "giverTooLong" }),
  bestemming: optional(
    (s) => s === NO_DESTINATION || (GIFT_DESTINATIONS as readonly string[]).includes(s),
    "destinationUnknown",
  ).transform((s) => (s || null) as GiftDestinationFilter | null),
  pagina: optional((s) => /^\d{1,6}$/.test(s) && Number(s) >= 1, "pageInvalid").transform((s) =>
    s === "" ? 1 : Number(s),
  ),
});

export function parseGiftRegisterParams(sp: SearchParams): Parsed<GiftRegisterFilters> {
  const raw = {
    jaar: param(sp, "jaar"),
    gever: param(sp, "gever"),
    bestemming: param(sp, "bestemming"),
    pagina: param(sp, "pagina"),
  };
  const r = GiftRegisterParamsSchema.safeParse(raw);
  if (!r.success) return { ok: false, fieldErrors: firstErrors(r.error) };
  const v = r.data;
  return {
    ok: true,
    value: { year: v.jaar, giver: giverKey(v.gever) || null, destination: v.bestemming, page: v.pagina },
  };
}
