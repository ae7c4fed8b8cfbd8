// The portal's HTTP security headers (docs/decisions/028-http-hardening-and-rate-limits.md).
// The static ones go on every response through next.config.ts headers() (pages, route handlers and
// /_next/static alike); the Content-Security-Policy, which carries a fresh nonce per page, is set by proxy.ts.

export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Only features the browsers know: Chromium logs "Unrecognized feature" for any other on every page
  // (it did for 'bluetooth'; tests/e2e/console.spec.ts holds it). Decision 045.
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** A fresh, unguessable nonce (128 random bits, base64). Web Crypto: the proxy runs where Node's crypto may not. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The origin of the OpenID Connect issuer, if one is configured: sign-in redirects the browser there. */
function issuerOrigin(issuer: string | undefined): string | null {
  if (!issuer?.trim()) return null;
  try {
    return new URL(issuer.trim()).origin;
  } catch {
    return null;
  }
}

/**
 * The Content-Security-Policy of a page. Scripts: only those carrying this response's nonce (Next.js puts
 * it on its own scripts) and what they load ('strict-dynamic'); no inline scripts, no eval outside development.
 * Styles allow 'unsafe-inline': React renders style="" attributes, which nonces cannot cover; styles cannot run code.
 */
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean; oidcIssuer?: string } = {}): string {
  const issuer = issuerOrigin(options.oidcIssuer);
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${options.dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${issuer ? ` ${issuer}` : ""}`,
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
  ];
  return directives.join("; ");
}

/**
 * The Content-Security-Policy of a file a person uploaded (an attachment, decision 066): nothing may load and the
 * document is sandboxed (no scripts, no same origin), should a browser ever render it despite `attachment`.
 */
export const ATTACHMENT_CSP = "sandbox; default-src 'none'";
/** The paths that serve such files (/meldingen/<id>/bijlagen/<attachmentId>): the proxy gives them ATTACHMENT_CSP. */
export const ATTACHMENT_PATH = /^\/meldingen\/[^/]+\/bijlagen\/[^/]+$/;
