// The register entry's states, table-driven: every state, published or never published, against every change.
import { describe, expect, it } from "vitest";
import {
  ALL_ENTRY_STATUSES,
  LIVE,
  OFF_REGISTER,
  PUBLIC,
  canEditWording,
  canErase,
  canPublish,
  canRemove,
  isCorrection,
  wasPublished,
  type RegisterEntryStatus,
} from "@/lib/register/lifecycle";

const at = new Date("2026-03-01T10:00:00Z");
type Row = [
  RegisterEntryStatus,
  Date | null,
  { publish: boolean; wording: boolean; correction: boolean; remove: boolean; erase: boolean; public: boolean },
];
const table: Row[] = [
  [
    "PENDING_REVIEW",
    null,
    { publish: true, wording: true, correction: false, remove: true, erase: false, public: false },
  ],
  ["PUBLISHED", at, { publish: false, wording: true, correction: true, remove: true, erase: true, public: true }],
  // Ended after publication: in the public history, so it can be corrected and erased, not removed again.
  ["ENDED", at, { publish: false, wording: true, correction: true, remove: false, erase: true, public: true }],
  // Ended while pending (rejected in review, or the side job ended first): never public, nothing left to do.
  ["ENDED", null, { publish: false, wording: false, correction: false, remove: false, erase: false, public: false }],
  // Erased for an AVG ground: nothing may bring it back into any public list (decision 042), removal included.
  ["ERASED", at, { publish: false, wording: false, correction: false, remove: false, erase: false, public: false }],
];

describe("register entry states", () => {
  it("the table covers every state", () => {
    expect(new Set(table.map(([s]) => s))).toEqual(new Set(ALL_ENTRY_STATUSES));
  });
  it.each(table)("%s (published %s)", (status, publishedAt, allows) => {
    const e = { status, publishedAt };
    expect({
      publish: canPublish(e),
      wording: canEditWording(e),
      correction: isCorrection(e),
      remove: canRemove(e),
      erase: canErase(e),
      public: wasPublished(e),
    }).toEqual(allows);
  });
  it("live, public and off-register groups", () => {
    expect([...LIVE]).toEqual(["PENDING_REVIEW", "PUBLISHED"]);
    expect([...PUBLIC]).toEqual(["PUBLISHED", "ENDED"]);
    expect([...OFF_REGISTER]).toEqual(["ENDED", "ERASED"]);
  });
});
