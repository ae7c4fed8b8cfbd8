// The bulk decision's form (issue 16 item 4): the confirmed declarations as "id:version", one checkbox-like hidden
// field each. Client-safe. Messages are keys into "bulkDecisions.errors".
import { z } from "zod";
import { BULK_DECISION_LIMIT } from "@/lib/declarations/lifecycle";
import { hasNoNul } from "@/lib/text";

const ITEM = /^([^:\s]{1,64}):(\d{1,9})$/;

export const BulkDecisionSchema = z.object({
  items: z
    .array(z.string().regex(ITEM, { error: "noneSelected" }).refine(hasNoNul, { error: "noneSelected" }), {
      error: "noneSelected",
    })
    .min(1, { error: "noneSelected" })
    .max(BULK_DECISION_LIMIT, { error: "tooMany" })
    .transform((list) =>
      list.map((s) => {
        const [, id, version] = ITEM.exec(s)!;
        return { id: id!, version: Number(version) };
      }),
    ),
});

export type BulkDecisionInput = z.output<typeof BulkDecisionSchema>;
