// The token form of the administration page (/beheer/mensen/koppeling): Zod schema shared by the form and the
// server action. Messages are keys into "scim.errors". The data layer (lib/scim/tokens.ts) checks the name and
// the roles again against the administrator's own reach.
import { z } from "zod";
import { hasNoNul, INVALID_CHARACTERS } from "@/lib/text";
import { ROLE_ORDER } from "@/lib/people/values";

export const SCIM_TOKEN_NAME_MAX = 100;

export const ScimTokenFormSchema = z.object({
  name: z
    .string({ error: "nameRequired" })
    .trim()
    .min(1, { error: "nameRequired" })
    .max(SCIM_TOKEN_NAME_MAX, { error: "tooLong" })
    .refine(hasNoNul, { error: INVALID_CHARACTERS })
    .transform((s) => s.replace(/\s+/g, " ")),
  // The roles the client may hand out besides EMPLOYEE: only role codes (a list; nothing ticked is []).
  roles: z
    .array(
      z.string().refine((r) => (ROLE_ORDER as readonly string[]).includes(r), { error: "roleNotAllowed" }),
      {
        error: "roleNotAllowed",
      },
    )
    .max(ROLE_ORDER.length, { error: "roleNotAllowed" })
    .default([]),
});
export type ScimTokenForm = z.infer<typeof ScimTokenFormSchema>;
