// The words of a notification, in the recipient's language (from the "notifications" messages).
//
// Lean by design (docs/decisions/037-reference-numbers-and-lean-email.md): an e-mail leaves the portal for mail
// servers and mailboxes where its retention and access rules no longer reach. So a notification says only the
// declaration's reference, its kind, what is expected of the recipient and a link; never its title, answers, giver,
// amounts, nor the declarant's or anyone else's name. The details are one sign-in away. Each parameter is accepted
// only in its expected shape, so free text cannot reach a text even when a caller passes it by mistake.
import { createTranslator } from "use-intl/core";
import { formatDate, type Locale } from "@/lib/format";
import { getMessages } from "@/lib/i18n/messages";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import { normaliseReference } from "@/lib/declarations/reference";
import { isRuleType } from "@/lib/declarations/types";

export interface NotificationText {
  title: string;
  body: string;
  link: string | null;
}

/**
 * What a notification may carry (stored with it, rendered later in the recipient's language): never free text,
 * amounts or names. A type alias (not an interface) so it is a Prisma JSON value.
 */
export type NotificationParams = {
  /** The declaration's reference, "GES-2026-00042". */
  reference?: string;
  /** The lib/rules declaration type id, e.g. "gift". */
  type?: string;
  /** A DecisionOutcome: decides what is asked of the recipient, never shown as such. */
  outcome?: string;
  /** Whole days a decision has waited. */
  days?: string;
  /** A due date, YYYY-MM-DD. */
  due?: string;
  /** A campaign's year. */
  year?: string;
  /** How many open declarations moved with a change of manager. */
  moved?: string;
  /** Where moved declarations went: "manager" or "integrity". */
  target?: string;
  /** What a task reminder asks (one of TASK_REMINDER_KINDS): "answerQuestion", ... */
  task?: string;
};

/**
 * The tasks a reminder can be about, each worded in "tasks.reminder.task" (lib/tasks/derive.ts reminds of exactly
 * these). Kept here, with the words, so the texts need not import lib/tasks, which notifies (decision 057).
 */
export const TASK_REMINDER_KINDS = ["decideAsDeputy", "answerQuestion", "confirmConditions"] as const;
type TaskReminderKind = (typeof TASK_REMINDER_KINDS)[number];
const isTaskReminderKind = (task: string): task is TaskReminderKind =>
  (TASK_REMINDER_KINDS as readonly string[]).includes(task);

const DECIDER_KINDS = new Set<NotificationKind>([
  "DECISION_NEEDED",
  "REGISTERED_INFO",
  "ANSWERED",
  "REMINDER",
  "DECIDED_AGAINST_CODE",
]);

export function notificationText(
  kind: NotificationKind,
  params: Record<string, unknown>,
  declarationId: string | null,
  locale: Locale,
): NotificationText {
  const t = createTranslator({ locale, messages: getMessages(locale), namespace: "notifications" });
  const all = createTranslator({ locale, messages: getMessages(locale) });
  const str = (key: keyof NotificationParams) => (typeof params[key] === "string" ? (params[key] as string) : "");
  const reference = normaliseReference(str("reference")) ?? t("noReference");
  const type = str("type");
  const p = {
    reference,
    type: isRuleType(type) ? all(`declarations.types.${type}`) : t("someDeclaration"),
    days: /^\d{1,5}$/.test(str("days")) ? str("days") : "?",
    due: dueDate(str("due"), locale),
    year: /^\d{4}$/.test(str("year")) ? str("year") : "",
    moved: /^\d{1,5}$/.test(str("moved")) ? str("moved") : "0",
  };
  const safeId = declarationId && /^[a-z0-9]{1,40}$/i.test(declarationId) ? declarationId : null;
  const link = !safeId ? null : DECIDER_KINDS.has(kind) ? `/beslissen/${safeId}` : `/meldingen/${safeId}`;
  switch (kind) {
    case "DECISION_NEEDED":
      return { title: t("decisionNeeded.title", p), body: t("decisionNeeded.body", p), link };
    case "REGISTERED_INFO":
      return { title: t("registeredInfo.title", p), body: t("registeredInfo.body", p), link };
    case "DECIDED":
      return {
        title: t("decided.title", p),
        body: t(str("outcome") === "APPROVED_WITH_CONDITIONS" ? "decided.bodyConditions" : "decided.body", p),
        link,
      };
    case "INFO_REQUESTED":
      return { title: t("infoRequested.title", p), body: t("infoRequested.body", p), link };
    case "ANSWERED":
      return { title: t("answered.title", p), body: t("answered.body", p), link };
    case "REMINDER":
      return { title: t("reminder.title", p), body: t("reminder.body", p), link };
    case "REGISTER_REVIEW_NEEDED":
      return {
        title: t("registerReviewNeeded.title", p),
        body: t("registerReviewNeeded.body", p),
        link: "/beheer/register",
      };
    case "REGISTER_PUBLISHED":
      return { title: t("registerPublished.title", p), body: t("registerPublished.body", p), link };
    case "CAMPAIGN_OPENED":
      return { title: t("campaignOpened.title", p), body: t("campaignOpened.body", p), link: "/jaarverklaring" };
    case "CAMPAIGN_REMINDER":
      return { title: t("campaignReminder.title", p), body: t("campaignReminder.body", p), link: "/jaarverklaring" };
    case "MANAGER_CHANGED":
      // To the person and both managers: no names (the portal shows them after sign-in).
      return {
        title: t("managerChanged.title", p),
        body: t(str("target") === "integrity" ? "managerChanged.bodyNone" : "managerChanged.body", p),
        link: null,
      };
    case "TASK_REMINDER": {
      // A task of lib/tasks (decision 043): a deputy's decision opens the decision page, the declarant's own tasks the declaration.
      const asked = str("task");
      const task: TaskReminderKind | "unknown" = isTaskReminderKind(asked) ? asked : "unknown";
      const q = { ...p, task: all(`tasks.reminder.task.${task}`) };
      const taskLink = !safeId ? null : task === "decideAsDeputy" ? `/beslissen/${safeId}` : `/meldingen/${safeId}`;
      return { title: all("tasks.reminder.title", q), body: all("tasks.reminder.body", q), link: taskLink };
    }
    case "DECIDED_AGAINST_CODE":
      // To the integrity officers (decision 052): the reason stays in the portal.
      return { title: all("verdictStory.notification.title", p), body: all("verdictStory.notification.body", p), link };
    case "DRAFT_EXPIRING":
      // To the person whose unsent draft will be removed (decision 061): the kind and the date, never its answers.
      return {
        title: all("flow.draftNotice.title", p),
        body: all("flow.draftNotice.body", p),
        link: safeId ? `/meldingen/${safeId}` : null,
      };
    case "DECLARATION_MOVED":
      // No link: the old manager may no longer open it; the person and the new decider find it in their lists.
      return {
        title: t("declarationMoved.title", p),
        body: t(str("target") === "integrity" ? "declarationMoved.bodyIntegrity" : "declarationMoved.body", p),
        link: null,
      };
  }
}

/** A due date as the recipient reads it. Older notifications stored it written out ("1 mei 2026"): kept if it is one. */
function dueDate(value: string, locale: Locale): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    return formatDate(value, locale);
  if (/^\d{1,2} [a-z]{3,9} \d{4}$/i.test(value)) return value;
  return "?";
}
