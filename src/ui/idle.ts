/**
 * Run `run` after `delayMs`, then at the main thread's next idle moment (at
 * the latest `idleTimeoutMs` later): for work the page wants soon, but not in
 * the middle of something the learner waits for. Returns a cancel function.
 */
export function afterThenIdle(delayMs: number, idleTimeoutMs: number, run: () => void): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === "undefined") run();
    else idle = requestIdleCallback(run, { timeout: idleTimeoutMs });
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
