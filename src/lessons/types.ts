/**
 * Lessons are content, not code: each lives in lessons/NN-slug/ as a README.md
 * (frontmatter + Markdown), a starter app, a solution app and a lesson.json.
 * These are the shapes the loader turns them into, and the check engine's
 * results.
 */
import type { PitfallId } from "../inspector/pitfalls";
import type { Header, LogEntry } from "../runtime/protocol";

/** A request a lesson sends: a suggested one-click request, or a check's request. */
export interface LessonRequest {
  /** Shown on the button; required for suggested requests, optional in checks. */
  label?: string;
  method: string;
  /** Path and query as the learner would type it ("/items?page=2"), root-relative to the app. */
  path: string;
  headers?: Header[];
  /** Request body as text (sent as UTF-8). */
  body?: string;
}

/** A suggested request: one click in the UI. */
export type SuggestedRequest = LessonRequest & { label: string };

/** Cookie attributes a `cookie` expectation can require. */
export interface CookieAttributes {
  HttpOnly?: true;
  Secure?: true;
  SameSite?: string;
  Path?: string;
  "Max-Age"?: number;
}

/**
 * The shape a JSON value must have: a type name, a list holding the shape of
 * every item, or an object whose keys must all be there with these shapes.
 */
export type JsonShape = JsonTypeName | [JsonShape] | { [key: string]: JsonShape };
export type LogLevel = "DEBUG" | "INFO" | "WARNING" | "ERROR" | "CRITICAL";
export type JsonTypeName = "string" | "number" | "integer" | "boolean" | "null" | "array" | "object" | "any";

/** One thing a check's response must satisfy: exactly one of these shapes, plus an optional `why`. */
export type ExpectationKind =
  | { status: number }
  | { header: string; present: true }
  | { header: string; absent: true }
  /** The header occurs exactly this many times (1: once, not duplicated). */
  | { header: string; count: number }
  /** Exactly these header names, in this order, repeats included (case-insensitive). */
  | { headerNames: string[] }
  /** The status line as sent: "201 CREATED". */
  | { statusLine: string }
  /**
   * While answering, the app logged a line at this level (or above, for
   * logging records) containing this text (in the message or its traceback).
   */
  | { logged: { level?: LogLevel; contains?: string } }
  /** While answering, the app logged nothing at this level or above. */
  | { notLogged: { level: LogLevel } }
  | { header: string; equals: string }
  | { header: string; matches: string }
  | { header: string; contains: string }
  /** Body parses as JSON and contains this subset (objects by key, arrays by length and position). */
  | { jsonSubset: unknown }
  /** Body parses as JSON of this shape; with onlyKeys, objects have no keys besides the shape's. */
  | { jsonShape: JsonShape; onlyKeys?: true }
  | { bodyContains: string }
  | { bodyEquals: string }
  | { bodyMatches: string }
  /** Location, resolved to a root-relative path+query, equals this. */
  | { redirectTo: string }
  /** A Set-Cookie for this cookie name exists, with these attributes. */
  | { cookie: string; attributes?: CookieAttributes }
  /** A Set-Cookie for this name with Max-Age=0 (or less) or an Expires in the past. */
  | { cookieDeleted: string }
  /** The inspector's pitfall detector (src/inspector/pitfalls.ts) finds no pitfall of this kind. */
  | { noPitfall: PitfallId };

export type Expectation = ExpectationKind & {
  /** Shown when the expectation fails: the mistake that usually causes it, in plain words. */
  why?: string;
};

/** One request of a check and what its response must satisfy. */
export interface CheckStep {
  /**
   * The request. Its path and body may use {location} (the previous step's
   * Location, as a root-relative path) and {json.key.sub} (a value from the
   * previous step's JSON body).
   */
  request: LessonRequest;
  expect: Expectation[];
}

export interface Check {
  id: string;
  /** What the learner must achieve, in plain words. */
  title: string;
  /**
   * Requests sent in order, as one browser would: a cookie a response sets is
   * sent with the later requests. In lesson.json a one-request check is
   * written as "request" and "expect", a sequence as "steps".
   */
  steps: CheckStep[];
  /** The id of the lesson text's heading that explains this check ("## Deleting a cookie" -> "deleting-a-cookie"). */
  explainedBy?: string;
}

export interface Question {
  question: string;
  choices: string[];
  /** Index into `choices` of the right answer. */
  answer: number;
  explanation: string;
}

/**
 * What the page knows of every lesson from its first paint (src/lessons/catalog.ts):
 * the frontmatter of README.md, read at build time, and the starter app, which
 * the editor shows as soon as a lesson opens. The rest is a `Lesson`, loaded
 * when it is first shown (src/lessons/load-lesson.ts).
 */
export interface LessonMeta {
  /** From the frontmatter: the folder name without its NN- prefix. */
  id: string;
  /** The folder name, e.g. "01-strings". */
  slug: string;
  order: number;
  title: string;
  summary: string;
  /** app-a/app.py: the app the learner starts from. */
  starter: string;
}

export interface Lesson extends LessonMeta {
  /** The lesson text (README.md without its frontmatter). */
  markdown: string;
  /** app-b/app.py: a solution that passes every check. */
  solution: string;
  requests: SuggestedRequest[];
  hints: string[];
  checks: Check[];
  questions: Question[];
}

/** What a check needs to know about a response. */
export interface CheckResponse {
  status: number;
  /** The reason phrase Werkzeug sent with the status ("CREATED"), when known. */
  reason?: string;
  headers: Header[];
  body: Uint8Array;
  /** What the app logged while answering (logging records, print output), when known. */
  logs?: LogEntry[];
}

/** The outcome of one expectation, with short strings for the UI. */
export interface ExpectationResult {
  pass: boolean;
  /** Index of the step whose response this is (0 for a one-request check). */
  step?: number;
  /** The expectation's `why`, or the pitfall's explanation, when it fails. */
  why?: string;
  /** e.g. 'Location header equals "/items/1"'. */
  description: string;
  /** e.g. "201". */
  expected: string;
  /** e.g. "200". */
  actual: string;
}

export interface CheckResult {
  id: string;
  title: string;
  pass: boolean;
  results: ExpectationResult[];
  /** Set when the request could not be served at all (no app loaded, runtime not ready). */
  error?: string;
}
