import { describe, expect, it } from "vitest";
import { giverKey, giversContaining } from "@/lib/givers";

describe("giverKey: one giver however it was typed", () => {
  it.each([
    // [typed, key]
    ["Architectenbureau Vos", "architectenbureau vos"],
    ["architectenbureau  vos", "architectenbureau vos"],
    ["  Architectenbureau\tVos  ", "architectenbureau vos"],
    ["Architectenbureau Vos B.V.", "architectenbureau vos"],
    ["Architectenbureau Vos BV", "architectenbureau vos"],
    ["Architectenbureau Vos, B.V.", "architectenbureau vos"],
    ["Bouwbedrijf Peters N.V.", "bouwbedrijf peters"],
    ["Bouwbedrijf Peters NV", "bouwbedrijf peters"],
    ["Jansen V.O.F.", "jansen"],
    ["Jansen VOF", "jansen"],
    ["Jansen C.V.", "jansen"],
    ["BV Jansen", "jansen"],
    ["Ｂｏｕｗ　Ｘ", "bouw x"], // full-width letters and space (NFKC)
    ["Café Müller", "cafe muller"],
    ["Holding Vos", "holding vos"], // not a legal form: stays
    ["Vos Groep", "vos groep"],
    ["BV", "bv"], // a name that is only a legal form keeps it
    // The gift register's filter used to have its own normaliser (spaces and case only); the same cases hold here.
    ["Bouwbedrijf X", "bouwbedrijf x"],
    ["  bouwbedrijf   x ", "bouwbedrijf x"],
    ["BOUWBEDRIJF\tX\n", "bouwbedrijf x"],
    ["100%_", "100%_"], // no wildcard meaning anywhere: compared as text
    ["", ""],
    [null, ""],
    [undefined, ""],
  ] as const)("%j → %j", (typed, key) => {
    expect(giverKey(typed)).toBe(key);
  });

  it("different givers stay different", () => {
    expect(giverKey("Vos BV")).not.toBe(giverKey("Vos Bouw BV"));
  });
});

describe("giversContaining: the gift register's giver filter", () => {
  const NAMES = [
    "Wijnhandel  De Kurk",
    "wijnhandel de kurk B.V.",
    "Bloemist Roos",
    "Café Müller",
    null,
    "Bloemist Roos",
  ];
  it.each([
    // [filter as typed, names found]
    ["kurk", ["Wijnhandel  De Kurk", "wijnhandel de kurk B.V."]],
    ["  Wijnhandel   DE Kurk ", ["Wijnhandel  De Kurk", "wijnhandel de kurk B.V."]],
    ["Wijnhandel De Kurk BV", ["Wijnhandel  De Kurk", "wijnhandel de kurk B.V."]], // the legal form is not needed
    ["cafe muller", ["Café Müller"]], // accents ignored
    ["bloemist", ["Bloemist Roos"]], // each name once
    ["100%_", []],
    ["wijnhandel roos", []], // the words in order, not each word anywhere
    ["", []],
  ])("%j finds %j", (typed, found) => {
    expect(giversContaining(giverKey(typed), NAMES)).toEqual(found);
  });
});
