// The organisation's TOOI identifier (lib/register/tooi.ts): only a URI in TOOI's id namespace, as data.overheid.nl's
// DCAT-AP-DONL names publishers; set through `npm run bootstrap -- --tooi` (tests/integration/bootstrap.test.ts).
import { describe, expect, it } from "vitest";
import { TooiUriSchema } from "@/lib/register/tooi";

describe("TooiUriSchema", () => {
  it.each([
    "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034",
    "https://identifier.overheid.nl/tooi/id/provincie/pv26",
    "https://identifier.overheid.nl/tooi/id/gemeente/gm0344",
    "https://identifier.overheid.nl/tooi/id/waterschap/ws0155",
    "https://identifier.overheid.nl/tooi/id/oorg/oorg10103",
  ])("accepts %s", (uri) => {
    expect(TooiUriSchema.parse(` ${uri} `)).toBe(uri);
  });

  it.each([
    "",
    "gm0344",
    "http://identifier.overheid.nl/tooi/id/gemeente/gm0344",
    "https://identifier.overheid.nl/tooi/def/thes/kern/c_1234",
    "https://identifier.overheid.nl/tooi/id/gemeente",
    "https://identifier.overheid.nl/tooi/id/gemeente/gm0344/",
    "https://identifier.overheid.nl/tooi/id/gemeente/gm0344?x=1",
    "https://identifier.overheid.nl/tooi/id/gemeente/gm0344#x",
    "https://identifier.overheid.nl.example.org/tooi/id/gemeente/gm0344",
    "https://example.org/tooi/id/gemeente/gm0344",
    "https://identifier.overheid.nl/tooi/id/Gemeente/GM0344",
  ])("refuses %j", (uri) => {
    const result = TooiUriSchema.safeParse(uri);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/--tooi must be the organisation's TOOI identifier/);
  });
});
