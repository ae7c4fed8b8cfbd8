import Link from "next/link";
import type { Viewer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { listMyTasks } from "@/lib/tasks/data";
import { Section } from "@/components/ui/section";

/** The home page's to-do list (issue 19 item 9, decision 043): per kind a count, the oldest date and a link. */
export async function HomeTodo({ viewer }: { viewer: Viewer }) {
  const [groups, { t, locale }] = await Promise.all([listMyTasks(viewer), getT()]);
  return (
    <Section id="te-doen" title={t("tasks.home.heading")} testId="home-todo">
      {groups.length === 0 ? (
        <p className="mt-2" data-testid="todo-none">
          {t("tasks.home.none")}
        </p>
      ) : (
        <ul className="mt-3 space-y-2">
          {groups.map((g) => (
            <li key={g.kind} className="border-l-4 border-brand bg-brand-light p-3" data-testid={`todo-${g.kind}`}>
              <Link href={g.href} className="font-bold break-words">
                {t(`tasks.home.kind.${g.kind}`, { count: g.count })}
              </Link>
              <p className="mt-1 text-sm">
                {t(g.kind === "annualDeclaration" ? "tasks.home.due" : "tasks.home.oldest", {
                  date: formatDate(g.oldest, locale),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
