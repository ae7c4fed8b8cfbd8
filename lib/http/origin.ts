// Route handlers that change data refuse requests from other sites (cross-site request forgery), on top of
// SameSite=Lax cookies and next-auth's own CSRF token. Server actions need none of this: Next.js compares
// their Origin with Host itself (docs/decisions/028-http-hardening-and-rate-limits.md).

import { portalAddress } from "@/lib/config";

/** The portal's own origins: NEXTAUTH_URL's, and the request's Host (with the forwarded scheme). */
export function ownOrigins(headers: Headers): Set<string> {
  const origins = new Set<string>();
  const configured = portalAddress();
  if (configured) {
    try {
      origins.add(new URL(configured).origin);
    } catch {
      // An invalid NEXTAUTH_URL is reported by next-auth itself.
    }
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (host) {
    const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
    if (proto === "http" || proto === "https") origins.add(`${proto}://${host}`);
    else {
      origins.add(`http://${host}`);
      origins.add(`https://${host}`);
    }
  }
  return origins;
}

function originOf(value: string | null): string | null {
  if (!value || value === "null") return value === "null" ? "null" : null;
  try {
    return new URL(value).origin;
  } catch {
    return "null";
  }
}

/**
 * Whether a data-changing request comes from the portal itself: its Origin header, or when a browser sent
 * none, Sec-Fetch-Site ("same-origin"/"none") or the Referer. A request with none of these is not from a
 * browser page (curl, a server): cookies are the browser's, so cross-site forgery needs a browser; it is let through.
 */
export function isSameOrigin(request: Request): boolean {
  const headers = request.headers;
  const own = ownOrigins(headers);
  const origin = originOf(headers.get("origin"));
  if (origin) return own.has(origin);
  const site = headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  const referer = originOf(headers.get("referer"));
  if (referer) return own.has(referer);
  return true;
}

/** 403 for a data-changing request from another origin; null when it may go ahead. GET/HEAD/OPTIONS are never refused. */
export function refuseCrossOrigin(request: Request): Response | null {
  if (["GET", "HEAD", "OPTIONS"].includes(request.method.toUpperCase())) return null;
  if (isSameOrigin(request)) return null;
  return Response.json(
    {
      error: "FORBIDDEN",
      message: {
        nl: "Dit verzoek komt niet van het portaal zelf en is geweigerd.",
        en: "This request does not come from the portal itself and was refused.",
      },
    },
    { status: 403 },
  );
}
