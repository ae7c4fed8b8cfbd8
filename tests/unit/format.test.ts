import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatFileSize, formatMoney } from "@/lib/format";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

describe("Dutch formatting", () => {
  it.each([
    [123456, "nl", "€ 1.234,56"],
    [5000, "nl", "€ 50,00"],
    [4999, "nl", "€ 49,99"],
    [0, "nl", "€ 0,00"],
    [123456, "en", "€1,234.56"],
  ] as const)("formats %i cents (%s) as %s", (cents, locale, expected) => {
    expect(formatMoney(cents, locale)).toBe(expected);
  });

  it("formats calendar dates as '1 mei 2026'", () => {
    expect(formatDate("2026-05-01", "nl")).toBe("1 mei 2026");
    expect(formatDate("2026-05-01", "en")).toBe("1 May 2026");
  });

  it("shows instants in Europe/Amsterdam, summer and winter time", () => {
    expect(formatDateTime("2026-05-01T22:30:00Z", "nl")).toBe("2 mei 2026, 00:30");
    expect(formatDateTime("2026-12-31T23:30:00Z", "nl")).toBe("1 januari 2027, 00:30");
  });
});

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const MESSAGES_DIR = path.resolve(__dirname, "../../lib/i18n/messages");
const dutchFiles = readdirSync(MESSAGES_DIR).filter((f) => /^nl(-[a-z-]+)?\.json$/.test(f));
const read = (file: string) => JSON.parse(readFileSync(path.join(MESSAGES_DIR, file), "utf8")) as unknown;

describe("file sizes (attachments)", () => {
  it.each([
    [0, "nl", "0 bytes"],
    [1023, "nl", "1.023 bytes"],
    [1024, "nl", "1 kB"],
    [1536, "nl", "1,5 kB"],
    [1024 * 1024 - 1, "nl", "1.024 kB"],
    [1024 * 1024, "nl", "1 MB"],
    [10 * 1024 * 1024, "nl", "10 MB"],
    [1258291, "nl", "1,2 MB"],
    [1258291, "en", "1.2 MB"],
  ] as const)("%i bytes in %s: %s", (bytes, locale, expected) => expect(formatFileSize(bytes, locale)).toBe(expected));
});

describe("messages", () => {
  it("finds the message files", () => {
    expect(dutchFiles).toContain("nl.json");
    expect(dutchFiles.length).toBeGreaterThan(2);
  });

  it.each(dutchFiles)("has every message of %s in English and the other way round", (file) => {
    expect(keys(read(file.replace(/^nl/, "en"))).sort()).toEqual(keys(read(file)).sort());
  });

  // Files named nl-declaration-types-*.json hold the labels of declaration types added later (decision 039), and
  // nl-declarations-*.json blocks of one feature's texts within declarations (citations, decision 059; without
  // JavaScript, decision 060): they are merged key by key into the "declarations" namespace (lib/i18n/messages.ts),
  // so they may add keys there but never replace one.
  const isTypeExtension = (file: string) => /^nl-declaration(-types|s)-[a-z-]+\.json$/.test(file);

  it("lets a declaration-types file only add keys to the declarations namespace", () => {
    const base = new Set(keys(read("nl.json")));
    const extensions = dutchFiles.filter(isTypeExtension);
    expect(extensions.length).toBeGreaterThan(0);
    for (const file of extensions) {
      expect(Object.keys(read(file) as object), file).toEqual(["declarations"]);
      for (const k of keys(read(file))) expect(base.has(k), `${file} replaces ${k}`).toBe(false);
    }
  });

  it("keeps each namespace in one file", () => {
    const owners = new Map<string, string>();
    for (const file of dutchFiles.filter((f) => !isTypeExtension(f))) {
      for (const ns of Object.keys(read(file) as object)) {
        expect(owners.get(ns), `namespace ${ns} in ${file} and ${owners.get(ns)}`).toBeUndefined();
        owners.set(ns, file);
      }
    }
  });
});
