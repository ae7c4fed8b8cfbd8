import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // No "X-Powered-By: Next.js" (tests/e2e/security.spec.ts checks it).
  poweredByHeader: false,
  // Security headers on every response: pages, route handlers, /_next/static. The page CSP (with its
  // per-request nonce) is set in proxy.ts. See docs/decisions/028-http-hardening-and-rate-limits.md.
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
  // The CSV import of the HR system (/beheer/mensen/import) accepts files up to 5 MB; Next's default is 1 MB.
  // Server actions: Next.js refuses a POST whose Origin differs from Host (X-Forwarded-Host behind a proxy)
  // itself; serverActions.allowedOrigins stays unset, as the portal is served from one origin.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // PGlite and the Prisma schema engine load WebAssembly files next to their modules: keep them as
  // ordinary Node packages instead of bundling them.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "@prisma/adapter-pg",
    "pg",
    "pg-boss",
    "nodemailer",
  ],
};

export default nextConfig;
