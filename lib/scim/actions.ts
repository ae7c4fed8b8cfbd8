"use server";
// Server actions of the SCIM token page (/beheer/mensen/koppeling), declared on lib/actions (decision 048): the
// data layer (lib/scim/tokens.ts) checks the area (people: HR, ADMIN) and the token's organisation itself.
// A new token is answered in the action's state, never in a URL: the page shows it once, also without JavaScript
// (the form posts, the server renders the page with this state).
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction, readFields } from "@/lib/actions/form-action";
import { IdFormSchema } from "@/lib/actions/schemas";
import type { ActionState } from "@/lib/actions/state";
import { createScimToken, revokeScimToken, rotateScimToken } from "./tokens";
import { ScimTokenFormSchema } from "./schemas";

const PAGE = "/beheer/mensen/koppeling";

/** A token action's state: on success, the token itself (shown once). */
export type ScimTokenState = ActionState & { token?: string };

const common = {
  namespace: "scim.errors",
  component: "scim",
  formField: "name",
  staleFields: ["id"],
} as const;

export const createScimTokenAction = formAction<
  { name: string; roles: string[] },
  { id: string; token: string },
  ScimTokenState
>({
  ...common,
  fields: (formData) => ({
    ...readFields(formData, ["name"]),
    roles: formData.getAll("roles").filter((v): v is string => typeof v === "string"),
  }),
  schema: ScimTokenFormSchema,
  run: createScimToken,
  done: ({ id, token }, _input, { t }) => {
    revalidatePath(PAGE);
    return { status: "success", id, token, message: t("scim.admin.created") };
  },
});

export const rotateScimTokenAction = formAction<{ id: string }, { id: string; token: string }, ScimTokenState>({
  ...common,
  messageOnly: true,
  fields: ["id"],
  schema: IdFormSchema,
  run: (viewer, { id }) => rotateScimToken(viewer, id),
  done: ({ id, token }, _input, { t }) => {
    revalidatePath(PAGE);
    return { status: "success", id, token, message: t("scim.admin.rotated") };
  },
});

export const revokeScimTokenAction = formAction({
  ...common,
  messageOnly: true,
  fields: ["id"],
  schema: IdFormSchema,
  run: (viewer, { id }) => revokeScimToken(viewer, id),
  done: () => {
    revalidatePath(PAGE);
    redirect(`${PAGE}?ingetrokken=1`);
  },
});
