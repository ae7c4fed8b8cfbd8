// The public register's history as open data: what was added, corrected or taken off, newest first. Public like the
// history page (an entry erased for an AVG ground is in neither, decision 042); see lib/register/api.ts, decision 071.
import { HistoryQuerySchema, answerApiRequest, historyResponse } from "@/lib/register/api";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return answerApiRequest(request, slug, HistoryQuerySchema, (ctx, query) => historyResponse(ctx, query.pagina ?? 1));
}
