import "server-only";
import { notFound } from "next/navigation";
import { requireArea, type Viewer } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { peopleTranslator } from "@/components/people/labels";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | undefined>>;

/**
 * The start of a people page about one record (a person, an import): the area, the id, the query, the record from
 * the data layer (which answers null for unknown ids and for other organisations' records: "not found"), the texts.
 */
export async function peopleRecordPage<R>(
  params: Params,
  searchParams: SearchParams,
  load: (viewer: Viewer, id: string) => Promise<R | null>,
) {
  const viewer = await requireArea("people");
  const { id } = await params;
  const sp = await searchParams;
  const record = await load(viewer, id);
  if (!record) notFound();
  const { t, locale } = await getT();
  return { viewer, id, sp, record, t, locale, tr: peopleTranslator(t) };
}
