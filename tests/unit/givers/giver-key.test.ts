import { describe, expect, it } from "vitest";
import { giverKey } from "@/lib/givers";

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
