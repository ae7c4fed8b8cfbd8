"use server";
// Server actions of the annual campaign: session -> schema -> data layer (which checks role and
// organisation against the specific campaign) -> redirect, or a state with specific, translated messages.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { formFields as fields, translateFieldErrors, type Fields } from "@/lib/actions/form-data";
import type { ActionState } from "@/lib/declarations/action-state";
import { kickDelivery } from "@/lib/notifications/jobs";
import { answerCampaign, closeCampaign, openCampaign, previewOpenCampaign, setNonRespondersPublished } from "./data";
import { AnswerSchema, CloseCampaignSchema, fieldErrorKeys, OpenCampaignSchema, PublicationSchema } from "./schemas";
import { logError } from "@/lib/log";

const translate = (keys: Record<string, string>) => translateFieldErrors("campaigns.errors", keys);

/** Form-level problems (no field to point at) as one message; hidden fields (id, version) mean "not found". */
async function invalid(keys: Record<string, string>, values: Fields, visible: string[]): Promise<ActionState> {
  const { t } = await getT();
  const fieldKeys = Object.fromEntries(Object.entries(keys).filter(([f]) => visible.includes(f)));
  if (Object.keys(fieldKeys).length === 0) return { status: "error", message: t("campaigns.errors.notFound"), values };
  return { status: "error", fieldErrors: await translate(fieldKeys), values };
}

async function failure(error: unknown, values: Fields, forbiddenKey = "forbidden"): Promise<ActionState> {
  const { t } = await getT();
  if (isAppError(error)) {
    if (error.code === "VALIDATION" && error.details?.fieldErrors) {
      return { status: "error", fieldErrors: await translate(error.details.fieldErrors as Record<string, string>), values };
    }
    const key =
      error.code === "INVALID_STATE"
        ? (error.details?.reason as string | undefined) ?? (error.details?.status === "PAST_DUE" ? "pastDue" : "closed")
        : { CONFLICT: "conflict", NOT_FOUND: "notFound", FORBIDDEN: forbiddenKey }[error.code as string];
    if (key) return { status: "error", message: t(`campaigns.errors.${key}` as never), values };
  }
  logError("action.failed", error, { component: "campaigns" });
  return { status: "error", message: t("campaigns.errors.generic"), values };
}

const OPEN_FIELDS = ["title", "year", "dueOn"];

/** Check your answers: validates and counts who will be asked, without opening anything. */
export async function checkOpenCampaignAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const values = fields(formData, OPEN_FIELDS);
  const parsed = OpenCampaignSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorKeys(parsed.error.issues), values, OPEN_FIELDS);
  try {
    const { recipients } = await previewOpenCampaign(viewer, parsed.data);
    const { t } = await getT();
    return { status: "success", message: t("campaigns.open.check.recipients", { count: recipients }) };
  } catch (error) {
    return failure(error, values);
  }
}

export async function openCampaignAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const values = fields(formData, OPEN_FIELDS);
  const parsed = OpenCampaignSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorKeys(parsed.error.issues), values, OPEN_FIELDS);
  let id: string;
  try {
    ({ id } = await openCampaign(viewer, parsed.data));
  } catch (error) {
    return failure(error, values);
  }
  // After the commit: the opening messages are in the outbox; ask for delivery now.
  kickDelivery();
  revalidatePath("/beheer/jaarverklaring");
  redirect(`/beheer/jaarverklaring/${encodeURIComponent(id)}?geopend=1`);
}

export async function answerCampaignAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const values = fields(formData, ["campaignId", "answer"]);
  const parsed = AnswerSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorKeys(parsed.error.issues), values, ["answer"]);
  try {
    await answerCampaign(viewer, parsed.data);
  } catch (error) {
    return failure(error, values, "notAsked");
  }
  revalidatePath("/jaarverklaring");
  revalidatePath("/");
  redirect("/jaarverklaring?beantwoord=1");
}

export async function setPublicationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const values = fields(formData, ["id", "version", "published"]);
  const parsed = PublicationSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorKeys(parsed.error.issues), values, ["published"]);
  try {
    await setNonRespondersPublished(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(`/beheer/jaarverklaring/${parsed.data.id}`);
  redirect(`/beheer/jaarverklaring/${encodeURIComponent(parsed.data.id)}?bewaard=1`);
}

export async function closeCampaignAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const values = fields(formData, ["id", "version"]);
  const parsed = CloseCampaignSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorKeys(parsed.error.issues), values, []);
  try {
    await closeCampaign(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath("/beheer/jaarverklaring");
  redirect(`/beheer/jaarverklaring/${encodeURIComponent(parsed.data.id)}?gesloten=1`);
}
