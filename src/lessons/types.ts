/**
 * Lessons are content, not code: each lives in lessons/NN-slug/ as a README.md
 * (frontmatter + Markdown), a starter app, a solution app and a lesson.json.
 * These are the shapes the loader turns them into, and the check engine's
 * results.
 */
import type { Header } from "../runtime/protocol";

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

/** One thing a check's response must satisfy. Exactly one of these shapes. */
export type Expectation =
  | { status: number }
  | { header: string; present: true }
  | { header: string; absent: true }
  | { header: string; equals: string }
  | { header: string; matches: string }
  | { header: string; contains: string }
  /** Body parses as JSON and contains this subset (objects by key, arrays by length and position). */
  | { jsonSubset: unknown }
  | { bodyContains: string }
  | { bodyEquals: string }
  | { bodyMatches: string }
  /** Location, resolved to a root-relative path+query, equals this. */
  | { redirectTo: string }
  /** A Set-Cookie for this cookie name exists, with these attributes. */
  | { cookie: string; attributes?: CookieAttributes }
  /** A Set-Cookie for this name with Max-Age=0 (or less) or an Expires in the past. */
  | { cookieDeleted: string };

export interface Check {
  id: string;
  /** What the learner must achieve, in plain words. */
  title: string;
  request: LessonRequest;
  expect: Expectation[];
}

export interface Question {
  question: string;
  choices: string[];
  /** Index into `choices` of the right answer. */
  answer: number;
  explanation: string;
}

export interface Lesson {
  /** From the frontmatter: the folder name without its NN- prefix. */
  id: string;
  /** The folder name, e.g. "01-strings". */
  slug: string;
  order: number;
  title: string;
  summary: string;
  /** The lesson text (README.md without its frontmatter). */
  markdown: string;
  /** app-a/app.py: the app the learner starts from. */
  starter: string;
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
  headers: Header[];
  body: Uint8Array;
}

/** The outcome of one expectation, with short strings for the UI. */
export interface ExpectationResult {
  pass: boolean;
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
