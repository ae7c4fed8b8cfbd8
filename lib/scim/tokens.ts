import "server-only";
// SCIM bearer tokens (decision 070): an administrator of people (HR, ADMIN) creates one per identity provider,
// sees it once, and can revoke or rotate it. Only the SHA-256 of the token is stored: a stolen database copy
// holds no usable token, and a lookup by hash needs no constant-time comparison (the hash is the key).
import { createHash, randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { recordAudit } from "@/lib/audit/record";
import { AppError, notFound } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/client";
import { grantableRoles } from "@/lib/people/roles";
import { hasNoNul, INVALID_CHARACTERS, storableText } from "@/lib/text";
import { SCIM_TOKEN_NAME_MAX } from "./schemas";

export const SCIM_TOKEN_PREFIX = "ipscim_";
export { SCIM_TOKEN_NAME_MAX };

/** sha256 (hex) of a token: what is stored and looked up. */
export const hashScimToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** 256 random bits, base64url, with a recognisable prefix (secret scanners and people can tell what it is). */
function newToken(): string {
  return SCIM_TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export interface ScimTokenView {
  id: string;
  name: string;
  tokenPrefix: string;
  grantableRoles: Role[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** Who created it (from the audit trail's scim-token.created event; the token row keeps no person). */
  createdBy: string | null;
}

export async function listScimTokens(viewer: Viewer): Promise<ScimTokenView[]> {
  assertArea(viewer, "people");
  const db = await getDb();
  const rows = await db.scimToken.findMany({
    where: { organisationId: viewer.organisationId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      tokenPrefix: true,
      grantableRoles: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  });
  const created = await db.auditEvent.findMany({
    where: {
      organisationId: viewer.organisationId,
      entityType: "ScimToken",
      action: "scim-token.created",
      entityId: { in: rows.map((r) => r.id) },
    },
    select: { entityId: true, actor: { select: { name: true } } },
  });
  const creator = new Map(created.map((e) => [e.entityId, e.actor?.name ?? null]));
  return rows.map((r) => ({
    ...r,
    createdBy: creator.get(r.id) ?? null,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  }));
}

function checkedName(raw: string): string {
  if (!hasNoNul(raw)) throw new AppError("VALIDATION", "name holds NUL", { fieldErrors: { name: INVALID_CHARACTERS } });
  const name = storableText(raw).trim().replace(/\s+/g, " ");
  if (!name) throw new AppError("VALIDATION", "name required", { fieldErrors: { name: "nameRequired" } });
  if (name.length > SCIM_TOKEN_NAME_MAX)
    throw new AppError("VALIDATION", "name too long", { fieldErrors: { name: "tooLong" } });
  return name;
}

/**
 * A new token. The client may hand out only EMPLOYEE plus the roles ticked here, and never a role beyond the
 * creating administrator's own reach (lib/people/roles.ts): a token cannot be a way round the role model.
 * Returns the token itself: shown once, never stored.
 */
export async function createScimToken(
  viewer: Viewer,
  input: { name: string; roles: string[] },
): Promise<{ id: string; token: string }> {
  assertArea(viewer, "people");
  const name = checkedName(input.name);
  const reach = grantableRoles(viewer);
  const extra = [...new Set(input.roles)];
  if (extra.some((r) => !reach.includes(r as Role)))
    throw new AppError("VALIDATION", "role beyond reach", { fieldErrors: { roles: "roleNotAllowed" } });
  const roles = reach.filter((r) => r === "EMPLOYEE" || extra.includes(r));
  const token = newToken();
  const db = await getDb();
  const id = await db.$transaction(async (tx) => {
    const row = await tx.scimToken.create({
      data: {
        organisationId: viewer.organisationId,
        name,
        tokenHash: hashScimToken(token),
        tokenPrefix: token.slice(0, SCIM_TOKEN_PREFIX.length + 4),
        grantableRoles: roles,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.id,
      action: "scim-token.created",
      entityType: "ScimToken",
      entityId: row.id,
      data: { roles },
    });
    return row.id;
  });
  return { id, token };
}

/** Revokes a token of the viewer's organisation: the next request with it is refused. */
export async function revokeScimToken(viewer: Viewer, id: string): Promise<void> {
  assertArea(viewer, "people");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const updated = await tx.scimToken.updateMany({
      where: { id, organisationId: viewer.organisationId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (updated.count !== 1) throw notFound("scim token");
    await recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.id,
      action: "scim-token.revoked",
      entityType: "ScimToken",
      entityId: id,
    });
  });
}

/**
 * Rotating: a new token with the same name and roles, and the old one revoked, in one transaction. The
 * administrator pastes the new token into the identity provider straight away (it is shown once).
 */
export async function rotateScimToken(viewer: Viewer, id: string): Promise<{ id: string; token: string }> {
  assertArea(viewer, "people");
  const db = await getDb();
  const old = await db.scimToken.findFirst({
    where: { id, organisationId: viewer.organisationId, revokedAt: null },
    select: { name: true, grantableRoles: true },
  });
  if (!old) throw notFound("scim token");
  // Only roles still within the administrator's reach carry over.
  const created = await createScimToken(viewer, {
    name: old.name,
    roles: old.grantableRoles.filter((r) => r !== "EMPLOYEE" && grantableRoles(viewer).includes(r)),
  });
  await revokeScimToken(viewer, id);
  return created;
}

export interface ScimClient {
  tokenId: string;
  organisationId: string;
  grantableRoles: Role[];
}

/** The client a bearer token belongs to, or null (unknown, revoked, malformed). Marks when it was last used. */
export async function authenticateScimToken(token: string): Promise<ScimClient | null> {
  if (!token.startsWith(SCIM_TOKEN_PREFIX) || token.length > 200) return null;
  const db = await getDb();
  const row = await db.scimToken.findUnique({
    where: { tokenHash: hashScimToken(token) },
    select: { id: true, organisationId: true, grantableRoles: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt) return null;
  // At most once a minute: a provisioning cycle sends many requests.
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000)
    await db.scimToken.update({ where: { id: row.id }, data: { lastUsedAt: now }, select: { id: true } });
  return { tokenId: row.id, organisationId: row.organisationId, grantableRoles: row.grantableRoles };
}
