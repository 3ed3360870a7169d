import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DEFAULT_PAGE_SIZE, defineListSearch } from "./list-search.ts";

const people = defineListSearch({
  sorts: ["name", "email", "createdAt"] as const,
  defaultSort: "name",
  filters: { role: z.enum(["ADMIN", "FACILITATOR", "STAFF"]).optional().catch(undefined) },
});

describe("a list page's URL", () => {
  it("shows the default view for a plain address", () => {
    const search = people.schema.parse({});
    expect(people.view(search)).toEqual({ page: 1, pageSize: DEFAULT_PAGE_SIZE, sort: "name", desc: false });
    expect(people.isFiltered(search)).toBe(false);
  });

  it("reads paging, sort and filters from the address", () => {
    const search = people.schema.parse({ page: 3, pageSize: 50, sort: "email", desc: true, role: "STAFF", q: " ana " });
    expect(people.view(search)).toEqual({ page: 3, pageSize: 50, sort: "email", desc: true });
    expect(search.q).toBe("ana");
    expect(search.role).toBe("STAFF");
    expect(people.isFiltered(search)).toBe(true);
  });

  it("falls back instead of failing on hand-edited values", () => {
    const search = people.schema.parse({ page: 0, pageSize: 7, sort: "password", desc: "yes", role: "OWNER" });
    expect(people.view(search)).toEqual({ page: 1, pageSize: DEFAULT_PAGE_SIZE, sort: "name", desc: false });
    expect(search.role).toBeUndefined();
  });

  it("takes a typed-in number as search text", () => {
    expect(people.schema.parse({ q: 2026 }).q).toBe("2026");
  });

  it("counts the search box as a filter, but not an empty one", () => {
    expect(people.isFiltered(people.schema.parse({ q: "bo" }))).toBe(true);
    expect(people.isFiltered(people.schema.parse({ q: "" }))).toBe(false);
  });

  it("keeps the address short: defaults are left out", () => {
    const short = people.withoutDefaults({
      page: 1,
      pageSize: DEFAULT_PAGE_SIZE,
      sort: "name",
      desc: false,
      q: "",
      role: "ADMIN",
    });
    expect(Object.fromEntries(Object.entries(short).filter(([, value]) => value !== undefined))).toEqual({ role: "ADMIN" });
    expect(people.withoutDefaults({ page: 2, sort: "email", desc: true }).page).toBe(2);
  });

  it("clears every filter, the search box included", () => {
    expect(people.filterKeys).toEqual(["q", "role"]);
    expect(people.noFilters).toEqual({ q: undefined, role: undefined });
  });
});
