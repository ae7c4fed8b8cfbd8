"use server";
// The bulk decision's server action (issue 16 item 4, decision 067), declared on lib/actions like the others: the data
// layer (lib/decisions/bulk.ts) authorises every declaration on its own, through the one decision path.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { kickDelivery } from "@/lib/notifications/kick";
import { BULK_DECISION_LIMIT } from "@/lib/declarations/lifecycle";
import { bulkDecide } from "./bulk";
import { BulkDecisionSchema } from "./bulk-schemas";

export const bulkDecideAction = formAction({
  namespace: "bulkDecisions.errors",
  component: "decisions",
  messageOnly: true,
  fieldParams: () => ({ limit: BULK_DECISION_LIMIT }),
  fields: (formData) => ({ items: formData.getAll("items").filter((v): v is string => typeof v === "string") }),
  schema: BulkDecisionSchema,
  run: async (viewer, { items }) => {
    const outcome = await bulkDecide(viewer, items);
    if (outcome.decided.length > 0) kickDelivery();
    return outcome;
  },
  done: (outcome) => {
    revalidatePath("/beslissen");
    // The result page reads the titles again, as the viewer may see them: the query holds ids and reasons only.
    const query = new URLSearchParams();
    if (outcome.decided.length) query.set("besloten", outcome.decided.join(","));
    if (outcome.notDecided.length) query.set("niet", outcome.notDecided.map((n) => `${n.id}~${n.reason}`).join(","));
    redirect(`/beslissen/meerdere/klaar?${query}`);
  },
});
