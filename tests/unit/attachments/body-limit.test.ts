// The request body limits in next.config.ts must let the largest allowed attachment through (decision 066): a
// server action over its limit is refused by Next, and proxy.ts cuts a body off beyond its own limit.
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { ATTACHMENT_MAX_MB_CEILING } from "@/lib/config";

const mb = (v: unknown) => Number(/^(\d+)mb$/.exec(String(v))?.[1]);

describe("body limits for attachments", () => {
  it("the server-action limit is the attachment ceiling plus 1 MB for the form", () =>
    expect(mb(nextConfig.experimental?.serverActions?.bodySizeLimit)).toBe(ATTACHMENT_MAX_MB_CEILING + 1));
  it("the proxy's limit is the same", () =>
    expect(mb(nextConfig.experimental?.proxyClientMaxBodySize)).toBe(ATTACHMENT_MAX_MB_CEILING + 1));
});
