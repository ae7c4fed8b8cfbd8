// Posting a progressively enhanced form the way a browser without JavaScript does (scripts/bench/run.ts,
// scripts/bench/scale-out.ts): the hidden $ACTION_* inputs React renders for it.

/** The hidden $ACTION_* inputs of the submit form (the one with the submissionKey input) on a check-answers page. */
export function actionFields(html: string): [string, string][] {
  const unescape = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const form = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)]
    .map((m) => m[1]!)
    .find((f) => f.includes('name="submissionKey"'));
  if (!form) throw new Error("submit form not found on the check-answers page");
  const fields = [...form.matchAll(/<input[^>]*name="(\$ACTION_[^"]*)"(?:[^>]*value="([^"]*)")?[^>]*>/g)].map(
    (m): [string, string] => [m[1]!, unescape(m[2] ?? "")],
  );
  if (fields.length === 0) throw new Error("no $ACTION_ inputs in the submit form");
  return fields;
}
