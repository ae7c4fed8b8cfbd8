// Rows as arrays straight from the driver (pg or PGlite), for the few reads too large for Prisma's per-row object
// mapping: the register's CSV of 100,000 rows spent most of its time there (issue 15, docs/benchmarks.md). Only
// for reads; every parameter is bound ($1, $2, ...), never spliced into the text.
import { getOpenedDb } from "./index";

export type RawValue = string | number | boolean | Date | null;

/** Runs one read and returns its rows as arrays, in the order of the select list. */
export async function rawRows(text: string, values: RawValue[]): Promise<unknown[][]> {
  const opened = await getOpenedDb();
  if (opened.pool) {
    const result = await opened.pool.query({ text, values, rowMode: "array" });
    return result.rows as unknown[][];
  }
  if (opened.pglite) {
    const result = await opened.pglite.query<unknown[]>(text, values, { rowMode: "array" });
    return result.rows;
  }
  throw new Error("rawRows: no driver behind the database handle");
}
