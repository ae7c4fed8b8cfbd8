import type { Locale } from "@/lib/format";
import { getMessages, type Messages } from "./messages";

/**
 * The namespaces client components translate themselves with `useTranslations` (components/ui/intl-provider.tsx).
 * Only these travel to the browser with every page; a client component that asks for another namespace fails
 * `tsc`, because use-intl is told that these are all the messages (lib/i18n/use-intl.d.ts).
 */
export const CLIENT_NAMESPACES = ["ui", "flow"] as const;
export type ClientMessages = Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;

export function clientMessages(locale: Locale): ClientMessages {
  const all = getMessages(locale);
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, all[ns]])) as ClientMessages;
}
