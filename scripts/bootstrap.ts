// `npm run bootstrap -- --slug gemeente-utrecht --name "Gemeente Utrecht" --profile gemeente \
//      --admin-email beheer@utrecht.nl --admin-name "Jan de Beheerder" [--admin-function "..."] [--referral-title "..."] \
//      [--tooi https://identifier.overheid.nl/tooi/id/gemeente/gm0344]`
//
// Creates the first organisation and its administrator on the configured database (DATABASE_URL, or
// PGLITE_DATA_DIR), applying pending migrations first. Audited (organisation.bootstrapped, person.created).
// Refuses, changing nothing, when the organisation (slug) or the e-mail address already exists. Prints one
// JSON object: {"ok":true,"organisation":{...},"administrator":{...}} or {"ok":false,"error":"..."} (exit 1;
// exit 2 for wrong arguments). The administrator signs in through single sign-on with that e-mail address.
import { parseArgs } from "node:util";
import { prepareDatabase } from "@/lib/db";
import { resolveDbTarget } from "@/lib/config";
import { bootstrapOrganisation } from "@/lib/bootstrap/data";
import { isAppError } from "@/lib/errors";

function print(result: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

let args;
try {
  args = parseArgs({
    options: {
      slug: { type: "string" },
      name: { type: "string" },
      profile: { type: "string" },
      "referral-title": { type: "string" },
      tooi: { type: "string" },
      "admin-email": { type: "string" },
      "admin-name": { type: "string" },
      "admin-function": { type: "string" },
    },
    strict: true,
  }).values;
} catch (error) {
  print({ ok: false, error: error instanceof Error ? error.message : String(error) });
  process.exit(2);
}

const input = {
  slug: args.slug ?? "",
  name: args.name ?? "",
  profile: (args.profile ?? "") as "rijk",
  referralTitle: args["referral-title"],
  tooiUri: args.tooi,
  adminEmail: args["admin-email"] ?? "",
  adminName: args["admin-name"] ?? "",
  adminFunction: args["admin-function"],
};

let exitCode = 0;
let opened: Awaited<ReturnType<typeof prepareDatabase>> | undefined;
try {
  // Never demo data here, whatever the environment says.
  opened = await prepareDatabase(resolveDbTarget(), { seedDemo: false });
  const result = await bootstrapOrganisation(opened.prisma, input);
  print({ ok: true, database: opened.target.display, ...result });
} catch (error) {
  exitCode = isAppError(error) && error.code === "VALIDATION" ? 2 : 1;
  const known =
    isAppError(error) ||
    (error instanceof Error && ["ConfigError", "DbConfigError", "MigrationError"].includes(error.name));
  print({
    ok: false,
    error: known ? (error as Error).message : `${(error as Error)?.name ?? "Error"}: the database refused the change`,
  });
} finally {
  await opened?.close().catch(() => {});
}
process.exit(exitCode);
