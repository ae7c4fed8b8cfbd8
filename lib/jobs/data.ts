import "server-only";
// The administrator's view of the background jobs (/beheer/taken): the "jobs" area (ADMIN), checked here
// as well as on the page.
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { getDb } from "@/lib/db";
import { readJobsStatus, type JobsStatus } from "./status";

export async function getJobsOverview(viewer: Viewer, now: Date = new Date()): Promise<JobsStatus> {
  assertArea(viewer, "jobs");
  return readJobsStatus(await getDb(), now);
}
