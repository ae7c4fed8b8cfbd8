// The readable report beside "Download my data" (issue 16 item 7, decision 064): the same object the JSON file
// holds (collectMyData), laid out as sections of labelled fields. Pure: the data in, a tree of values out; the
// page (app/mijn-gegevens/overzicht) puts it into words. Built from the export itself, so the two cannot differ:
// a section or field added to the JSON appears in the report without a change here. What is the machine's and not
// the reader's (rule ids, source lines: decision 059) is left out here, at every depth; codes are marked with the
// words that name them, which the page looks up in the reader's language.

/** One value as the report shows it; the page formats dates, yes/no and amounts in the reader's language. */
export type ReportValue =
  | { kind: "none" }
  | { kind: "text"; text: string }
  /** A stored code (GIFT, NOT_PERMITTED, not-permitted, MANAGER) and whose words name it; the page shows the words. */
  | { kind: "code"; words: CodeWords; code: string }
  /** A text the portal keeps in both languages (a rule's reason, the decider's title): the page picks the reader's. */
  | { kind: "localized"; nl: string; en: string }
  | { kind: "number"; value: number }
  | { kind: "money"; cents: number }
  | { kind: "yesNo"; value: boolean }
  | { kind: "date"; value: string }
  | { kind: "dateTime"; value: string }
  | { kind: "list"; items: ReportValue[] }
  | { kind: "fields"; fields: ReportField[] }
  | { kind: "entries"; entries: ReportField[][] }
  /** A declaration's stored answers with its type (as stored: GIFT, SIDE_JOB): the page shows them as questions. */
  | { kind: "answers"; type: string; answers: Record<string, unknown> };

export interface ReportField {
  key: string;
  value: ReportValue;
}

export interface ReportSection {
  /** The JSON's top-level key: "person", "declarations", … */
  key: string;
  /** A list (declarations, notifications, …) rather than one record (the person): its heading shows the count. */
  list: boolean;
  /** The person: one entry; a list: one entry per item (none: empty). */
  entries: ReportField[][];
}

/** Keys about the file itself, not about the person: shown once at the top, not as a section. */
export const FILE_KEYS = ["format", "exportedAt"] as const;

/** The groups of words a code can be named by (the page holds their message keys). */
export type CodeWords = "status" | "type" | "role" | "decider" | "outcome" | "historyAction" | "giftDestination";

/**
 * Fields that hold a code, by name, with the words that name it. A decision's outcome is one of the statuses
 * (APPROVED, REFUSED); a verdict's, and its reasons', one of the code's outcomes (not-permitted, register).
 */
const CODE_FIELDS: Record<string, (code: string) => CodeWords> = {
  status: () => "status",
  type: () => "type",
  roles: () => "role",
  deciderRole: () => "decider",
  decider: () => "decider",
  ruleOutcome: () => "outcome",
  outcome: (code) => (/^[a-z-]+$/.test(code) ? "outcome" : "status"),
  action: () => "historyAction",
  giftDestination: () => "giftDestination",
};

/**
 * The machine's own way of citing and naming (decision 059): kept in the JSON download, not put before a reader.
 * The verdict's profile is named by its policy version, which the page shows as the code's name.
 */
export const MACHINE_KEYS: readonly string[] = ["ruleId", "citation", "citations", "profileId"];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const isLocalized = (v: unknown): v is { nl: string; en: string } =>
  isRecord(v) && Object.keys(v).length === 2 && typeof v.nl === "string" && typeof v.en === "string";

/** Left out of a record: the machine's keys, and an obligation's code beside the text that says it. */
const leftOut = (key: string, record: Record<string, unknown>) =>
  MACHINE_KEYS.includes(key) || (key === "code" && isLocalized(record.text));

function fieldsOf(record: Record<string, unknown>): ReportField[] {
  return Object.entries(record)
    .filter(([key]) => !leftOut(key, record))
    .map(([key, value]) => ({
      key,
      value:
        // A declaration (a record with a type) keeps its answers whole, so they can be read as its form asks them.
        key === "answers" && isRecord(value) && typeof record.type === "string" && Object.keys(value).length > 0
          ? { kind: "answers", type: record.type, answers: value }
          : reportValue(value, key),
    }));
}

/** One JSON value as a report value; `key` tells amounts in cents ("valueCents") from other numbers. */
export function reportValue(value: unknown, key = ""): ReportValue {
  if (value === null || value === undefined || value === "") return { kind: "none" };
  if (typeof value === "boolean") return { kind: "yesNo", value };
  if (typeof value === "number")
    return /Cents$/.test(key) ? { kind: "money", cents: value } : { kind: "number", value };
  if (typeof value === "string") {
    if (DATE.test(value)) return { kind: "date", value };
    if (DATE_TIME.test(value)) return { kind: "dateTime", value };
    const words = CODE_FIELDS[key];
    return words ? { kind: "code", words: words(value), code: value } : { kind: "text", text: value };
  }
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isRecord)) return { kind: "entries", entries: value.map(fieldsOf) };
    return value.length === 0 ? { kind: "none" } : { kind: "list", items: value.map((v) => reportValue(v, key)) };
  }
  if (isLocalized(value)) return { kind: "localized", nl: value.nl, en: value.en };
  if (isRecord(value)) {
    const fields = fieldsOf(value);
    return fields.length === 0 ? { kind: "none" } : { kind: "fields", fields };
  }
  return { kind: "text", text: String(value) };
}

/** Every top-level part of the export but the file's own facts, in the export's order. */
export function reportSections(data: Record<string, unknown>): ReportSection[] {
  return Object.entries(data)
    .filter(([key]) => !(FILE_KEYS as readonly string[]).includes(key))
    .map(([key, value]) => ({
      key,
      list: Array.isArray(value),
      entries: Array.isArray(value) ? value.filter(isRecord).map(fieldsOf) : isRecord(value) ? [fieldsOf(value)] : [],
    }));
}
