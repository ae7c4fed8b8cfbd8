"use server";
// Server actions for recusals, declared on lib/actions (decision 048): the data layer checks the right to end
// this specific recusal now.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import type { ActionState } from "@/lib/actions/state";
import { endRecusal } from "./data";
import { EndRecusalSchema } from "./schemas";

/** Ends a recusal early (the manager, or the integrity officer where the declaration went to them). */
export const endRecusalAction = formAction({
  namespace: "recusals.errors",
  component: "recusals",
  // INVALID_STATE: the recusal has ended already.
  errors: { INVALID_STATE: "alreadyEnded" },
  formField: "reason",
  fields: ["id", "version", "reason"],
  schema: EndRecusalSchema,
  run: endRecusal,
  done: (_result, _input, { t }): ActionState => {
    revalidatePath("/beslissen");
    revalidatePath("/integriteit");
    revalidatePath("/meldingen");
    return { status: "success", message: t("recusals.ended") };
  },
});
