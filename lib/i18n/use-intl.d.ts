// Declares the portal's message tree to use-intl, so `useTranslations("…")` and `t("…")` in client components
// accept only keys that exist: a wrong key fails `tsc` (no `as never`).
import type { Locale } from "@/lib/format";
import type { ClientMessages } from "./client-messages";

declare module "use-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: ClientMessages;
  }
}
