// An annual campaign as the reminder tests start from: open, and answered by some.
import type { Viewer } from "@/lib/auth/session";
import { answerCampaign, openCampaign } from "@/lib/campaigns/data";
import { addDays } from "@/lib/campaigns/rules";
import { OpenCampaignSchema } from "@/lib/campaigns/schemas";
import { amsterdamNow } from "@/lib/format";

/**
 * HR opens this year's "Jaarlijkse controle", due in 14 days (Amsterdam time), and each of `answered` answers it
 * with "nothing to declare": the campaign's id.
 */
export async function openCampaignAnsweredBy(hr: Viewer, answered: Viewer[]) {
  const today = amsterdamNow().today;
  const input = OpenCampaignSchema.parse({
    title: "Jaarlijkse controle",
    year: today.slice(0, 4),
    dueOn: addDays(today, 14),
  });
  const { id } = await openCampaign(hr, input);
  for (const v of answered) await answerCampaign(v, { campaignId: id, answer: "NOTHING_TO_DECLARE" });
  return id;
}
