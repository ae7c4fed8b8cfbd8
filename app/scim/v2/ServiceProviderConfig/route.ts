// SCIM 2.0 discovery (decision 070). Authenticated inside (lib/scim/http.ts).
import { discoveryRoute } from "@/lib/scim/routes";

export const GET = discoveryRoute("ServiceProviderConfig");
