import type { RawValues } from "./form-model";

/** One action-state shape for every declaration form (conventions: Forms). */
export type ActionState =
  | { status: "idle"; id?: string; version?: number }
  | { status: "error"; message?: string; fieldErrors?: Record<string, string>; values?: RawValues; id?: string; version?: number }
  | { status: "success"; message?: string; id?: string; version?: number };

export const IDLE: ActionState = { status: "idle" };
