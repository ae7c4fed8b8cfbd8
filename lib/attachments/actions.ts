"use server";
// Server actions for attachments (issue 16 item 1, decision 066), declared on lib/actions: a multipart form whose
// file goes to the schema beside the text fields; the data layer checks the content, the right to attach to this
// declaration now, and writes the attachment with its audit event in one transaction.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import type { ActionState } from "@/lib/actions/state";
import { removeAttachment, uploadAttachment } from "./data";
import { RemoveAttachmentSchema, UploadAttachmentSchema } from "./schemas";

const common = { namespace: "attachments.errors", component: "attachments" } as const;

/** Both pages that list a declaration's attachments: the declarant's and the decider's. */
function revalidate(id: string) {
  revalidatePath(`/meldingen/${id}`);
  revalidatePath(`/beslissen/${id}`);
}

export const uploadAttachmentAction = formAction({
  ...common,
  fields: ["id", "to"],
  files: ["file"],
  // A wrong id or target is a form that was tampered with or is stale: "not found", no field error.
  staleFields: ["id", "to"],
  schema: UploadAttachmentSchema,
  run: async (viewer, { id, to, file }) =>
    uploadAttachment(viewer, {
      declarationId: id,
      to,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    }),
  done: (added, { id }, { t }): ActionState => {
    revalidate(id);
    return { status: "success", message: t("attachments.added", { name: added.name }) };
  },
});

export const removeAttachmentAction = formAction({
  ...common,
  fields: ["id", "attachmentId"],
  staleFields: ["id", "attachmentId"],
  schema: RemoveAttachmentSchema,
  run: (viewer, { id, attachmentId }) => removeAttachment(viewer, { declarationId: id, id: attachmentId }),
  done: (_result, { id }, { t }): ActionState => {
    revalidate(id);
    return { status: "success", message: t("attachments.removed") };
  },
});
