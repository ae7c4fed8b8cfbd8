import type { getT } from "@/lib/i18n/server";
import type { RuleOutcome } from "@/lib/generated/prisma/client";
import { DB_TO_RULE_OUTCOME } from "@/lib/overview/export";
import { keyIn } from "@/lib/i18n/keys";

export type T = Awaited<ReturnType<typeof getT>>["t"];

/** "Niet toegestaan" for NOT_PERMITTED (the texts the declaration forms show), or "no outcome recorded". */
export function outcomeLabel(t: T, outcome: RuleOutcome | null): string {
  return outcome ? t(keyIn("declarations.outcome", DB_TO_RULE_OUTCOME[outcome])) : t("overview.outcomes.none");
}

export const auditPath = (declarationId: string) => `/integriteit/audit/${encodeURIComponent(declarationId)}`;
