import { describe, expect, it } from "vitest";
import { expectOneUpdated, expectVersion, updateVersioned } from "@/lib/db/guarded-update";
import { AppError } from "@/lib/errors";

function conflictOf(run: () => unknown): AppError | undefined {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  return undefined;
}

describe("guarded updates (decision 074)", () => {
  it.each([
    { count: 1, throws: false },
    { count: 0, throws: true },
    { count: 2, throws: true },
  ])("expectOneUpdated with $count rows written: conflict $throws", ({ count, throws }) => {
    const error = conflictOf(() => expectOneUpdated({ count }, { reason: "stalePreview" }));
    if (!throws) return expect(error).toBeUndefined();
    expect(error).toBeInstanceOf(AppError);
    expect(error?.code).toBe("CONFLICT");
    expect(error?.details).toEqual({ reason: "stalePreview" });
  });

  it("expectVersion names the current version when the person saw another", () => {
    expect(conflictOf(() => expectVersion(3, 3))).toBeUndefined();
    const error = conflictOf(() => expectVersion(4, 3));
    expect(error?.code).toBe("CONFLICT");
    expect(error?.details).toEqual({ currentVersion: 4 });
  });

  it("updateVersioned writes where id and version (and the extra condition) match, and raises the version", async () => {
    const calls: unknown[] = [];
    const model = (count: number) => ({
      updateMany: async (args: { where: object; data: object }) => {
        calls.push(args);
        return { count };
      },
    });
    await expect(
      updateVersioned(model(1), { id: "c1", version: 2 }, { status: "CLOSED" }, { status: "OPEN" }),
    ).resolves.toBe(3);
    expect(calls).toEqual([
      { where: { status: "OPEN", id: "c1", version: 2 }, data: { status: "CLOSED", version: { increment: 1 } } },
    ]);
    await expect(updateVersioned(model(0), { id: "c1", version: 2 }, { status: "CLOSED" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
