// The key that signs and encrypts session tokens. Outside demo mode NEXTAUTH_SECRET is required and checked
// at start (lib/config); the demo keeps a generated one under .data so sessions survive a restart. The demo's
// key is refused outside demo mode, and demo tokens carry a `demo` claim that is refused there too.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { authSecretSetting, demoSecretFile, isDemoMode } from "@/lib/config";

export function resolveAuthSecret(demo: boolean = isDemoMode()): string {
  const configured = authSecretSetting(process.env, demo);
  if (configured) return configured;
  const file = demoSecretFile();
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
