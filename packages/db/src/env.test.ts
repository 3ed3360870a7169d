import { describe, expect, it } from "vitest";
import { readDbEnv } from "./env.ts";

describe("DATA_DIR", () => {
  it("is the ./.data folder of the directory the command was run from, not the workspace npm switched into", () => {
    expect(readDbEnv({ INIT_CWD: "/home/ana/circle" }).DATA_DIR).toBe("/home/ana/circle/.data");
    expect(readDbEnv({ INIT_CWD: "/home/ana/circle", DATA_DIR: "var/db" }).DATA_DIR).toBe("/home/ana/circle/var/db");
  });

  it("keeps an absolute folder and PGlite's in-memory database as given", () => {
    expect(readDbEnv({ INIT_CWD: "/home/ana/circle", DATA_DIR: "/srv/circle" }).DATA_DIR).toBe("/srv/circle");
    expect(readDbEnv({ DATA_DIR: "memory://" }).DATA_DIR).toBe("memory://");
  });

  it("prefers a PostgreSQL server when DATABASE_URL is set, and refuses one that is not a URL", () => {
    expect(readDbEnv({ DATABASE_URL: "postgresql://circle@db:5432/circle" }).DATABASE_URL).toBe(
      "postgresql://circle@db:5432/circle",
    );
    expect(() => readDbEnv({ DATABASE_URL: "not a url" })).toThrow();
  });

  it("takes a reporting replica beside DATABASE_URL, never without it (the embedded database has no replicas)", () => {
    const both = readDbEnv({
      DATABASE_URL: "postgresql://circle@primary:5432/circle",
      REPORTING_DATABASE_URL: "postgresql://reader@replica:5432/circle",
    });
    expect(both.REPORTING_DATABASE_URL).toBe("postgresql://reader@replica:5432/circle");
    expect(
      readDbEnv({ DATABASE_URL: "postgresql://circle@primary:5432/circle", REPORTING_DATABASE_URL: "" }).REPORTING_DATABASE_URL,
    ).toBeUndefined();
    expect(() => readDbEnv({ REPORTING_DATABASE_URL: "postgresql://reader@replica:5432/circle" })).toThrow(
      /REPORTING_DATABASE_URL/,
    );
  });
});
