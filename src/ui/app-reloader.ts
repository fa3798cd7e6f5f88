/**
 * Like `flask run --reload`: a moment after the learner stops typing, the app
 * is loaded again. In a lesson, its checks then run against the new app, and
 * the app is loaded once more so the learner starts from fresh in-memory data.
 *
 * Reloads run strictly one after another; a reload overtaken by newer code is
 * dropped, so an older load can never land after a newer one. A lesson's
 * checks load with it (load-lesson.ts) while its app loads; a reload
 * overtaken while they load (the learner moved on to another lesson) runs
 * none.
 */
import type { RuntimeClient } from "../bridge/runtime-client";
import { loadLesson } from "../lessons/load-lesson";
import { runLessonChecks } from "../lessons/run-checks";
import type { Lesson, LessonMeta } from "../lessons/types";
import type { AppLoadResult } from "../runtime/protocol";
import type { CheckResult } from "../lessons/types";

export const RELOAD_DELAY_MS = 400;

export interface ReloadListener {
  loaded(result: AppLoadResult, code: string): void;
  /**
   * `code` answers requests from now on: it loaded at `loadedAt` (Date.now()).
   * Called at once after every load that worked, before the checks run and
   * after the restore that follows a restart, so an exchange can tell which
   * code answered it.
   */
  serving?(code: string, loadedAt: number): void;
  checked(lessonId: string, code: string, results: CheckResult[]): void;
}

export class AppReloader {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private latest: { code: string; lesson: LessonMeta | null } | null = null;
  /** How many times Python was restarted; a check run that saw it change ran half on a worker without the app. */
  private restarts = 0;

  constructor(
    private readonly client: RuntimeClient,
    private readonly listener: ReloadListener,
    private readonly delayMs = RELOAD_DELAY_MS,
    /** A lesson's full content, with its checks. */
    private readonly lessonContent: (lesson: LessonMeta) => Promise<Lesson | undefined> = (lesson) => loadLesson(lesson.id),
  ) {}

  /** Reload with `code` after the delay; a newer call replaces a pending one. */
  schedule(code: string, lesson: LessonMeta | null): void {
    this.latest = { code, lesson };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.enqueue(code, lesson), this.delayMs);
  }

  /** Reload now (e.g. "Run checks"), after any reload in progress. */
  reloadNow(code: string, lesson: LessonMeta | null): Promise<void> {
    this.latest = { code, lesson };
    clearTimeout(this.timer);
    return this.enqueue(code, lesson);
  }

  /**
   * After Python was restarted: load the last working app into the new worker
   * quietly (the status keeps saying why the restart happened).
   */
  restore(code: string): Promise<void> {
    this.restarts++;
    this.queue = this.queue
      .then(() => this.load(code))
      .then(
        () => {},
        () => {},
      );
    return this.queue;
  }

  /** Load `code`, and report it as the code that answers if it worked. */
  private async load(code: string): Promise<AppLoadResult> {
    const result = await this.client.loadApp(code);
    if (result.ok) this.listener.serving?.(code, Date.now());
    return result;
  }

  private enqueue(code: string, lesson: LessonMeta | null, retry = false): Promise<void> {
    this.queue = this.queue.then(() => this.reload(code, lesson, retry)).catch(() => {});
    return this.queue;
  }

  private stale(code: string, lesson: LessonMeta | null): boolean {
    return this.latest?.code !== code || (this.latest?.lesson?.id ?? null) !== (lesson?.id ?? null);
  }

  private async reload(code: string, meta: LessonMeta | null, retry: boolean): Promise<void> {
    if (this.stale(code, meta)) return;
    const restarts = this.restarts;
    // The checks download while the app loads; without them (a failed download) the app still loads.
    const content = meta ? this.lessonContent(meta).catch(() => undefined) : undefined;
    const result = await this.load(code);
    const lesson = result.ok ? await content : undefined;
    // The learner moved on to another lesson while this one's checks loaded: no point running them.
    const leftLesson = this.latest?.lesson?.id !== meta?.id;
    if (lesson && !leftLesson) {
      const results = await runLessonChecks(this.client, lesson);
      if (this.restarts !== restarts && !retry) {
        // Python was restarted while the checks ran (a busy machine past the
        // time limit, or a check that hit an endless loop), so the later ones
        // met a worker without the app. Run them again, once, after the
        // restore that is queued behind this reload; a second restart is the
        // app's own doing and its results are reported as they are.
        void this.enqueue(code, meta, true);
        return;
      }
      // The checks may have changed the app's in-memory data: start the learner fresh.
      await this.load(code);
      this.listener.checked(lesson.id, code, results);
    }
    this.listener.loaded(result, code);
  }
}
