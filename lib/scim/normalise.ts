// What real SCIM clients send that RFC 7644 does not allow, made standard before SCIMMY reads it (decision 070).
// Pure. Entra ID (formerly Azure AD) is known for these quirks, documented by Microsoft itself
// ("Known issues and resolutions with SCIM 2.0 protocol compliance"):
//  - boolean attributes as strings: {"op":"Replace","path":"active","value":"False"};
//  - the enterprise extension's manager as a bare id: {"op":"Add","path":"…:manager","value":"<id>"}
//    instead of {"value":"<id>"};
//  - op names capitalised ("Replace", "Add"): SCIMMY accepts these itself.
// Anything else passes through unchanged, so SCIMMY still refuses what is really malformed.

export const ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const BOOLEAN_PATHS = new Set(["active"]);

const stringBoolean = (v: unknown): unknown =>
  typeof v === "string" && /^(true|false)$/i.test(v.trim()) ? v.trim().toLowerCase() === "true" : v;

function normaliseValueObject(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...value };
  for (const key of Object.keys(out)) {
    if (BOOLEAN_PATHS.has(key.toLowerCase())) out[key] = stringBoolean(out[key]);
    // {"urn:…:enterprise:2.0:User:manager": "id"} as a key of a path-less value.
    if (key.toLowerCase() === `${ENTERPRISE_USER}:manager`.toLowerCase() && typeof out[key] === "string")
      out[key] = { value: out[key] };
  }
  const ext = out[ENTERPRISE_USER];
  if (ext && typeof ext === "object" && !Array.isArray(ext)) {
    const e = { ...(ext as Record<string, unknown>) };
    if (typeof e.manager === "string") e.manager = { value: e.manager };
    out[ENTERPRISE_USER] = e;
  }
  return out;
}

/** A PatchOp body with Entra's quirks made standard; anything not an object is returned as is. */
export function normalisePatch(body: unknown): unknown {
  if (!body || typeof body !== "object" || Array.isArray(body)) return body;
  const message = body as Record<string, unknown>;
  if (!Array.isArray(message.Operations)) return body;
  return {
    ...message,
    Operations: message.Operations.map((op: unknown) => {
      if (!op || typeof op !== "object" || Array.isArray(op)) return op;
      const o = { ...(op as Record<string, unknown>) };
      const path = typeof o.path === "string" ? o.path.trim() : undefined;
      if (path && BOOLEAN_PATHS.has(path.toLowerCase())) o.value = stringBoolean(o.value);
      else if (path && path.toLowerCase() === `${ENTERPRISE_USER}:manager`.toLowerCase()) {
        if (typeof o.value === "string") o.value = { value: o.value };
      } else if (!path && o.value && typeof o.value === "object" && !Array.isArray(o.value))
        o.value = normaliseValueObject(o.value as Record<string, unknown>);
      return o;
    }),
  };
}

/** A User resource body (POST, PUT) with string booleans and a bare manager id made standard. */
export function normaliseUser(body: unknown): unknown {
  if (!body || typeof body !== "object" || Array.isArray(body)) return body;
  return normaliseValueObject(body as Record<string, unknown>);
}
