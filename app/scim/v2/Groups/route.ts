// SCIM 2.0 /Groups (decision 070): list with filter and pagination, create. Authenticated inside (lib/scim/http.ts).
import { collectionRoutes } from "@/lib/scim/routes";

export const { GET, POST } = collectionRoutes("Group");
