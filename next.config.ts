import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The CSV import of the HR system (/beheer/mensen/import) accepts files up to 5 MB; Next's default is 1 MB.
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
