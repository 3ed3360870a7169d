import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { assertDataFolderFree, DataFolderInUse, holdDataFolder } from "./data-folder-lock.ts";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the data folder lock", () => {
  it("is held until released, and a second holder is refused with the holder's pid", () => {
    dir = mkdtempSync(join(tmpdir(), "circle-lock-"));
    const lock = holdDataFolder(dir);
    expect(() => holdDataFolder(dir)).toThrow(DataFolderInUse);
    expect(() => assertDataFolderFree(dir)).toThrow(`(pid ${process.pid})`);
    lock.release();
    expect(existsSync(join(dir, "circle.lock"))).toBe(false);
    holdDataFolder(dir).release();
  });

  it("takes over a lock whose process is gone", () => {
    dir = mkdtempSync(join(tmpdir(), "circle-lock-"));
    const gone = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    writeFileSync(join(dir, "circle.lock"), gone.stdout.trim());
    expect(() => assertDataFolderFree(dir)).not.toThrow();
    const lock = holdDataFolder(dir);
    expect(() => holdDataFolder(dir)).toThrow(DataFolderInUse);
    lock.release();
  });
});
