// A slower machine of the same kind, for bench/run.mjs: Chromium (every one of
// its processes) confined to a share of one core by a Linux cgroup CPU quota,
// the same mechanism a container's CPU limit uses. Creating a cgroup needs root
// (or a delegated cgroup tree); without it the bench says why and skips the part.
import { existsSync, mkdirSync, mkdtempSync, rmSync, rmdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PERIOD_US = 100_000;

/** Where a new cgroup with a CPU quota can be made here, and how to set its quota (cgroup v2, else v1's cpu controller). */
function cgroupKind() {
  if (existsSync("/sys/fs/cgroup/cgroup.controllers"))
    return { parent: "/sys/fs/cgroup", quota: (dir, us) => writeFileSync(join(dir, "cpu.max"), `${us} ${PERIOD_US}`) };
  if (existsSync("/sys/fs/cgroup/cpu/cpu.cfs_quota_us"))
    return {
      parent: "/sys/fs/cgroup/cpu",
      quota: (dir, us) => {
        writeFileSync(join(dir, "cpu.cfs_period_us"), String(PERIOD_US));
        writeFileSync(join(dir, "cpu.cfs_quota_us"), String(us));
      },
    };
  return null;
}

/**
 * An executable that starts `chromiumPath` inside a cgroup limited to `cpus`
 * cores' worth of CPU time, or `{ skipped }` saying why there is none.
 */
export function cpuLimitedChromium(chromiumPath, cpus) {
  const kind = cgroupKind();
  if (!kind) return { skipped: "no cgroup CPU controller under /sys/fs/cgroup" };
  const dir = join(kind.parent, `flask-playground-bench-${process.pid}`);
  try {
    mkdirSync(dir);
    kind.quota(dir, Math.round(cpus * PERIOD_US));
  } catch (error) {
    rmdirQuietly(dir);
    return { skipped: `cannot make a cgroup with a CPU quota (${error.code ?? error.message}): run as root` };
  }
  const bin = mkdtempSync(join(tmpdir(), "bench-chromium-"));
  const executablePath = join(bin, "chromium");
  // exec keeps the pipes Playwright talks to Chromium through.
  writeFileSync(executablePath, `#!/bin/sh\necho $$ > '${join(dir, "cgroup.procs")}'\nexec '${chromiumPath}' "$@"\n`, { mode: 0o755 });
  return {
    executablePath,
    close() {
      rmSync(bin, { recursive: true, force: true });
      rmdirQuietly(dir);
    },
  };
}

/** A cgroup can be removed once its processes are gone; one Chromium left behind only leaves an empty folder. */
function rmdirQuietly(dir) {
  try {
    rmdirSync(dir);
  } catch {
    // still in use or never made
  }
}
