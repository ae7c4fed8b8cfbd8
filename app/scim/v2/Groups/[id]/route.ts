// SCIM 2.0 /Groups/{id} (decision 070): read, replace, PATCH, delete. Authenticated inside (lib/scim/http.ts).
import { itemRoutes } from "@/lib/scim/routes";

const routes = itemRoutes("Group");
export const GET = routes.GET;
export const PUT = routes.PUT;
export const PATCH = routes.PATCH;
export const DELETE = routes.DELETE;
