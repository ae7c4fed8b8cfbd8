"use server";
// Server actions for decisions and deputies, declared on lib/actions (decision 048): the data layer checks the
// right to decide on this specific declaration.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { IdFormSchema } from "@/lib/actions/schemas";
import type { ActionState } from "@/lib/actions/state";
import { kickDelivery } from "@/lib/notifications/kick";
import { acknowledgeConditions, decideDeclaration } from "./data";
import { createDelegation, revokeDelegation } from "./deputies";
import { remindOverdue } from "./remind-overdue";
import { DecisionFormSchema, DelegationSchema } from "./schemas";

const common = {
  namespace: "decisions.errors",
  component: "decisions",
  // The recusal part (decision 041, lib/recusals/data.ts): its messages are in the "recusals.errors" block; deciding
  // against the code (decision 052) in "verdictStory.errors" ("confirmAgainstCode" opens the confirmation step).
  namespaceFor: (field: string, key: string) =>
    field.startsWith("recusal")
      ? "recusals.errors"
      : key === "reasonRequiredAgainstCode" || key === "confirmAgainstCode"
        ? "verdictStory.errors"
        : undefined,
} as const;

export const decideAction = formAction({
  ...common,
  fields: [
    "id",
    "version",
    "kind",
    "reason",
    "conditions",
    "giftDestination",
    "handedInOn",
    "reassessOn",
    "recusalKind",
    "recusalSubject",
    "recusalEndsOn",
    "confirmAgainstCode",
    "_intent",
  ],
  // Without JavaScript the questions that follow from the chosen decision (conditions, the gift's destination, the
  // reason's label) come by a round trip that decides nothing and returns what was typed (issue 19 item 5).
  before: (_viewer, values): ActionState | undefined =>
    values._intent === "update" ? { status: "idle", values } : undefined,
  schema: DecisionFormSchema,
  run: async (viewer, { decision, recusal }) => {
    const decided = await decideDeclaration(viewer, decision, recusal);
    kickDelivery();
    return decided;
  },
  done: (decided, { decision }) => {
    // Back to the queue the decision came from: a manager's (also for a deputy), or the integrity officers'.
    const queue = decided.queue === "integrity" ? "/integriteit" : "/beslissen";
    revalidatePath(queue);
    redirect(`${queue}?besloten=${encodeURIComponent(decision.id)}`);
  },
});

export const acknowledgeConditionsAction = formAction({
  ...common,
  fields: ["id"],
  schema: IdFormSchema,
  run: acknowledgeConditions,
  done: (_result, { id }): ActionState => {
    revalidatePath(`/meldingen/${id}`);
    return { status: "success" };
  },
});

export const createDelegationAction = formAction({
  ...common,
  fields: ["deputyId", "startsOn", "endsOn"],
  schema: DelegationSchema,
  run: createDelegation,
  done: (_result, _input, { t }): ActionState => {
    revalidatePath("/vervanging");
    return { status: "success", message: t("decisions.deputies.added") };
  },
});

export const revokeDelegationAction = formAction({
  ...common,
  fields: ["id"],
  schema: IdFormSchema,
  run: revokeDelegation,
  done: (): ActionState => {
    revalidatePath("/vervanging");
    return { status: "success" };
  },
});

/** An integrity officer reminds the manager about an overdue decision now (decision 068). */
export const remindOverdueAction = formAction({
  namespace: "reminders.errors",
  component: "reminders",
  fields: ["id"],
  schema: IdFormSchema,
  run: remindOverdue,
  done: ({ id }) => {
    // After the commit: the reminder is in the outbox; ask for delivery now.
    kickDelivery();
    redirect(`/integriteit/overzicht/herinneren/${encodeURIComponent(id)}?herinnerd=1`);
  },
});
