// PGlite is one connection in one process: two processes opening the same data directory corrupt it.
// A lock file with the owner's PID makes a second process stop with a clear message instead.
import fs from "node:fs";
import path from "node:path";
import { DbConfigError } from "./config";

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function acquirePgliteLock(dataDir: string): () => void {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
      if (owner === process.pid) return () => {};
      if (Number.isFinite(owner) && processAlive(owner)) {
        throw new DbConfigError(
          `The embedded database ${dataDir} is in use by another process (PID ${owner}). ` +
            "Stop that process first (for example the running portal), or set PGLITE_DATA_DIR to another folder. " +
            "Nothing was changed.",
        );
      }
      // The owner is gone (crash, kill -9): the lock is stale. Move it aside atomically, so that of two
      // processes starting at once only one takes it over; the other then finds the new owner alive.
      const aside = `${lockPath}.stale-${process.pid}`;
      try {
        fs.renameSync(lockPath, aside);
        fs.rmSync(aside, { force: true });
      } catch (renameError) {
        if ((renameError as NodeJS.ErrnoException).code !== "ENOENT") throw renameError;
      }
    }
  }
  throw new DbConfigError(`Could not lock the embedded database ${dataDir}. Nothing was changed.`);
}
