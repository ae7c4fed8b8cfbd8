// SCIM 2.0 /Groups/{id} (decision 070): read, replace, PATCH, delete. Authenticated inside (lib/scim/http.ts).
import { itemRoutes } from "@/lib/scim/routes";

export const { GET, PUT, PATCH, DELETE } = itemRoutes("Group");
