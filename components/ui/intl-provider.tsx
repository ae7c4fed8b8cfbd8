"use client";
import { IntlProvider } from "use-intl";
import type { Locale } from "@/lib/format";
import type { ClientMessages } from "@/lib/i18n/client-messages";

/** Gives client components their texts: `useTranslations("namespace")` with keys typed against the message tree. */
export function ClientIntl({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: ClientMessages;
  children: React.ReactNode;
}) {
  return (
    <IntlProvider locale={locale} messages={messages} timeZone="Europe/Amsterdam">
      {children}
    </IntlProvider>
  );
}
