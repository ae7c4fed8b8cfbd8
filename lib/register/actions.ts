"use server";
// HR's register actions, declared on lib/actions (decision 048): the data layer checks area, organisation and
// version in the transaction.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction, type Translator } from "@/lib/actions/form-action";
import type { ActionState, RawValues } from "@/lib/actions/state";
import { isAppError } from "@/lib/errors";
import { kickDelivery } from "@/lib/notifications/kick";
import { eraseEntry, publishEntry, removeEntry, saveWording } from "./data";
import { EraseSchema, PublishSchema, RemoveSchema, WordingSchema } from "./schemas";
import { describeFinding, findingTexts, type SensitiveFinding } from "./sensitive";

/** The register forms' state: the common shape plus what the wording check found (as sentences for HR). */
export type RegisterActionState = ActionState & { warnings?: string[] };

function warningsOf(findings: SensitiveFinding[], t: Translator): string[] {
  return findings.map((f) => describeFinding(f, findingTexts(t)));
}

const common = {
  namespace: "register.errors",
  component: "register",
  // The check found something and HR did not confirm: say what, and ask for the confirmation (works without JS).
  onError: (error: unknown, values: RawValues, { t }: { t: Translator }): RegisterActionState | undefined =>
    isAppError(error) && error.details?.reason === "sensitiveWording"
      ? {
          status: "error",
          message: t("register.errors.sensitiveWording"),
          values,
          warnings: warningsOf((error.details.findings ?? []) as SensitiveFinding[], t),
        }
      : undefined,
};

/** Saves the wording of a pending entry, or corrects a published one (decision 042). */
export const saveWordingAction = formAction({
  ...common,
  fields: ["id", "version", "acknowledge", "functionTitle", "sideJob", "sideJobOrganisation", "conditions"],
  schema: WordingSchema,
  run: saveWording,
  done: ({ version, corrected, findings }, { id }, { viewer, t }): RegisterActionState => {
    revalidatePath(`/beheer/register/${id}`);
    if (corrected) revalidatePath(`/register/${viewer.organisationSlug}`);
    const message = corrected
      ? t("register.admin.corrected")
      : findings.length > 0
        ? t("register.admin.savedWithWarnings")
        : t("register.admin.saved");
    return { status: "success", message, version, warnings: warningsOf(findings, t) };
  },
});

export const publishAction = formAction({
  ...common,
  fields: ["id", "version", "acknowledge"],
  // The publish form has no inline fields: whatever is wrong is its one message.
  messageOnly: true,
  schema: PublishSchema,
  run: async (viewer, input) => {
    await publishEntry(viewer, input);
    kickDelivery();
  },
  done: (_result, { id }): RegisterActionState => {
    revalidatePath("/beheer/register");
    redirect(`/beheer/register?gepubliceerd=${encodeURIComponent(id)}`);
  },
});

export const removeAction = formAction({
  ...common,
  fields: ["id", "version", "reason"],
  schema: RemoveSchema,
  run: removeEntry,
  done: (_result, { id }): RegisterActionState => {
    revalidatePath("/beheer/register");
    redirect(`/beheer/register?verwijderd=${encodeURIComponent(id)}`);
  },
});

/** Removes a published entry from the register and its history for a legal ground (AVG art. 16/17, decision 042). */
export const eraseAction = formAction({
  ...common,
  fields: ["id", "version", "ground", "confirm"],
  schema: EraseSchema,
  run: eraseEntry,
  done: (_result, { id }, { viewer }): RegisterActionState => {
    revalidatePath("/beheer/register");
    revalidatePath(`/register/${viewer.organisationSlug}`);
    redirect(`/beheer/register?gewist=${encodeURIComponent(id)}`);
  },
});
