import { describe, expect, it } from "vitest";
import { pinnedFirstPage } from "./paging.ts";

const source = (items: string[]) => ({
  count: async () => items.length,
  rows: async ({ skip, take }: { skip: number; take: number }) => items.slice(skip, skip + take),
});
const pinned = source(["p1", "p2", "p3"]);
const rest = source(["r1", "r2", "r3", "r4", "r5"]);

describe("pinnedFirstPage", () => {
  it("puts every pinned row first and pages across both lists", async () => {
    const pages = await Promise.all(
      [1, 2, 3].map((page) => pinnedFirstPage({ page, pageSize: 3 }, pinned, rest).then((p) => p.rows)),
    );
    expect(pages).toEqual([
      ["p1", "p2", "p3"],
      ["r1", "r2", "r3"],
      ["r4", "r5"],
    ]);
    expect(await pinnedFirstPage({ page: 1, pageSize: 2 }, pinned, rest)).toEqual({ rows: ["p1", "p2"], total: 8 });
    expect((await pinnedFirstPage({ page: 2, pageSize: 2 }, pinned, rest)).rows).toEqual(["p3", "r1"]);
    expect((await pinnedFirstPage({ page: 9, pageSize: 2 }, pinned, rest)).rows).toEqual([]);
  });
});
