// The shape of the processing register (AVG art. 30): a group of fields with its purpose, legal basis, audience
// and retention.
import type { RetentionCategory } from "@/lib/generated/prisma/enums";

export interface Text {
  nl: string;
  en: string;
}

/**
 * How long a group is kept: one or more retention categories (purged by lib/privacy/purge/), or
 * ACCOUNT: while the person is in the portal's administration (HR closes accounts; not purged automatically),
 * AUDIT: never purged (facts only, no contents; the trail must stay complete),
 * SETTING: organisation settings and technical data, kept while in use.
 */
export type Retention = RetentionCategory[] | "ACCOUNT" | "AUDIT" | "SETTING";

export interface FieldGroup {
  id: string;
  /** The Prisma model (table). */
  model: string;
  /** The model's scalar fields in this group (relation fields are covered by their id fields). */
  fields: string[];
  /** false: no personal data (organisation data, technical counters); listed so every field is accounted for. */
  personal: boolean;
  title: Text;
  /** What the data is, in plain words. */
  data: Text;
  purpose: Text;
  legalBasis: Text;
  /** Who can see it in the portal. */
  audience: Text;
  retention: Retention;
}
