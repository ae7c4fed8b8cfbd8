// SCIM 2.0 /Groups (decision 070): list with filter and pagination, create. Authenticated inside (lib/scim/http.ts).
import { collectionRoutes } from "@/lib/scim/routes";

const routes = collectionRoutes("Group");
export const GET = routes.GET;
export const POST = routes.POST;
