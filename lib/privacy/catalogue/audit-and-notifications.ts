// The processing register: The audit trail, notifications and e-mail.
import type { FieldGroup } from "./types";
import { AVG_C_E, ORGANISATION_RECORD } from "./texts";

export const AUDIT_AND_NOTIFICATIONS: FieldGroup[] = [
  {
    id: "audit-event",
    model: "AuditEvent",
    personal: true,
    fields: [
      ...ORGANISATION_RECORD,
      "seq",
      "actorId",
      "action",
      "entityType",
      "entityId",
      "data",
      "at",
      "prevHash",
      "hash",
    ],
    title: { nl: "Logboek (audit trail)", en: "Audit trail" },
    data: {
      nl: "Wie wat deed en wanneer, met nummers en statussen. Nooit de inhoud van een melding.",
      en: "Who did what and when, with ids and statuses. Never the contents of a declaration.",
    },
    purpose: {
      nl: "Kunnen nagaan wie wat heeft gedaan, en misbruik en fouten ontdekken. De rij is aan elkaar gekoppeld: verwijderen zou dat onmogelijk maken.",
      en: "Being able to check who did what, and to detect misuse and mistakes. The events are chained: removing any would make that impossible.",
    },
    legalBasis: {
      nl: "AVG art. 5 lid 2 (verantwoording) en art. 32 (beveiliging)",
      en: "GDPR art. 5(2) (accountability) and art. 32 (security)",
    },
    audience: { nl: "Integriteitsadviseurs en HR.", en: "Integrity officers and HR." },
    retention: "AUDIT",
  },
  // ---- notifications and e-mail ---------------------------------------------------------------------
  {
    id: "notification",
    model: "Notification",
    personal: true,
    fields: [
      ...ORGANISATION_RECORD,
      "recipientId",
      "kind",
      "declarationId",
      "params",
      "eventKey",
      "readAt",
      "createdAt",
    ],
    title: { nl: "Berichten in het portaal", en: "Notifications in the portal" },
    data: {
      nl: "Wat er gebeurde (bijvoorbeeld: besluit genomen), het kenmerk en de soort melding, en of je het las. Nooit wat er gemeld is of namen.",
      en: "What happened (for example: decision taken), the declaration's reference and type, and whether you read it. Never what was declared, nor names.",
    },
    purpose: {
      nl: "Je laten weten dat er iets voor je klaarstaat.",
      en: "Telling you that something is waiting for you.",
    },
    legalBasis: AVG_C_E,
    audience: { nl: "Alleen de ontvanger.", en: "Only the recipient." },
    retention: ["NOTIFICATIONS"],
  },
  {
    id: "outbound-email",
    model: "OutboundEmail",
    personal: true,
    fields: [
      "id",
      "recipientId",
      "kind",
      "declarationId",
      "params",
      "eventKey",
      "status",
      "attempts",
      "lockedUntil",
      "lastError",
      "mailMessageId",
      "createdAt",
      "sentAt",
    ],
    title: { nl: "E-mails die klaarstaan", en: "E-mails waiting to be sent" },
    data: {
      nl: "Welke e-mail naar wie moet, en of het versturen lukte.",
      en: "Which e-mail goes to whom, and whether sending worked.",
    },
    purpose: { nl: "E-mails betrouwbaar en maar één keer versturen.", en: "Sending e-mails reliably and only once." },
    legalBasis: AVG_C_E,
    audience: { nl: "Niemand in het portaal; alleen het systeem.", en: "Nobody in the portal; only the system." },
    retention: ["NOTIFICATIONS"],
  },
  {
    id: "mail-message",
    model: "MailMessage",
    personal: true,
    fields: ["id", "recipientId", "toAddress", "subject", "body", "transport", "sentAt"],
    title: { nl: "Verstuurde e-mails", en: "Sent e-mails" },
    data: {
      nl: "E-mailadres, onderwerp en tekst van de e-mail die je kreeg.",
      en: "E-mail address, subject and text of the e-mail you received.",
    },
    purpose: { nl: "Kunnen nagaan welke e-mail is verstuurd.", en: "Being able to check which e-mail was sent." },
    legalBasis: AVG_C_E,
    audience: {
      nl: "Alleen de ontvanger (in de demo in het portaal).",
      en: "Only the recipient (in the demo, in the portal).",
    },
    retention: ["NOTIFICATIONS"],
  },
];
