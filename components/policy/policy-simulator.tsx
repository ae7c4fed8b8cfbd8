"use client";
// The policy simulator: a declaration typed once, judged by the rule module twice, under the policy in force
// and under a proposed setting. Runs entirely in the browser (lib/rules is pure): nothing is stored.
import { useMemo, useState } from "react";
import { Field } from "@/components/ui/field";
import { createTranslator } from "use-intl/core";
import { evaluate, getProfile, parseDeclarationInput, tightenProfile } from "@/lib/rules";
import type { DeclarationType, PersonFacts, PolicyProfile, ProfileId, Verdict } from "@/lib/rules";
import { parseDeclarationForm, visibleFields, type RawValues } from "@/lib/declarations/form-model";
import { getDeclarationForm } from "@/lib/declarations/forms";
import { parseAmount } from "@/lib/input";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/format";
import { FieldInput } from "@/components/declarations/field-input";
import { VerdictPanel } from "@/components/declarations/verdict-panel";
import { verdictLabels } from "@/components/declarations/verdict-labels";
import { FormAlert } from "@/components/ui/form-alert";
import { Section } from "@/components/ui/section";
import { Options } from "@/components/ui/options";

export interface SimulatorLabels {
  type: string;
  personTitle: string;
  salaryScale: string;
  topManagementGroup: string;
  topOfficial: string;
  financialRiskFunction: string;
  vulnerableFunction: string;
  isManager: string;
  proposalTitle: string;
  proposalLead: string;
  parameters: Record<string, string>;
  handInYes: string;
  declarationTitle: string;
  current: string;
  proposed: string;
  proposalInvalid: string;
  pending: string;
  same: string;
  different: string;
  optional: string;
}

const PROPOSAL_FIELDS = [
  "giftCapEuros",
  "giftAlwaysHandIn",
  "tripExtensionMaxHours",
  "rehireCoolingMonths",
  "sideJobPublicationMinScale",
] as const;

function toSettings(p: Record<string, string>): Record<string, unknown> {
  const s: Record<string, unknown> = {};
  if (p.giftCapEuros?.trim()) {
    const parsed = parseAmount(p.giftCapEuros);
    s.giftCapCents = parsed.ok ? parsed.cents : NaN;
  }
  if (p.giftAlwaysHandIn === "yes") s.giftAlwaysHandIn = true;
  for (const k of ["tripExtensionMaxHours", "rehireCoolingMonths", "sideJobPublicationMinScale"] as const) {
    if (p[k]?.trim()) s[k] = /^\d+$/.test(p[k]!.trim()) ? Number(p[k]) : NaN;
  }
  return s;
}

export function PolicySimulator({
  profileId,
  current,
  types,
  initialProposal,
  today,
  now,
  locale,
  messages,
  labels,
}: {
  profileId: ProfileId;
  current: PolicyProfile;
  types: { id: DeclarationType; label: string }[];
  initialProposal: Record<string, string>;
  today: string;
  now: string;
  locale: Locale;
  messages: Messages["declarations"];
  labels: SimulatorLabels;
}) {
  const t = useMemo(
    () => createTranslator({ locale, messages: { declarations: messages }, namespace: "declarations" }),
    [locale, messages],
  );
  const [type, setType] = useState<DeclarationType>(types[0]!.id);
  const [values, setValues] = useState<RawValues>({});
  const [proposal, setProposal] = useState<Record<string, string>>(initialProposal);
  const [person, setPerson] = useState<PersonFacts>({
    salaryScale: 11,
    topManagementGroup: false,
    topOfficial: false,
    financialRiskFunction: false,
    vulnerableFunction: false,
    isManager: false,
  });
  const def = useMemo(() => getDeclarationForm(type)!, [type]);
  const ctx = useMemo(() => ({ profileId, profile: current, today }), [profileId, current, today]);
  const fields = visibleFields(def, values, ctx);
  const parsed = useMemo(
    () => parseDeclarationForm(def, values, ctx, locale, parseDeclarationInput),
    [def, values, ctx, locale],
  );
  const proposed = useMemo(() => tightenProfile(getProfile(profileId), toSettings(proposal)), [profileId, proposal]);
  const judge = (profile: PolicyProfile): Verdict | null => {
    if (!parsed.ok) return null;
    try {
      return evaluate(parsed.input, { profile, person, now });
    } catch {
      return null;
    }
  };
  const a = judge(current);
  const b = proposed.ok ? judge(proposed.profile) : null;
  const label = (v: Verdict) =>
    verdictLabels(t as unknown as (key: string, values?: Record<string, string>) => string, v, locale);
  const panel = (v: Verdict | null, id: string, title: string) => (
    <div className="space-y-2">
      <h3 className="text-xl font-bold">{title}</h3>
      {v ? (
        <VerdictPanel
          verdict={v}
          locale={locale}
          labels={label(v)}
          headingLevel={3}
          titleId={`${id}-title`}
          testId={`verdict-${id}`}
          technical
        />
      ) : (
        <p data-testid={`verdict-${id}-pending`}>{labels.pending}</p>
      )}
    </div>
  );

  return (
    <div className="space-y-8">
      <Section
        id="sim-proposal"
        title={labels.proposalTitle}
        size="2xl"
        className="space-y-3 rounded border border-neutral-300 p-4"
      >
        <p>{labels.proposalLead}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {PROPOSAL_FIELDS.filter((f) => f !== "giftAlwaysHandIn").map((f) => (
            <Field
              key={f}
              id={`sim-${f}`}
              look="plain"
              label={
                <>
                  {labels.parameters[f]} <span className="font-normal">{labels.optional}</span>
                </>
              }
            >
              {(c) => (
                <input
                  {...c}
                  type="text"
                  inputMode="decimal"
                  value={proposal[f] ?? ""}
                  onChange={(e) => setProposal((p) => ({ ...p, [f]: e.target.value }))}
                  className="mt-1 block w-40 rounded border-2 border-neutral-700 px-2 py-2"
                />
              )}
            </Field>
          ))}
          <div className="flex items-end">
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={proposal.giftAlwaysHandIn === "yes"}
                onChange={(e) => setProposal((p) => ({ ...p, giftAlwaysHandIn: e.target.checked ? "yes" : "" }))}
                className="h-5 w-5"
              />
              {labels.parameters.giftAlwaysHandIn} — {labels.handInYes}
            </label>
          </div>
        </div>
        {!proposed.ok ? (
          <FormAlert testId="proposal-invalid">
            <p className="font-bold">{labels.proposalInvalid}</p>
            <ul className="list-disc pl-6">
              {proposed.errors.map((e) => (
                <li key={String(e.parameter)}>
                  {e.message[locale]}
                  {e.citation.length ? ` (${e.citation.map((c) => `${c.file} ${c.lines}`).join(", ")})` : ""}
                </li>
              ))}
            </ul>
          </FormAlert>
        ) : null}
      </Section>

      <Section id="sim-person" title={labels.personTitle} size="2xl" className="space-y-3">
        <div className="flex flex-wrap gap-6">
          <Field id="sim-scale" look="plain" label={labels.salaryScale}>
            {(c) => (
              <input
                {...c}
                type="number"
                min={1}
                max={18}
                value={person.salaryScale ?? ""}
                onChange={(e) =>
                  setPerson((p) => ({ ...p, salaryScale: e.target.value ? Number(e.target.value) : null }))
                }
                className="mt-1 block w-24 rounded border-2 border-neutral-700 px-2 py-2"
              />
            )}
          </Field>
          {(
            ["topManagementGroup", "topOfficial", "financialRiskFunction", "vulnerableFunction", "isManager"] as const
          ).map((k) => (
            <label key={k} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={person[k]}
                onChange={(e) => setPerson((p) => ({ ...p, [k]: e.target.checked }))}
                className="h-5 w-5"
              />
              {labels[k]}
            </label>
          ))}
        </div>
      </Section>

      <Section id="sim-declaration" title={labels.declarationTitle} size="2xl" className="space-y-3">
        <Field id="sim-type" look="plain" label={labels.type}>
          {(c) => (
            <select
              {...c}
              value={type}
              onChange={(e) => {
                setType(e.target.value as DeclarationType);
                setValues({});
              }}
              className="mt-1 block max-w-full rounded border-2 border-neutral-700 px-2 py-2"
            >
              <Options options={types.map((x) => [x.id, x.label])} />
            </select>
          )}
        </Field>
        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <div>
            {fields.map((field) => (
              <FieldInput
                key={field.name}
                field={field}
                locale={locale}
                values={values}
                error={undefined}
                optionalLabel={t("form.optional")}
                onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
              />
            ))}
          </div>
          <div aria-live="polite" className="space-y-6 lg:sticky lg:top-4 lg:self-start">
            {a && b ? (
              <p className="font-bold" data-testid="sim-compare">
                {a.outcome === b.outcome && a.decider === b.decider ? labels.same : labels.different}
              </p>
            ) : null}
            {panel(a, "current", labels.current)}
            {panel(b, "proposed", labels.proposed)}
          </div>
        </div>
      </Section>
    </div>
  );
}
