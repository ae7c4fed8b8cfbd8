// What the person form needs from the server: labels in the reader's language, the options the viewer may
// choose (only roles within their reach) and the starting values of a new or an existing person.
import type { Role } from "@/lib/generated/prisma/client";
import type { RawValues } from "@/lib/declarations/form-model";
import type { PersonView, UnitItem } from "@/lib/people/data";
import { DESIGNATIONS } from "@/lib/people/schemas";
import type { PersonFormLabels } from "./person-form";
import type { Translate } from "./people-list";

export function personFormProps(t: Translate, grantable: Role[], person: PersonView | null, submit: string) {
  const labels: PersonFormLabels = {
    name: t("people.fields.name"),
    email: t("people.fields.email"),
    emailHint: t("people.fields.emailHint"),
    externalId: t("people.fields.externalId"),
    externalIdHint: t("people.fields.externalIdHint"),
    functionTitle: t("people.fields.functionTitle"),
    unitId: t("people.fields.unitId"),
    noUnit: t("people.fields.noUnit"),
    manager: t("people.fields.manager"),
    managerHint: t("people.fields.managerHint"),
    managerNow: person?.managerName ? t("people.fields.managerNow", { name: person.managerName }) : null,
    roles: t("people.fields.roles"),
    rolesHint: t("people.fields.rolesHint"),
    rolesOwn: person?.isViewer
      ? t("people.fields.rolesOwn", { roles: person.roles.map((r) => t(`roles.${r}`)).join(", ") })
      : null,
    salaryScale: t("people.fields.salaryScale"),
    salaryScaleHint: t("people.fields.salaryScaleHint"),
    designations: t("people.fields.designations"),
    designationsHint: t("people.fields.designationsHint"),
    employmentStart: t("people.fields.employmentStart"),
    employmentEnd: t("people.fields.employmentEnd"),
    employmentEndHint: t("people.fields.employmentEndHint"),
    submit,
    errorSummaryTitle: t("declarations.form.errorSummaryTitle"),
    errorTitlePrefix: t("declarations.form.errorTitlePrefix"),
    optional: t("declarations.form.optional"),
  };
  const initial: RawValues = person
    ? {
        name: person.name,
        email: person.email,
        externalId: person.externalId ?? "",
        functionTitle: person.functionTitle,
        unitId: person.unitId ?? "",
        manager: person.managerRef ?? "",
        roles: person.roles,
        salaryScale: person.salaryScale === null ? "" : String(person.salaryScale),
        designations: DESIGNATIONS.filter((d) => person[d]),
        employmentStart: person.employmentStart ?? "",
        employmentEnd: person.employmentEnd ?? "",
      }
    : { roles: ["EMPLOYEE"], designations: [] };
  return {
    labels,
    initial,
    roleOptions: grantable.filter((r) => r !== "EMPLOYEE").map((r) => ({ value: r, label: t(`roles.${r}`) })),
    designationOptions: DESIGNATIONS.map((d) => ({
      value: d,
      label: t(`people.designations.${d}`),
      hint: t(`people.designationHints.${d}`),
    })),
  };
}

export const unitOptions = (units: UnitItem[]) => units.map((u) => ({ id: u.id, name: u.name, depth: u.depth }));
