import { describe, expect, it } from "vitest";
import { lostCharacters } from "@/lib/people/lost-characters";

describe("lostCharacters", () => {
  it.each([
    // whole names, also with the letters that get lost
    ["Ayşe Yılmaz", null],
    ["Jan de Vries", null],
    ["Müller", null],
    ["Zoë van 't Hof", null],
    ["Ångström", null],
    ["Øyvind Ås", null],
    ["Ãlvaro", null],
    ["François-Noël Côté", null],
    ["Jan (?) de Vries", null],
    ["?", null],
    ["", null],
    // a replacement character
    ["Ay\uFFFDe", "replacement"],
    ["\uFFFDzt\uFFFDrk", "replacement"],
    // a question mark inside or at the edge of a word
    ["Ay?e", "questionMark"],
    ["?zt?rk", "questionMark"],
    ["Ata? Kaya", "questionMark"],
    ["?mer", "questionMark"],
    ["Ay??e", "questionMark"],
    // UTF-8 read as Latin-1 / Windows-1252
    ["MÃ¼ller", "mojibake"],
    ["ZoÃ« de Wit", "mojibake"],
    ["AyÅŸe", "mojibake"],
    ["YÄ±lmaz", "mojibake"],
    ["FranÃ§ois", "mojibake"],
    ["Jan â€“ de Vries", "mojibake"],
    ["Ã\u0080", "mojibake"],
  ])("%j -> %s", (text, expected) => {
    expect(lostCharacters(text)).toBe(expected);
  });
});
