import { describe, expect, it } from "vitest";
import { pinnedFirstPage } from "./paging.ts";

const source = (items: string[]) => ({
  count: async (atMost?: number) => Math.min(items.length, atMost ?? items.length),
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

  it("counts the rest only up to a cap, and a page further when a later page is shown", async () => {
    const many = source(Array.from({ length: 30 }, (_, i) => `r${i}`));
    expect(await pinnedFirstPage({ page: 1, pageSize: 5 }, pinned, many, 10)).toMatchObject({ total: 13, totalIsAtLeast: true });
    // page 4 ends at row 20: the rest is counted to 20, so a lower-bound total still offers page 5
    expect(await pinnedFirstPage({ page: 4, pageSize: 5 }, pinned, many, 10)).toMatchObject({ total: 23, totalIsAtLeast: true });
    // exactly the cap is an exact total
    expect(await pinnedFirstPage({ page: 1, pageSize: 5 }, pinned, many, 30)).toEqual({
      rows: ["p1", "p2", "p3", "r0", "r1"],
      total: 33,
    });
  });
});
