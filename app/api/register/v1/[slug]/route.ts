// The public register as open data: the current register, or as it stood at the end of a day (?peildatum=). Public by
// law (Ambtenarenwet 2017 art. 5(1)(c)): no sign-in, read-only, and only what the page shows: published entries'
// public columns, through the page's own query (lib/register/api.ts, decision 071).
import { amsterdamNow } from "@/lib/format";
import { problemResponse } from "@/lib/http/open-data";
import { RegisterQuerySchema, answerApiRequest, registerResponse } from "@/lib/register/api";
import { AS_OF_ERRORS, parseRegisterFilters } from "@/lib/register/public";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return answerApiRequest(request, slug, RegisterQuerySchema, async (ctx, query, url) => {
    const filters = parseRegisterFilters(Object.fromEntries(url.searchParams), amsterdamNow().today);
    // Today's register is never given under a day someone asked for (decision 042).
    if (filters.asOfError)
      return problemResponse(400, "Ongeldige peildatum / Invalid peildatum", AS_OF_ERRORS[filters.asOfError]);
    return registerResponse(ctx, filters, query.pagina ?? 1);
  });
}
