// The attachment forms (issue 16 item 1, decision 066). Client-safe. The file's content is checked in the data layer
// (lib/attachments/content-check.ts); here only that one was chosen, and what it is attached to.
import { z } from "zod";
import { RecordIdSchema } from "@/lib/actions/schemas";

export const ATTACH_TO_VALUES = ["declaration", "answer", "decision"] as const;
/** What an attachment belongs to: the declaration itself, the viewer's latest answer, or their latest decision. */
export type AttachTo = (typeof ATTACH_TO_VALUES)[number];

/** The upload: the declaration's id, what the file goes with, and the file (a file input left empty is no file). */
export const UploadAttachmentSchema = z.object({
  id: RecordIdSchema,
  to: z.enum(ATTACH_TO_VALUES),
  file: z
    .instanceof(File, { error: "fileMissing" })
    .refine((f) => f.size > 0 || f.name !== "", { error: "fileMissing" }),
});
export type UploadAttachment = z.infer<typeof UploadAttachmentSchema>;

/** Removing one's own attachment: the declaration's id and the attachment's. */
export const RemoveAttachmentSchema = z.object({ id: RecordIdSchema, attachmentId: RecordIdSchema });
