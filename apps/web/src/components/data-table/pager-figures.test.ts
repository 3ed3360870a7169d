import { describe, expect, it } from "vitest";
import { pagerFigures } from "./pager-figures.ts";

describe("the pager's figures", () => {
  it("show an exact total and as many pages as it fills", () => {
    expect(pagerFigures({ page: 2, pageSize: 25, total: 132 })).toEqual({ pageCount: 6, showing: "26–50 of 132" });
    expect(pagerFigures({ page: 1, pageSize: 25, total: 0 })).toEqual({ pageCount: 1, showing: "0 in all" });
  });

  it("show a lower-bound total as such and offer the page after it", () => {
    expect(pagerFigures({ page: 1, pageSize: 25, total: 500, totalIsAtLeast: true })).toEqual({
      pageCount: 21,
      showing: "1–25 of 500+",
    });
    // a later page counts further (the server counts one row past the page shown)
    expect(pagerFigures({ page: 21, pageSize: 25, total: 525, totalIsAtLeast: true })).toEqual({
      pageCount: 22,
      showing: "501–525 of 525+",
    });
    // the page after a bound that ends mid-page is the one holding the next row
    expect(pagerFigures({ page: 1, pageSize: 100, total: 510, totalIsAtLeast: true }).pageCount).toBe(6);
  });
});
