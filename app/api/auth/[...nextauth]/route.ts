import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { signInRateLimit } from "@/lib/auth/sign-in-limit";
import { refuseCrossOrigin } from "@/lib/http/origin";

// next-auth's own endpoints (sign-in, callback, session, sign-out); they check CSRF and state themselves.
// In front of them: the origin check for POSTs (lib/http/origin.ts) and the sign-in rate limit
// (lib/auth/sign-in-limit.ts) on /signin/<provider> and /callback/<provider>.
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  const params = await context.params;
  const run = (req: Request) => NextAuth(authOptions())(req, { params }) as Promise<Response>;
  return signInRateLimit(request, params.nextauth, run);
}

export { handler as GET, handler as POST };
