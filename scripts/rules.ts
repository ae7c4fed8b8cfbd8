// CLI for the rule module.
//   npx tsx scripts/rules.ts evaluate < request.json
//       stdin: { "profile": "rijk", "person": {...}, "now": "2026-03-01T10:00", "declaration": {...}, "settings"?: {...} }
//       stdout: the Verdict as JSON. Bad input: exit code 2 and a JSON error naming the field.
//   npx tsx scripts/rules.ts reference [--profile <id>] [--format md|json]
import {
  evaluate,
  getProfile,
  isRuleInputError,
  renderReferenceMarkdown,
  ruleReference,
  tightenProfile,
  PROFILE_IDS,
  type ProfileId,
} from "../lib/rules/index";

function fail(payload: unknown, code = 2): never {
  process.stdout.write(JSON.stringify(payload, null, 2) + "\n");
  process.exit(code);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function cmdEvaluate(): Promise<void> {
  const text = await readStdin();
  let req: unknown;
  try {
    req = JSON.parse(text);
  } catch {
    fail({
      error: "RuleInputError",
      field: "",
      code: "wrong-type",
      message: { nl: "De invoer is geen geldige JSON.", en: "The input is not valid JSON." },
    });
  }
  if (typeof req !== "object" || req === null || Array.isArray(req)) {
    fail({
      error: "RuleInputError",
      field: "",
      code: "wrong-type",
      message: { nl: "De invoer moet een JSON-object zijn.", en: "The input must be a JSON object." },
    });
  }
  const r = req as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (!["profile", "person", "now", "declaration", "settings"].includes(key)) {
      fail({
        error: "RuleInputError",
        field: key,
        code: "unknown-field",
        message: { nl: `"${key}" is een onbekend veld.`, en: `"${key}" is an unknown field.` },
      });
    }
  }
  try {
    if (r.profile === undefined) {
      fail({
        error: "RuleInputError",
        field: "profile",
        code: "missing",
        message: { nl: 'Vul "profile" in.', en: '"profile" is required.' },
      });
    }
    // A non-string profile is as unknown as a misspelt one.
    let profile = getProfile(typeof r.profile === "string" ? r.profile : `(${typeof r.profile})`);
    if (r.settings !== undefined) {
      const t = tightenProfile(profile, r.settings);
      if (!t.ok) fail({ error: "TighteningError", field: "settings", errors: t.errors });
      profile = t.profile;
    }
    const verdict = evaluate(r.declaration as never, { profile, person: r.person as never, now: r.now as never });
    process.stdout.write(JSON.stringify(verdict, null, 2) + "\n");
  } catch (e) {
    if (isRuleInputError(e)) {
      const j = e.toJSON();
      // Fields inside the declaration are reported with their full path in the request.
      const top = ["profile", "now", "settings"];
      const field =
        j.field === ""
          ? "declaration"
          : top.includes(j.field.split(".")[0] ?? "") || j.field.startsWith("person")
            ? j.field
            : `declaration.${j.field}`;
      fail({ ...j, field });
    }
    throw e;
  }
}

function cmdReference(args: string[]): void {
  let profile: string | undefined;
  let format = "md";
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--profile") profile = args[++i];
    else if (a === "--format") format = args[++i] ?? "";
    else fail({ error: "UsageError", message: `Unknown argument ${a}` });
  }
  if (format !== "md" && format !== "json") fail({ error: "UsageError", message: "--format must be md or json" });
  try {
    const ids: ProfileId[] = profile === undefined ? [...PROFILE_IDS] : [getProfile(profile).id];
    if (format === "json")
      process.stdout.write(
        JSON.stringify(
          ids.map((id) => ruleReference(id)),
          null,
          2,
        ) + "\n",
      );
    else process.stdout.write(renderReferenceMarkdown(ids));
  } catch (e) {
    if (isRuleInputError(e)) fail(e.toJSON());
    throw e;
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === "evaluate") await cmdEvaluate();
else if (command === "reference") cmdReference(rest);
else
  fail({
    error: "UsageError",
    message: "Usage: rules.ts evaluate < request.json | rules.ts reference [--profile id] [--format md|json]",
  });
