import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { DEMO_CSRF_HEADER, csrfCookieName, tokenOfCookie } from "@/lib/auth/demo-csrf";
import { DemoSignInButton } from "@/components/layout/demo-sign-in-button";
import { SsoSignInButton } from "@/components/layout/sso-sign-in-button";
import { demoSignInEnabled } from "@/lib/auth/options";
import { readOidcConfig } from "@/lib/auth/oidc";
import { RATE_LIMITED_ERROR } from "@/lib/auth/sign-in-limit";
import { getViewer } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listDemoAccounts } from "@/lib/people/data";
import { FormAlert } from "@/components/ui/form-alert";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("signIn.title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  if (await getViewer()) redirect("/");
  const { t } = await getT();
  const { error } = await searchParams;
  const oidc = readOidcConfig();
  const demo = demoSignInEnabled();
  const accounts = demo ? await listDemoAccounts() : [];
  // The token of next-auth's CSRF cookie: set by proxy.ts on this request when the browser had none.
  const csrfToken = demo
    ? (await headers()).get(DEMO_CSRF_HEADER) || tokenOfCookie((await cookies()).get(csrfCookieName())?.value)
    : "";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("signIn.title")}</h1>
      {error ? (
        <FormAlert>{error === RATE_LIMITED_ERROR ? t("security.signInRateLimitedShort") : t("signIn.error")}</FormAlert>
      ) : null}
      <p className="text-lg">{t("signIn.intro")}</p>
      {oidc ? <SsoSignInButton label={t("signIn.sso", { provider: oidc.name })} /> : null}
      {!oidc && !demo ? <p>{t("signIn.noProviders")}</p> : null}
      {demo ? (
        <section aria-labelledby="demo-accounts" className="space-y-4">
          <h2 id="demo-accounts" className="text-2xl font-bold">
            {t("signIn.demoTitle")}
          </h2>
          <p>{t("signIn.demoIntro")}</p>
          <div className="grid gap-6 md:grid-cols-2">
            {accounts.map((org) => (
              <section key={org.name} aria-label={org.name} className="rounded border border-neutral-300 p-4">
                <h3 className="text-lg font-bold">{org.name}</h3>
                <p className="text-sm text-neutral-700">{t(`profiles.${org.profile as "RIJK"}`)}</p>
                <ul className="mt-3 space-y-2">
                  {org.people.map((person) => (
                    <li key={person.id}>
                      <DemoSignInButton
                        personId={person.id}
                        csrfToken={csrfToken}
                        label={t("signIn.signInAs", { name: person.name })}
                        description={`${person.functionTitle} · ${person.roles.map((r) => t(`roles.${r as "EMPLOYEE"}`)).join(", ")}`}
                      />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
