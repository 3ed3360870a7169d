import { describe, expect, it } from "vitest";
import { oneOf } from "../search-params/search-params.ts";
import { DEFAULT_PAGE_SIZE, defineListSearch } from "./list-search.ts";

const people = defineListSearch({
  sorts: ["name", "email", "createdAt"] as const,
  defaultSort: "name",
  filters: { role: oneOf(["ADMIN", "FACILITATOR", "STAFF"]) },
});

describe("a list page's URL", () => {
  it("shows the default view for a plain address", () => {
    const search = people.schema({});
    expect(people.view(search)).toEqual({ page: 1, pageSize: DEFAULT_PAGE_SIZE, sort: "name", desc: false });
    expect(people.isFiltered(search)).toBe(false);
  });

  it("reads paging, sort and filters from the address", () => {
    const search = people.schema({ page: 3, pageSize: 50, sort: "email", desc: true, role: "STAFF", q: " ana " });
    expect(people.view(search)).toEqual({ page: 3, pageSize: 50, sort: "email", desc: true });
    expect(search.q).toBe("ana");
    expect(search.role).toBe("STAFF");
    expect(people.isFiltered(search)).toBe(true);
  });

  it("falls back instead of failing on hand-edited values", () => {
    const search = people.schema({ page: 0, pageSize: 7, sort: "password", desc: "yes", role: "OWNER" });
    expect(people.view(search)).toEqual({ page: 1, pageSize: DEFAULT_PAGE_SIZE, sort: "name", desc: false });
    expect(search.role).toBeUndefined();
  });

  it("takes a typed-in number as search text", () => {
    expect(people.schema({ q: 2026 }).q).toBe("2026");
  });

  it("counts the search box as a filter, but not an empty one", () => {
    expect(people.isFiltered(people.schema({ q: "bo" }))).toBe(true);
    expect(people.isFiltered(people.schema({ q: "" }))).toBe(false);
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
