import Link from "next/link";
import type { Viewer } from "@/lib/auth/session";
import { setLocaleAction } from "@/lib/i18n/actions";
import type { Locale } from "@/lib/format";
import { SignOutButton } from "./sign-out-button";

interface Props {
  viewer: Viewer | null;
  locale: Locale;
  demo: boolean;
  labels: {
    appName: string;
    mainNav: string;
    home: string;
    declare: string;
    myDeclarations: string;
    code: string;
    extra: [string, string][];
    signOut: string;
    signedInAs: string;
    switchTo: string;
    switchToLabel: string;
    demoBanner: string;
  };
}

export function SiteHeader({ viewer, locale, demo, labels }: Props) {
  return (
    <header className="bg-brand text-white">
      {demo ? <p className="bg-amber-100 px-4 py-1 text-center text-sm text-neutral-900">{labels.demoBanner}</p> : null}
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div>
          <Link href="/" className="text-xl font-bold text-white no-underline hover:text-white">
            {labels.appName}
          </Link>
          {viewer ? <p className="text-sm text-white/90">{viewer.organisationName}</p> : null}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <form action={setLocaleAction}>
            <input type="hidden" name="locale" value={locale === "nl" ? "en" : "nl"} />
            <button
              type="submit"
              lang={locale === "nl" ? "en" : "nl"}
              aria-label={labels.switchToLabel}
              className="rounded px-2 py-1 text-white underline underline-offset-2 hover:bg-white/10"
            >
              {labels.switchTo}
            </button>
          </form>
          {viewer ? (
            <>
              <span className="text-sm">{labels.signedInAs}</span>
              <SignOutButton label={labels.signOut} />
            </>
          ) : null}
        </div>
      </div>
      {viewer ? (
        <nav aria-label={labels.mainNav} className="bg-brand-dark">
          <ul className="mx-auto flex max-w-5xl flex-wrap gap-4 px-4 py-2">
            {[
              ["/", labels.home],
              ["/melden", labels.declare],
              ["/meldingen", labels.myDeclarations],
              ["/gedragscode", labels.code],
              ...labels.extra,
            ].map(([href, label]) => (
              <li key={href}>
                <Link href={href!} className="text-white hover:text-white">
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
