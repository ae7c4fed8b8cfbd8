import "server-only";
// The demo's sign-in list: every demo person by organisation (only while demo sign-in is on). Part of the
// people data layer; lib/people/data.ts re-exports it (decision 045).
import { getDb } from "@/lib/db";
import { demoSignInEnabled } from "@/lib/auth/options";

export interface DemoAccount {
  id: string;
  name: string;
  functionTitle: string;
  roles: string[];
}

export interface DemoOrganisationAccounts {
  name: string;
  profile: string;
  people: DemoAccount[];
}

/** The people the demo sign-in offers. Only called when the demo sign-in is enabled. */
export async function listDemoAccounts(): Promise<DemoOrganisationAccounts[]> {
  // Checked here too: this list names every person, so it must never leave demo mode.
  if (!demoSignInEnabled()) return [];
  const db = await getDb();
  const organisations = await db.organisation.findMany({
    orderBy: { name: "asc" },
    select: {
      name: true,
      profile: true,
      people: {
        where: { disabledAt: null },
        orderBy: { name: "asc" },
        select: { id: true, name: true, functionTitle: true, roles: true },
      },
    },
  });
  return organisations.map((org) => ({ name: org.name, profile: org.profile, people: org.people }));
}
