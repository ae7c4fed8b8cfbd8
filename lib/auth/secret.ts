// The key that signs and encrypts session tokens. Production sets NEXTAUTH_SECRET; the demo keeps a
// generated one under .data so sessions survive a restart.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { DbConfigError } from "@/lib/db/config";

export function resolveAuthSecret(demo: boolean): string {
  const configured = process.env.NEXTAUTH_SECRET?.trim() || process.env.AUTH_SECRET?.trim();
  if (configured) {
    if (configured.length < 32) throw new DbConfigError("NEXTAUTH_SECRET must be at least 32 characters (for example: openssl rand -base64 32).");
    return configured;
  }
  if (!demo) throw new DbConfigError("NEXTAUTH_SECRET is not set. Generate one with: openssl rand -base64 32");
  const file = path.join(process.cwd(), ".data", "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
