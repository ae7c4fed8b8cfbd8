import type { Metadata } from "next";
import Link from "next/link";
import { requireUser, hasRole } from "@/lib/auth/session";
import { countDirectReports } from "@/lib/people/data";
import { getT } from "@/lib/i18n/server";
import { CampaignHomeNotice } from "@/components/campaigns/home-notice";
import { HomeTodo } from "@/components/tasks/home-todo";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("nav.home") };
}

export default async function HomePage() {
  const viewer = await requireUser();
  const { t } = await getT();
  const sections: { key: string; title: string; body: string; extra?: string; links?: [string, string][] }[] = [
    {
      key: "employee",
      title: t("home.employee.title"),
      body: t("home.employee.items"),
      links: [
        ["/melden", t("home.employee.cta")],
        ["/meldingen", t("home.employee.list")],
      ],
    },
  ];
  sections[0]!.links!.push(["/mijn-gegevens", t("privacy.myData.homeLink")]);
  if (hasRole(viewer, "MANAGER")) {
    const count = await countDirectReports(viewer);
    sections.push({
      key: "manager",
      title: t("home.manager.title"),
      body: t("home.manager.items"),
      extra: t("home.manager.team", { count }),
      links: [
        ["/beslissen", t("home.manager.links.queue")],
        ["/vervanging", t("home.manager.links.deputy")],
      ],
    });
  }
  if (hasRole(viewer, "INTEGRITY_OFFICER")) {
    sections.push({
      key: "integrity",
      title: t("home.integrity.title"),
      body: t("home.integrity.items"),
      links: [
        ["/integriteit", t("home.integrity.links.queue")],
        ["/integriteit/overzicht", t("home.integrity.links.overview")],
        ["/integriteit/zoeken", t("search.homeLink")],
      ],
    });
  }
  if (hasRole(viewer, "HR")) {
    sections.push({
      key: "hr",
      title: t("home.hr.title"),
      body: t("home.hr.items"),
      links: [
        ["/beheer/mensen", t("home.hr.links.people")],
        ["/beheer/register", t("home.hr.links.register")],
        ["/beheer/jaarverklaring", t("home.hr.links.campaign")],
      ],
    });
  }
  if (hasRole(viewer, "ADMIN")) {
    sections.push({
      key: "admin",
      title: t("home.admin.title"),
      body: t("home.admin.items"),
      links: [
        ["/beheer/mensen", t("home.admin.links.people")],
        ["/beheer", t("home.admin.links.manage")],
      ],
    });
  }

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("home.title", { name: viewer.name })}</h1>
        <p className="mt-2 max-w-prose text-lg">
          {t("home.intro", { organisation: viewer.organisationName, code: t(`profiles.${viewer.profile}`) })}
        </p>
      </div>
      <HomeTodo viewer={viewer} />
      <CampaignHomeNotice viewer={viewer} />
      <Section id="rollen" title={t("home.yourRoles")}>
        <ul className="mt-2 flex flex-wrap gap-2" data-testid="roles">
          {viewer.roles.map((role) => (
            <li key={role} className="rounded-full bg-brand-light px-3 py-1 text-brand-dark">
              {t(`roles.${role}`)}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="wat-kunt-u" title={t("home.whatYouCanDo")}>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          {sections.map((section) => (
            <article
              key={section.key}
              className="rounded border border-neutral-300 p-4"
              data-testid={`home-${section.key}`}
            >
              <h3 className="text-lg font-bold">{section.title}</h3>
              <p className="mt-1">{section.body}</p>
              {section.extra ? <p className="mt-2 font-semibold">{section.extra}</p> : null}
              {section.links ? (
                <ul className="mt-3 space-y-1">
                  {section.links.map(([href, label]) => (
                    <li key={href}>
                      <Link href={href} className="font-semibold">
                        {label}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null}
            </article>
          ))}
        </div>
      </Section>
    </div>
  );
}
