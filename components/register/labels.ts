import type { getT } from "@/lib/i18n/server";
import type { PublicOrganisation } from "@/lib/register/public";
import type { RegisterTableLabels } from "./register-table";

type T = Awaited<ReturnType<typeof getT>>["t"];

export function registerTableLabels(t: T, caption: string): RegisterTableLabels {
  return {
    caption,
    region: t("register.table.region"),
    number: t("register.table.number"),
    name: t("register.table.name"),
    functionTitle: t("register.table.functionTitle"),
    sideJob: t("register.table.sideJob"),
    organisation: t("register.table.organisation"),
    paid: t("register.table.paid"),
    conditions: t("register.table.conditions"),
    since: t("register.table.since"),
    yes: t("register.table.yes"),
    no: t("register.table.no"),
    none: t("register.table.none"),
  };
}

/** Whose side jobs the organisation publishes, in words. */
export function groupText(org: Pick<PublicOrganisation, "criterion" | "minScale">, t: T): string {
  const parts: string[] = [];
  if (org.criterion === "top-management-group") parts.push(t("register.group.topManagementGroup"));
  if (org.criterion === "top-official") parts.push(t("register.group.topOfficial"));
  if (org.minScale !== null) parts.push(t("register.group.scale", { scale: org.minScale }));
  return parts.join(t("register.group.or"));
}
