// How e-mail leaves the portal: SMTP through nodemailer (SMTP_URL, MAIL_FROM), or, in demo mode
// without SMTP, nowhere: the message is only stored and shown in the portal. Outside demo mode without
// SMTP there is no transport: e-mail stays in the outbox (a warning at start and on readiness).
// SMTP_URL's form is checked by lib/config (a malformed one stops the start and names SMTP_URL).
import nodemailer from "nodemailer";
import { checkSmtpUrl, isDemoMode } from "@/lib/config";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  name: "smtp" | "demo";
  send(mail: OutgoingMail): Promise<void>;
}

export function createMailTransport(env: Record<string, string | undefined> = process.env): MailTransport | null {
  const url = checkSmtpUrl(env);
  if (url) {
    const from = env.MAIL_FROM?.trim() || "Integriteitsportaal <no-reply@localhost>";
    const transporter = nodemailer.createTransport(url);
    return {
      name: "smtp",
      async send(mail) {
        await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
      },
    };
  }
  if (isDemoMode(env)) return { name: "demo", async send() {} };
  // Production without SMTP: keep the e-mails in the outbox until SMTP is configured.
  return null;
}
