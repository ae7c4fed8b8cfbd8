// Every date field of every declaration form has the range decision 051 gives it; out of range is refused with a
// specific message (issue 19 item 6: 1 January 1900 was accepted as a gift date and a side-job start).
import { describe, expect, it } from "vitest";
import { getProfile, type DeclarationType, type ProfileId } from "@/lib/rules";
import { DECLARATION_FORMS } from "@/lib/declarations/forms";
import { DATE_RANGES } from "@/lib/declarations/date-ranges";
import { buildFormSchema, type FormContext } from "@/lib/declarations/form-model";

const TODAY = "2026-06-01";
const ctxOf = (profileId: ProfileId): FormContext => ({ profileId, profile: getProfile(profileId), today: TODAY });

// The table decision 051 writes down: form field → range.
const EXPECTED: Record<string, keyof typeof DATE_RANGES> = {
  "gift.date": "recentPast",
  "travel-benefit.tripDate": "recentPast",
  "former-employee-hire.employmentEndedOn": "careerPast",
  "former-employee-hire.candidateLeftOn": "careerPast",
  "side-job.endDate": "careerPast",
  "ex-minister-contact.ministerLeftOfficeOn": "formerMinister",
  "side-job.startDate": "longRunning",
  "financial-interest.date": "longRunning",
  "commercial-activity.eventDate": "nearby",
  "ex-minister-contact.contactDate": "nearby",
  "parliament-contact.contactDate": "nearby",
  "tobacco-industry-contact.contactDate": "nearby",
  "expense-claim.costDate": "nearby",
  "invitation.startDate": "nearby",
  "invitation.endDate": "nearby",
  "partner-travel.startDate": "nearby",
  "partner-travel.endDate": "nearby",
  "service-car.startDate": "nearby",
  "service-car.endDate": "nearby",
  "former-employee-hire.plannedStart": "nearby",
  "job-move.plannedLeaveDate": "nearby",
  "job-move.newJobStart": "nearby",
  "sale-to-employer.startDate": "nearby",
};

const PROFILES: ProfileId[] = ["rijk", "gemeente", "provincie", "eerste-kamer"];

/** Every date field of every form, in every profile (fields differ per profile). */
function dateFields() {
  const seen = new Map<string, ReturnType<(typeof DECLARATION_FORMS)["gift"]["fields"]>[number]>();
  for (const [type, def] of Object.entries(DECLARATION_FORMS) as [
    DeclarationType,
    (typeof DECLARATION_FORMS)["gift"],
  ][]) {
    for (const profileId of PROFILES) {
      for (const f of def.fields(ctxOf(profileId))) if (f.kind === "date") seen.set(`${type}.${f.name}`, f);
    }
  }
  return seen;
}

describe("date ranges per field (decision 051)", () => {
  it("every date field has exactly the range the decision gives it, and the table names no field that does not exist", () => {
    const fields = dateFields();
    expect([...fields.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [key, field] of fields) expect(field.range, key).toBe(DATE_RANGES[EXPECTED[key]!]);
  });

  const fieldSchema = (key: string) => {
    const [type, name] = key.split(".") as [DeclarationType, string];
    const def = DECLARATION_FORMS[type];
    const field = def.fields(ctxOf("rijk")).find((f) => f.name === name)!;
    // Just this field's schema: the one buildFormSchema uses.
    return buildFormSchema({ ...def, fields: () => [{ ...field, showIf: undefined }] }, {}, ctxOf("rijk"), "nl").shape[
      name
    ]!;
  };

  it.each([
    ["gift.date", "2026-06-01", true],
    ["gift.date", "2024-06-01", true],
    ["gift.date", "2024-05-31", "De datum moet op of na 1 juni 2024 liggen."],
    ["gift.date", "1900-01-01", "De datum moet op of na 1 juni 2024 liggen."],
    ["gift.date", "2026-06-02", "De datum kan niet in de toekomst liggen."],
    ["side-job.startDate", "1986-06-01", true],
    ["side-job.startDate", "1900-01-01", "De datum moet op of na 1 juni 1986 liggen."],
    ["side-job.startDate", "2028-06-02", "De datum moet op of voor 1 juni 2028 liggen."],
    ["ex-minister-contact.ministerLeftOfficeOn", "2016-05-31", "De datum moet op of na 1 juni 2016 liggen."],
    ["ex-minister-contact.contactDate", "2028-06-01", true],
    ["ex-minister-contact.contactDate", "2024-05-31", "De datum moet op of na 1 juni 2024 liggen."],
    ["travel-benefit.tripDate", "2026-06-02", "De dienstreis ligt in de toekomst. Meld het als je het hebt gekregen."],
  ] as const)("%s = %s → %s", (key, value, expected) => {
    const result = fieldSchema(key).safeParse(value);
    if (expected === true) expect(result.success).toBe(true);
    else expect(result.error?.issues.map((i) => i.message)).toEqual([expected]);
  });
});
