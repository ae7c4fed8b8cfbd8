// Schemas many forms share. Client-safe.
import { z } from "zod";
import { hasNoNul } from "@/lib/text";

/**
 * A record id from a hidden field: missing, empty, longer than any id, or holding a NUL cannot be one, and is
 * answered "not found" without asking the database (a NUL would make PostgreSQL fail the query).
 */
export const RecordIdSchema = z.string().trim().min(1).max(64).refine(hasNoNul);

/** A form whose only field is the record's id (acknowledge, revoke, apply, discard). */
export const IdFormSchema = z.object({ id: RecordIdSchema });
