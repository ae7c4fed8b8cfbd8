// The one state shape every form's server action answers with (conventions: Forms). Client-safe: no server
// imports, so form components import it as well as the actions.

/** The entered values as the form sent them (a field with several values, e.g. checkboxes, as a list). */
export type RawValues = Record<string, string | string[] | undefined>;

export type ActionState =
  // values: a round trip that only re-renders the form with what was typed (the next questions without JavaScript).
  | { status: "idle"; id?: string; version?: number; values?: RawValues }
  | {
      status: "error";
      message?: string;
      fieldErrors?: Record<string, string>;
      values?: RawValues;
      id?: string;
      version?: number;
    }
  | { status: "success"; message?: string; id?: string; version?: number; values?: RawValues };

export const IDLE: ActionState = { status: "idle" };
