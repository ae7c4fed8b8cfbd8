import "server-only";
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/auth/session";
import { getCampaignOverview } from "@/lib/campaigns/follow";
import { isAppError } from "@/lib/errors";

/** The campaign's overview, or the "not found" page: another organisation's campaign does not exist for the viewer. */
export async function campaignOrNotFound(viewer: Viewer, id: string, page = 1) {
  try {
    return await getCampaignOverview(viewer, id, page);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
