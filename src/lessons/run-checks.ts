/**
 * Run a lesson's checks in the browser, against the learner's running app,
 * through the runtime directly (they are not the learner's requests, so they
 * stay out of the history and the cookie jar).
 */
import type { RuntimeClient } from "../bridge/runtime-client";
import { serveLessonRequest, type ServesWire } from "./serve-check";
import type { CheckResult, Lesson } from "./types";

/**
 * The worker client seen as the `serve` interface the checks use. A request
 * that fails (no app, Python restarted past the time limit) rejects with the
 * client's reason, which the check shows.
 */
export function servesWire(client: RuntimeClient): ServesWire {
  return {
    async serve(request, sink) {
      const response = await client.request(request, { head: sink.head, chunk: sink.chunk, log: sink.log });
      await new Response(response.body).arrayBuffer();
      return true;
    },
  };
}

/** Every check of `lesson`, in order, against the app currently loaded. */
export async function runLessonChecks(client: RuntimeClient, lesson: Lesson): Promise<CheckResult[]> {
  // The check engine loads with the first lesson's checks, not with the page.
  const { runCheck } = await import("./checks");
  const runtime = servesWire(client);
  const results: CheckResult[] = [];
  for (const check of lesson.checks) {
    results.push(await runCheck(check, (request) => serveLessonRequest(runtime, request)));
  }
  return results;
}
