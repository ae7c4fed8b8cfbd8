// Shared by every CSV the portal writes (register, annual report, gift register, campaign answers).

/**
 * A text a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a
 * leading apostrophe, so "=HYPERLINK(...)" typed into a form stays text when the file is opened (OWASP
 * "CSV injection"). Everything else is unchanged.
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
