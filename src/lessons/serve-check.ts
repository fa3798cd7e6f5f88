/**
 * Turn a lesson's request into the WireRequest the app gets: the same request
 * the page sends through fetch() to the virtual server at
 * http://localhost:5173/flask/, so a check gives the same answer in CI (the
 * Node runtime) and in the browser.
 */
import { BODYLESS_METHODS, wireFromDraft } from "../bridge/wire-request";
import { joinChunks } from "../inspector/body-text";
import type { LogEntry, WireRequest } from "../runtime/protocol";
import type { CheckResponse, LessonRequest } from "./types";

/** The page the checks are written against: the app sees Host "localhost:5173". */
export const CHECK_PAGE_URL = "http://localhost:5173/";

const encoder = new TextEncoder();

/**
 * A lesson's request as the app receives it: path and query split (and
 * percent-encoded as a browser would), Host first, the body as UTF-8 bytes
 * with its Content-Length (none without a body, except "0" for POST and PUT,
 * as browsers send). Like the request builder, which sends the body as
 * bytes, nothing adds a Content-Type: a lesson that sends JSON says so in its headers.
 */
export function toWireRequest(request: LessonRequest): WireRequest {
  const method = request.method.toUpperCase();
  const headers = [...(request.headers ?? [])];
  const body = BODYLESS_METHODS.has(method) || request.body === undefined ? null : encoder.encode(request.body);
  return wireFromDraft({ method, path: request.path, headers, body }, CHECK_PAGE_URL);
}

/** The part of the runtime a check needs (PythonRuntime and the worker client both fit). */
export interface ServesWire {
  serve(
    request: WireRequest,
    sink: {
      head(head: { status: number; reason?: string; headers: [string, string][] }): void;
      chunk(bytes: Uint8Array): void;
      cancelled(): boolean;
      log?(entry: LogEntry): void;
    },
  ): Promise<boolean>;
}

/**
 * Serve a lesson's request with `runtime` and collect the whole response,
 * with the log lines the app wrote while answering; throws when no app is loaded.
 */
export async function serveLessonRequest(runtime: ServesWire, request: LessonRequest): Promise<CheckResponse> {
  let head: { status: number; reason?: string; headers: [string, string][] } | undefined;
  const chunks: Uint8Array[] = [];
  const logs: LogEntry[] = [];
  const served = await runtime.serve(toWireRequest(request), {
    head: (h) => (head = h),
    chunk: (c) => chunks.push(c),
    cancelled: () => false,
    log: (entry) => logs.push(entry),
  });
  if (!served || !head) throw new Error("No app is loaded: the request could not be served.");
  const body = joinChunks(chunks.map((bytes) => ({ bytes })));
  return { status: head.status, reason: head.reason, headers: head.headers, body, logs };
}
