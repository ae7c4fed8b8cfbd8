// SCIM 2.0 /Users/{id} (decision 070): read, replace, PATCH, delete. Authenticated inside (lib/scim/http.ts).
import { itemRoutes } from "@/lib/scim/routes";

const routes = itemRoutes("User");
export const GET = routes.GET;
export const PUT = routes.PUT;
export const PATCH = routes.PATCH;
export const DELETE = routes.DELETE;
