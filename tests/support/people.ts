import type { Viewer } from "@/lib/auth/session";
import { getPerson } from "@/lib/people/data";
import { PersonFormSchema } from "@/lib/people/schemas";

/** The person form's values as the edit page fills them in for the viewer, with `over` changed. */
export async function personFormOf(viewer: Viewer, id: string, over: Record<string, unknown> = {}) {
  const p = (await getPerson(viewer, id))!;
  return PersonFormSchema.parse({
    id: p.id,
    version: String(p.version),
    name: p.name,
    email: p.email,
    functionTitle: p.functionTitle,
    unitId: p.unitId ?? "",
    manager: p.managerRef ?? "",
    roles: p.roles,
    salaryScale: p.salaryScale === null ? "" : String(p.salaryScale),
    designations: (
      ["topManagementGroup", "topOfficial", "financialRiskFunction", "vulnerableFunction"] as const
    ).filter((k) => p[k]),
    employmentStart: p.employmentStart ?? "",
    employmentEnd: p.employmentEnd ?? "",
    externalId: p.externalId ?? "",
    ...over,
  });
}
