// The first organisation and its administrator (`npm run bootstrap`): what the operator passes.
import { z } from "zod";
import { PROFILE_IDS } from "@/lib/rules/types";
import { TooiUriSchema } from "@/lib/register/tooi";

export const BootstrapSchema = z.object({
  slug: z
    .string({ error: "--slug is required" })
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error:
        "--slug must be lower-case letters, digits and hyphens, e.g. gemeente-utrecht (it is the public register's address)",
    })
    .max(60, { error: "--slug may be at most 60 characters" }),
  name: z
    .string({ error: "--name is required (the organisation's name)" })
    .trim()
    .min(2, { error: "--name is required (the organisation's name)" })
    .max(200),
  profile: z.enum(PROFILE_IDS, { error: `--profile must be one of: ${PROFILE_IDS.join(", ")}` }),
  referralTitle: z.string().trim().min(2).max(100).optional(),
  /** The TOOI identifier the register's DCAT description names as publisher (lib/register/tooi.ts). */
  tooiUri: TooiUriSchema.optional(),
  adminEmail: z
    .email({ error: "--admin-email must be an e-mail address (the one single sign-on reports for the administrator)" })
    .trim()
    .toLowerCase(),
  adminName: z
    .string({ error: "--admin-name is required" })
    .trim()
    .min(2, { error: "--admin-name is required" })
    .max(200),
  adminFunction: z.string().trim().min(2).max(200).default("Functioneel beheerder"),
});

export type BootstrapInput = z.input<typeof BootstrapSchema>;
