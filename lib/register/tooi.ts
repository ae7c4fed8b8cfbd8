// The organisation's TOOI identifier (Thesaurus en Ontologie Overheidsinformatie, KOOP): the URI under
// https://identifier.overheid.nl/tooi/id/ that data.overheid.nl's DCAT-AP-DONL uses for the publisher and creator of a
// government dataset, e.g. .../tooi/id/ministerie/mnre1034 (BZK), .../tooi/id/provincie/pv26 (Provincie Utrecht),
// .../tooi/id/gemeente/gm0344 (Gemeente Utrecht). Optional: without it the register's DCAT description names the
// organisation by name.
import { z } from "zod";

/** A TOOI identifier: the id namespace (not /tooi/def/ or /tooi/doc/), a type and a code, nothing after them. */
export const TOOI_URI = /^https:\/\/identifier\.overheid\.nl\/tooi\/id\/[a-z][a-z0-9_]*\/[a-z][a-z0-9_]*$/;

const TOOI_ERROR =
  "--tooi must be the organisation's TOOI identifier, e.g. https://identifier.overheid.nl/tooi/id/gemeente/gm0344";

export const TooiUriSchema = z
  .string({ error: TOOI_ERROR })
  .trim()
  .max(200, { error: TOOI_ERROR })
  .regex(TOOI_URI, { error: TOOI_ERROR });
