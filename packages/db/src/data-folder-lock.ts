import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";

// PGlite is one process per data folder: two processes writing one folder corrupt it, and the
// second one's writes are invisible to the first. Whoever opens a folder holds this lock file
// (with its process id) until it closes it; a lock whose process is gone is taken over.
const LOCK_FILE = "circle.lock";

export class DataFolderInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Circle process (pid ${pid}), most likely a running server. ` +
        "Stop it first (Ctrl+C in its terminal), then run this again; to create the first administrator while it runs, open the setup link it printed.",
    );
    this.name = "DataFolderInUse";
  }
}

export interface DataFolderLock {
  release(): void;
}

/** Takes the folder's lock for this process, or throws DataFolderInUse naming the holder. */
export function holdDataFolder(dataDir: string): DataFolderLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          if (holderOf(path) === process.pid) unlinkSync(path);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = holderOf(path);
      if (holder !== null && isAlive(holder)) throw new DataFolderInUse(dataDir, holder);
      // A stale lock: its process died without closing the folder.
      try {
        unlinkSync(path);
      } catch {}
    }
  }
  throw new Error(`Could not take the lock ${path}`);
}

/** Throws DataFolderInUse when a live process holds the folder (before removing it, say). */
export function assertDataFolderFree(dataDir: string): void {
  const holder = holderOf(join(dataDir, LOCK_FILE));
  if (holder !== null && isAlive(holder)) throw new DataFolderInUse(dataDir, holder);
}

function holderOf(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
