import { loose } from "@/lib/i18n/keys";
import type { Translate } from "./people-list";

/** getT()'s translator, loosened to plain string keys for the people components (keys live in nl/en-people.json). */
export function peopleTranslator(t: Parameters<typeof loose>[0]): Translate {
  return loose(t, null);
}

export const tabLabels = (t: Translate) => ({
  label: t("people.tabs.label"),
  people: t("people.tabs.people"),
  units: t("people.tabs.units"),
  import: t("people.tabs.import"),
  new: t("people.tabs.new"),
  scim: t("scim.admin.tab"),
});

export const unitFormLabels = (t: Translate, submit: string) => ({
  name: t("people.units.name"),
  code: t("people.units.code"),
  codeHint: t("people.units.codeHint"),
  parent: t("people.units.parent"),
  noParent: t("people.units.noParent"),
  submit,
  errorSummaryTitle: t("declarations.form.errorSummaryTitle"),
  errorTitlePrefix: t("declarations.form.errorTitlePrefix"),
  optional: t("declarations.form.optional"),
});
