// The register API's OpenAPI 3.1 description, generated from the Zod schemas that parse its answers (decision 071).
// Public: it describes public data and holds none.
import { portalAddress } from "@/lib/config";
import { cacheableJson } from "@/lib/http/open-data";
import { registerOpenApiDocument } from "@/lib/register/openapi";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return cacheableJson(request, registerOpenApiDocument(portalAddress() ?? new URL(request.url).origin));
}
