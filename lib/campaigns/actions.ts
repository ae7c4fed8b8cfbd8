"use server";
// Server actions of the annual campaign, declared on lib/actions (decision 048): the data layer checks role and
// organisation against the specific campaign.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import type { ActionState } from "@/lib/actions/state";
import { kickDelivery } from "@/lib/notifications/kick";
import { answerCampaign, closeCampaign, openCampaign, previewOpenCampaign, setNonRespondersPublished } from "./data";
import { remindNow } from "./remind-now";
import { remindTeamNow } from "./remind-team";
import { AnswerSchema, CloseCampaignSchema, OpenCampaignSchema, PublicationSchema, RemindNowSchema } from "./schemas";

// INVALID_STATE without a reason: the campaign is closed (past due carries its own reason).
const common = { namespace: "campaigns.errors", component: "campaigns", errors: { INVALID_STATE: "closed" } } as const;
const OPEN_FIELDS = ["title", "year", "dueOn"];

/** Check your answers: validates and counts who will be asked, without opening anything. */
export const checkOpenCampaignAction = formAction({
  ...common,
  fields: OPEN_FIELDS,
  schema: OpenCampaignSchema,
  run: previewOpenCampaign,
  done: ({ recipients }, _input, { t }): ActionState => ({
    status: "success",
    message: t("campaigns.open.check.recipients", { count: recipients }),
  }),
});

export const openCampaignAction = formAction({
  ...common,
  fields: OPEN_FIELDS,
  schema: OpenCampaignSchema,
  run: openCampaign,
  done: ({ id }) => {
    // After the commit: the opening messages are in the outbox; ask for delivery now.
    kickDelivery();
    revalidatePath("/beheer/jaarverklaring");
    redirect(`/beheer/jaarverklaring/${encodeURIComponent(id)}?geopend=1`);
  },
});

export const answerCampaignAction = formAction({
  ...common,
  // FORBIDDEN here means this person was not asked for this campaign.
  errors: { ...common.errors, FORBIDDEN: "notAsked" },
  fields: ["campaignId", "answer"],
  staleFields: ["campaignId"],
  schema: AnswerSchema,
  run: answerCampaign,
  done: () => {
    revalidatePath("/jaarverklaring");
    revalidatePath("/");
    redirect("/jaarverklaring?beantwoord=1");
  },
});

export const setPublicationAction = formAction({
  ...common,
  fields: ["id", "version", "published"],
  schema: PublicationSchema,
  run: setNonRespondersPublished,
  done: (_result, { id }) => {
    revalidatePath(`/beheer/jaarverklaring/${id}`);
    redirect(`/beheer/jaarverklaring/${encodeURIComponent(id)}?bewaard=1`);
  },
});

export const closeCampaignAction = formAction({
  ...common,
  fields: ["id", "version"],
  schema: CloseCampaignSchema,
  run: closeCampaign,
  done: (_result, { id }) => {
    revalidatePath("/beheer/jaarverklaring");
    redirect(`/beheer/jaarverklaring/${encodeURIComponent(id)}?gesloten=1`);
  },
});

/** HR reminds the non-responders now (decision 068); the limit and the refusals come from the data layer. */
export const remindNowAction = formAction({
  ...common,
  fields: ["id"],
  schema: RemindNowSchema,
  run: remindNow,
  done: ({ id, recipients }) => {
    // After the commit: the reminders are in the outbox; ask for delivery now.
    kickDelivery();
    revalidatePath(`/beheer/jaarverklaring/${id}`);
    redirect(`/beheer/jaarverklaring/${encodeURIComponent(id)}?herinnerd=${recipients}`);
  },
});

/** A manager reminds their own people who have not answered now (decision 068); the same path as HR's. */
export const remindTeamNowAction = formAction({
  ...common,
  fields: ["id"],
  schema: RemindNowSchema,
  run: remindTeamNow,
  done: ({ recipients }) => {
    // After the commit: the reminders are in the outbox; ask for delivery now.
    kickDelivery();
    revalidatePath("/jaarverklaring/team");
    redirect(`/jaarverklaring/team?herinnerd=${recipients}`);
  },
});
