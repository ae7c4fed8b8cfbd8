import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";
import { reachableAreas } from "@/lib/auth/areas";
import { SiteHeader } from "@/components/layout/site-header";
import { getViewer } from "@/lib/auth/session";
import { isDemoMode } from "@/lib/config";
import { getT } from "@/lib/i18n/server";
import { clientMessages } from "@/lib/i18n/client-messages";
import { ClientIntl } from "@/components/ui/intl-provider";
import { unreadCount } from "@/lib/notifications/data";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return {
    title: { default: t("app.name"), template: `%s – ${t("app.name")}` },
    // public/: the SVG for current browsers, the ICO for the rest (and for /favicon.ico asked directly).
    icons: {
      icon: [
        { url: "/favicon.svg", type: "image/svg+xml" },
        { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      ],
    },
  };
}

// Every page depends on the signed-in person and the language: render per request.
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { t, locale } = await getT();
  // The layout only decides what the header shows; each page checks access itself.
  const viewer = await getViewer();
  const unread = viewer ? await unreadCount(viewer) : 0;
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#inhoud"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3 focus:text-brand"
        >
          {t("app.skipLink")}
        </a>
        <SiteHeader
          viewer={viewer}
          locale={locale}
          demo={isDemoMode()}
          labels={{
            appName: t("app.name"),
            mainNav: t("app.mainNav"),
            home: t("nav.home"),
            declare: t("nav.declare"),
            myDeclarations: t("nav.myDeclarations"),
            code: t("nav.code"),
            extra: [
              ...(viewer
                ? [["/berichten", unread > 0 ? `${t("notifications.nav")} (${unread})` : t("notifications.nav")]]
                : []),
              ...(viewer?.roles.includes("MANAGER")
                ? [
                    ["/beslissen", t("decisions.nav.decide")],
                    ["/vervanging", t("decisions.nav.deputies")],
                  ]
                : []),
              ...(viewer?.roles.includes("INTEGRITY_OFFICER") ? [["/integriteit", t("decisions.nav.integrity")]] : []),
              ...(viewer && reachableAreas(viewer).length > 0 ? [["/beheer", t("admin.nav")]] : []),
            ] as [string, string][],
            signOut: t("app.signOut"),
            signedInAs: viewer ? t("app.signedInAs", { name: viewer.name }) : "",
            switchTo: t("app.switchTo"),
            switchToLabel: t("app.switchToLabel"),
            demoBanner: t("app.demoBanner"),
            menu: t("flow.menu.open"),
          }}
        />
        <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
          <ClientIntl locale={locale} messages={clientMessages(locale)}>
            {children}
          </ClientIntl>
        </main>
        {/* The accessibility statement is linked from every page (Besluit digitale toegankelijkheid overheid; decision 063). */}
        <footer className="border-t border-neutral-300 bg-neutral-50">
          <div className="mx-auto flex max-w-5xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-4 text-sm text-neutral-700">
            <p>{t("app.footer")}</p>
            <Link href="/toegankelijkheid" data-testid="footer-accessibility">
              {t("accessibility.footerLink")}
            </Link>
          </div>
        </footer>
      </body>
    </html>
  );
}
