// The words of a notification, in the recipient's language (from the "notifications" messages).
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/format";
import { getMessages } from "@/lib/i18n/messages";
import type { NotificationKind } from "@/lib/generated/prisma/client";

export interface NotificationText {
  title: string;
  body: string;
  link: string | null;
}

export function notificationText(kind: NotificationKind, params: Record<string, string>, declarationId: string | null, locale: Locale): NotificationText {
  const all = createTranslator({ locale, messages: getMessages(locale) });
  const t = createTranslator({ locale, messages: getMessages(locale), namespace: "notifications" });
  const label = (key: string, fallback: string) => (all.has(key as never) ? all(key as never) : fallback);
  const p = {
    title: params.title ?? "",
    person: params.person ?? "",
    type: params.type ? label(`declarations.types.${params.type}`, params.type) : "",
    outcome: params.outcome ? label(`declarations.decisionOutcome.${params.outcome}`, params.outcome) : "",
    days: params.days ?? "",
    due: params.due ?? "",
    from: params.from ?? "",
    to: params.to ?? "",
    moved: params.moved ?? "0",
  };
  const deciderLink = declarationId ? `/beslissen/${declarationId}` : null;
  const ownLink = declarationId ? `/meldingen/${declarationId}` : null;
  switch (kind) {
    case "DECISION_NEEDED":
      return { title: t("decisionNeeded.title", p), body: t("decisionNeeded.body", p), link: deciderLink };
    case "REGISTERED_INFO":
      return { title: t("registeredInfo.title", p), body: t("registeredInfo.body", p), link: deciderLink };
    case "DECIDED":
      return { title: t("decided.title", p), body: t("decided.body", p), link: ownLink };
    case "INFO_REQUESTED":
      return { title: t("infoRequested.title", p), body: t("infoRequested.body", p), link: ownLink };
    case "ANSWERED":
      return { title: t("answered.title", p), body: t("answered.body", p), link: deciderLink };
    case "REMINDER":
      return { title: t("reminder.title", p), body: t("reminder.body", p), link: deciderLink };
    case "REGISTER_REVIEW_NEEDED":
      return { title: t("registerReviewNeeded.title", p), body: t("registerReviewNeeded.body", p), link: "/beheer/register" };
    case "REGISTER_PUBLISHED":
      return { title: t("registerPublished.title", p), body: t("registerPublished.body", p), link: ownLink };
    case "CAMPAIGN_OPENED":
      return { title: t("campaignOpened.title", p), body: t("campaignOpened.body", p), link: "/jaarverklaring" };
    case "CAMPAIGN_REMINDER":
      return { title: t("campaignReminder.title", p), body: t("campaignReminder.body", p), link: "/jaarverklaring" };
    case "MANAGER_CHANGED":
      return { title: t("managerChanged.title", p), body: t(p.to ? "managerChanged.body" : "managerChanged.bodyNone", p), link: null };
    case "DECLARATION_MOVED":
      // No link: the old manager may no longer open it; the person and the new decider find it in their lists.
      return { title: t("declarationMoved.title", p), body: t(p.to ? "declarationMoved.body" : "declarationMoved.bodyIntegrity", p), link: null };
  }
}
