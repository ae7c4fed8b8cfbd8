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
  // Request bodies: an attachment may be up to ATTACHMENT_MAX_MB, at most 25 MB (ATTACHMENT_MAX_MB_CEILING,
  // decision 066), plus 1 MB for the multipart framing and the other fields; the CSV import accepts 5 MB. Next's
  // defaults are 1 MB for a server action and 10 MB for what passes through proxy.ts (which buffers the body and
  // cuts it off beyond that), so both are raised to the same bound (tests/unit/attachments/body-limit.test.ts).
  // Server actions: Next.js refuses a POST whose Origin differs from Host (X-Forwarded-Host behind a proxy)
  // itself; serverActions.allowedOrigins stays unset, as the portal is served from one origin.
  experimental: { serverActions: { bodySizeLimit: "26mb" }, proxyClientMaxBodySize: "26mb" },
  // Files the server reads at run time from the project folder (the start applies the migrations), named
  // so that output tracing includes them instead of tracing the whole project.
  outputFileTracingIncludes: {
    "/*": [
      "./prisma/schema.prisma",
      "./prisma/migrations/**/*",
      "./node_modules/@prisma/schema-engine-wasm/schema_engine_bg.wasm",
      // The printable record's embedded font (lib/decisions/record-pdf.ts reads it from the project folder).
      "./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
      "./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
    ],
  },
  // PGlite loads its WebAssembly files next to its modules: keep it an ordinary Node package instead of
  // bundling it. @prisma/schema-engine-wasm is bundled: its exports map sends require() to an ES module,
  // which Next refuses to externalise (a build warning); lib/db/schema-engine.ts takes only its JS glue and
  // reads the .wasm file itself (decision 045).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "pg-boss",
    "nodemailer",
    // pdfkit reads its own data files (font metrics) next to its modules at run time (decision 065).
    "pdfkit",
  ],
};

export default nextConfig;
