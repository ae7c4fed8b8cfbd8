// Every kind of record the purge removes, in foreign-key safe order: ended register entries first, then the
// declarations with what hangs on them, then notifications, the e-mail outbox, sent e-mails, campaign responses and
// staged imports.
import type { Prisma } from "@/lib/generated/prisma/client";
import { OFF_REGISTER } from "@/lib/register/lifecycle";
import { declarationStep } from "./declarations";
import { simpleStep, type Step } from "./step";

export const STEPS: Step[] = [
  simpleStep(
    "registerEntries",
    "REGISTER_HISTORY",
    "registerEntries",
    // An entry removed from the history (ERASED, decision 042) keeps only ids and dates; it goes with the same period.
    (ctx): Prisma.RegisterEntryWhereInput => ({
      organisationId: ctx.organisationId,
      status: { in: [...OFF_REGISTER] },
      endedAt: { lte: ctx.cutoff.REGISTER_HISTORY },
    }),
    (db) => db.registerEntry,
  ),
  declarationStep("DRAFTS"),
  declarationStep("CLOSED_DECLARATIONS"),
  simpleStep(
    "notifications",
    "NOTIFICATIONS",
    "notifications",
    (ctx): Prisma.NotificationWhereInput => ({
      organisationId: ctx.organisationId,
      createdAt: { lte: ctx.cutoff.NOTIFICATIONS },
    }),
    (db) => db.notification,
  ),
  simpleStep(
    "outboundEmails",
    "NOTIFICATIONS",
    "outboundEmails",
    (ctx): Prisma.OutboundEmailWhereInput => ({
      recipient: { organisationId: ctx.organisationId },
      createdAt: { lte: ctx.cutoff.NOTIFICATIONS },
    }),
    (db) => db.outboundEmail,
  ),
  simpleStep(
    "mailMessages",
    "NOTIFICATIONS",
    "mailMessages",
    (ctx): Prisma.MailMessageWhereInput => ({
      recipient: { organisationId: ctx.organisationId },
      sentAt: { lte: ctx.cutoff.NOTIFICATIONS },
    }),
    (db) => db.mailMessage,
  ),
  simpleStep(
    "campaignResponses",
    "CAMPAIGN_RESPONSES",
    "campaignResponses",
    (ctx): Prisma.CampaignResponseWhereInput => ({
      campaign: { organisationId: ctx.organisationId },
      respondedAt: { lte: ctx.cutoff.CAMPAIGN_RESPONSES },
    }),
    (db) => db.campaignResponse,
  ),
  simpleStep(
    "peopleImports",
    "PEOPLE_IMPORTS",
    "peopleImports",
    (ctx): Prisma.PeopleImportWhereInput => ({
      organisationId: ctx.organisationId,
      createdAt: { lte: ctx.cutoff.PEOPLE_IMPORTS },
    }),
    (db) => db.peopleImport,
  ),
];
