// The life of a register entry as pure rules (no I/O): which state allows which change. The data layer
// (lib/register/data.ts) and the transactional steps other features call (lib/register/sync.ts) check with these,
// the review page shows its buttons with these, and the public queries read the same groups (decision 049).
//
//   permitted side job of a designated person -> PENDING_REVIEW -> PUBLISHED (HR) -> ENDED (side job ended,
//   person left the group or the organisation, or HR removed it) ; PUBLISHED or ENDED-after-publication -> ERASED
//   (an AVG ground, decision 042). A pending entry removed by HR ends without ever having been public.
import { RegisterEntryStatus, type RegisterEndReason } from "@/lib/generated/prisma/enums";
import { meetsPublication, type PolicyProfile } from "@/lib/rules";

export type { RegisterEntryStatus };

export const ALL_ENTRY_STATUSES: readonly RegisterEntryStatus[] = Object.values(RegisterEntryStatus);
/** On the register or on its way there: what ends when the side job or the person's designation ends. */
export const LIVE: readonly RegisterEntryStatus[] = Object.freeze(["PENDING_REVIEW", "PUBLISHED"]);
/** The states a published entry can be in and still be public (current, or in the history when it was published). */
export const PUBLIC: readonly RegisterEntryStatus[] = Object.freeze(["PUBLISHED", "ENDED"]);
/** Off the register (ended, or erased for a legal ground): the history's retention runs from the day it left. */
export const OFF_REGISTER: readonly RegisterEntryStatus[] = Object.freeze(["ENDED", "ERASED"]);

interface EntryState {
  status: RegisterEntryStatus;
  publishedAt: Date | null;
}

/** Published once and still public: on the current register, or in its history. */
export const wasPublished = (e: EntryState) => e.publishedAt !== null && PUBLIC.includes(e.status);
/** HR publishes a reviewed entry (the declaration must still be permitted, the person still designated). */
export const canPublish = (e: EntryState) => e.status === "PENDING_REVIEW";
/** HR edits the wording: a review before publication, a correction after it (decision 042). */
export const canEditWording = (e: EntryState) => e.status === "PENDING_REVIEW" || wasPublished(e);
/** A wording change to a public entry is a correction: it is shown as corrected, and needs the check acknowledged. */
export const isCorrection = (e: EntryState) => wasPublished(e);
/** HR takes an entry off the register, or out of review. An ended or erased entry has nothing left to remove. */
export const canRemove = (e: EntryState) => LIVE.includes(e.status);
/** HR removes a published entry from the register and its history for a legal ground. */
export const canErase = (e: EntryState) => wasPublished(e);

type QualifyingFacts = {
  salaryScale: number | null;
  topManagementGroup: boolean;
  topOfficial: boolean;
  disabledAt: Date | null;
  employmentEnd: Date | null;
};

/**
 * Why a person's side jobs may no longer be on the register on `today` (YYYY-MM-DD), or null when they still
 * qualify: gone from the organisation, or outside the group the (tightened) profile publishes.
 */
export function disqualification(
  profile: PolicyProfile,
  person: QualifyingFacts | null,
  today: string,
): RegisterEndReason | null {
  const left =
    !person ||
    person.disabledAt !== null ||
    (person.employmentEnd !== null && person.employmentEnd.toISOString().slice(0, 10) < today);
  if (left) return "EMPLOYMENT_ENDED";
  return meetsPublication(profile, person) ? null : "LEFT_DESIGNATED_GROUP";
}
