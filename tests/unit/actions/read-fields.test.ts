// The GOV.UK date input sends a date as <name>-day, -month and -year (decision 051). Every form that has one (the
// decision's hand-in and reassessment dates and the recusal's end, a campaign's due date, a person's employment
// dates) reads it through readFields or people's formValues: a date that is only in its parts must not vanish
// (it did: the decision lost its dates, a campaign could not be opened, and saving a person cleared both dates).
import { describe, expect, it } from "vitest";
import { dateFromParts, readFields, withDates } from "@/lib/actions/form-action";

const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};

describe("readFields with a date in three fields", () => {
  it.each([
    ["a whole date", { "dueOn-day": "7", "dueOn-month": "5", "dueOn-year": "2026" }, "2026-05-07"],
    ["spaces around the parts", { "dueOn-day": " 7 ", "dueOn-month": "05", "dueOn-year": "2026" }, "2026-05-07"],
    [
      "an impossible day, kept as typed so the schema refuses it",
      { "dueOn-day": "31", "dueOn-month": "2", "dueOn-year": "2026" },
      "2026-2-31",
    ],
    ["a missing year", { "dueOn-day": "7", "dueOn-month": "5", "dueOn-year": "" }, "-5-7"],
    ["all three empty", { "dueOn-day": "", "dueOn-month": "", "dueOn-year": "" }, ""],
    ["the plain field (the confirmation step's hidden copy)", { dueOn: "2026-05-07" }, "2026-05-07"],
    ["no such field at all", {}, undefined],
  ])("%s", (_name, entries, expected) => {
    expect(readFields(form(entries), ["dueOn"]).dueOn).toBe(expected);
  });

  it.each([
    [
      "a date and a time",
      { "tripStart-day": "12", "tripStart-month": "1", "tripStart-year": "2027", "tripStart-time": "9.00" },
      "2027-01-12T09:00",
    ],
    [
      "a time that does not exist, kept as typed",
      { "tripStart-day": "12", "tripStart-month": "1", "tripStart-year": "2027", "tripStart-time": "25:00" },
      "2027-01-12T25:00",
    ],
    ["nothing typed", { "tripStart-day": "", "tripStart-month": "", "tripStart-year": "", "tripStart-time": "" }, ""],
  ])("a moment in time: %s", (_name, entries, expected) => {
    expect(readFields(form(entries), ["tripStart"]).tripStart).toBe(expected);
    expect(withDates(form(entries), { ...entries })).toEqual({ tripStart: expected });
  });

  it("does not read another field's parts", () => {
    expect(
      dateFromParts(form({ "endsOn-day": "1", "endsOn-month": "1", "endsOn-year": "2027" }), "startsOn"),
    ).toBeUndefined();
  });
});

describe("withDates (forms read whole, such as the person form)", () => {
  it("reads each date from its parts and leaves the other fields alone", () => {
    const entries = {
      name: "Ada",
      "employmentStart-day": "1",
      "employmentStart-month": "3",
      "employmentStart-year": "2020",
      "employmentEnd-day": "",
      "employmentEnd-month": "",
      "employmentEnd-year": "",
    };
    expect(withDates(form(entries), { ...entries })).toEqual({
      name: "Ada",
      employmentStart: "2020-03-01",
      employmentEnd: "",
    });
  });
});
