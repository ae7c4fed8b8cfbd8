import "server-only";
// People: reads for the shell. Every function takes the viewer and stays within their organisation.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { demoSignInEnabled } from "@/lib/auth/options";

export async function countDirectReports(viewer: Viewer): Promise<number> {
  const db = await getDb();
  return db.person.count({ where: { managerId: viewer.id, organisationId: viewer.organisationId, disabledAt: null } });
}

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
