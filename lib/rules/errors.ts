import type { LocalizedText } from "./types";

export type RuleInputErrorCode =
  | "unknown-type"
  | "unknown-profile"
  | "missing"
  | "wrong-type"
  | "out-of-range"
  | "invalid-value"
  | "invalid-date"
  | "date-order"
  | "unknown-field"
  | "invalid-setting";

// `Error.message` is a string, but the API promises `message: { nl, en }`. We still want a real
// Error at runtime (stack trace, `instanceof Error`), so the base class is typed without `message`.
const ErrorWithoutMessage = Error as unknown as new (message?: string) => Omit<Error, "message">;

/**
 * Thrown for every input the module cannot judge. Bad input never yields a verdict:
 * callers show `message.nl` / `message.en` next to the field named by `field`
 * (a dotted path such as "extensions.0.end"; "" means the input as a whole).
 */
export class RuleInputError extends ErrorWithoutMessage {
  readonly name = "RuleInputError";
  readonly field: string;
  readonly code: RuleInputErrorCode;
  readonly message: LocalizedText;

  constructor(field: string, code: RuleInputErrorCode, message: LocalizedText) {
    super(`${field || "(input)"}: ${message.en}`);
    this.field = field;
    this.code = code;
    this.message = message;
  }

  toString(): string {
    return `RuleInputError [${this.code}] ${this.field || "(input)"}: ${this.message.en}`;
  }

  /** JSON shape used by the CLI and by API responses. */
  toJSON(): { error: "RuleInputError"; field: string; code: RuleInputErrorCode; message: LocalizedText } {
    return { error: "RuleInputError", field: this.field, code: this.code, message: this.message };
  }
}

export function isRuleInputError(e: unknown): e is RuleInputError {
  return e instanceof RuleInputError;
}
