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
    menu: string;
  };
}

export function SiteHeader({ viewer, locale, demo, labels }: Props) {
  const links: [string, string][] = [
    ["/", labels.home],
    ["/melden", labels.declare],
    ["/meldingen", labels.myDeclarations],
    ["/gedragscode", labels.code],
    ...labels.extra,
  ];
  const languageSwitch = (
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
  );
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
        {/* Below the small breakpoint a signed-in person's menu folds behind one button (issue 19 item 4): a native
            <details>, so it opens without JavaScript and is announced as expandable; at sm and up it is hidden and the
            row and the menu bar below show. Only one of the two is ever displayed (display:none leaves the other out
            of the accessibility tree). */}
        <div className={`${viewer ? "hidden sm:flex" : "flex"} flex-wrap items-center gap-3`}>
          {languageSwitch}
          {viewer ? (
            <>
              <span className="text-sm">{labels.signedInAs}</span>
              <SignOutButton label={labels.signOut} />
            </>
          ) : null}
        </div>
        {viewer ? (
          <details className="group w-full sm:hidden" data-testid="header-menu">
            <summary className="flex w-fit cursor-pointer list-none items-center gap-2 rounded border border-white/70 px-3 py-1 font-semibold [&::-webkit-details-marker]:hidden">
              <span aria-hidden="true" className="text-lg leading-none">
                <span className="group-open:hidden">☰</span>
                <span className="hidden group-open:inline">✕</span>
              </span>
              {labels.menu}
            </summary>
            <MainNav
              label={labels.mainNav}
              links={links}
              className="mt-3"
              listClassName="space-y-1"
              linkClassName="block py-1"
            />
            <div className="mt-3 flex flex-wrap items-center gap-3 border-t border-white/40 pt-3">
              <span className="w-full text-sm">{labels.signedInAs}</span>
              {languageSwitch}
              <SignOutButton label={labels.signOut} />
            </div>
          </details>
        ) : null}
      </div>
      {viewer ? (
        <MainNav
          label={labels.mainNav}
          links={links}
          className="hidden bg-brand-dark sm:block"
          listClassName="mx-auto flex max-w-5xl flex-wrap gap-4 px-4 py-2"
        />
      ) : null}
    </header>
  );
}

/** The main menu: in the bar below the header from sm, inside the folded menu below it. */
function MainNav({
  label,
  links,
  className,
  listClassName,
  linkClassName = "",
}: {
  label: string;
  links: [string, string][];
  className: string;
  listClassName: string;
  linkClassName?: string;
}) {
  return (
    <nav aria-label={label} className={className}>
      <ul className={listClassName}>
        {links.map(([href, text]) => (
          <li key={href}>
            <Link href={href} className={`${linkClassName} text-white hover:text-white`}>
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
