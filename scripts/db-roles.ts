// npm run db:roles -- --owner portal_owner --app portal_app --database integriteit
//
// Prints the SQL (a psql script) that creates the two PostgreSQL roles of the least-privilege set-up and the
// database (lib/db/roles.ts, decision 036, docs/operations.md section 3). A database administrator runs it
// once as superuser:  npm run --silent db:roles -- ... > roles.sql && psql -v ON_ERROR_STOP=1 -U postgres -f roles.sql
// It connects to nothing. The grants follow from `npm run db:migrate` with MIGRATION_DATABASE_URL set.
import { rolesScript } from "../lib/db/roles";

const USAGE = "Usage: npm run --silent db:roles -- --owner <role> --app <role> --database <name>";

function main(argv: string[]): number {
  const names: Record<string, string> = { owner: "portal_owner", app: "portal_app", database: "integriteit" };
  for (let i = 0; i < argv.length; i++) {
    const match = /^--(owner|app|database)(?:=(.*))?$/.exec(argv[i]!);
    if (!match) {
      console.error(`Unknown argument: ${argv[i]}\n${USAGE}`);
      return 2;
    }
    const value = match[2] ?? argv[++i];
    if (!value) {
      console.error(`--${match[1]} needs a value.\n${USAGE}`);
      return 2;
    }
    names[match[1]!] = value;
  }
  try {
    process.stdout.write(rolesScript({ owner: names.owner!, app: names.app!, database: names.database! }));
    return 0;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
