// The CSV export of a campaign's responses (HR of the campaign's organisation only; the data layer checks).
import { requireArea } from "@/lib/auth/session";
import { exportCampaignResponses } from "@/lib/campaigns/follow";
import { exportFileName, responsesCsv } from "@/lib/campaigns/export";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireArea("campaigns");
  const { id } = await params;
  const { t } = await getT();
  try {
    const { campaign, rows } = await exportCampaignResponses(viewer, id);
    const csv = responsesCsv(rows, {
      headers: {
        name: t("campaigns.export.headers.name"),
        personnelNumber: t("campaigns.export.headers.personnelNumber"),
        unit: t("campaigns.export.headers.unit"),
        manager: t("campaigns.export.headers.manager"),
        answer: t("campaigns.export.headers.answer"),
        respondedAt: t("campaigns.export.headers.respondedAt"),
      },
      answers: {
        COMPLETE: t("campaigns.export.answers.COMPLETE"),
        NOTHING_TO_DECLARE: t("campaigns.export.answers.NOTHING_TO_DECLARE"),
        NONE: t("campaigns.export.answers.NONE"),
      },
    });
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${exportFileName(t("campaigns.export.fileName"), campaign.year)}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND")
      return new Response(t("campaigns.errors.notFound"), {
        status: 404,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    throw error;
  }
}
