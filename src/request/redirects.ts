/**
 * What a browser does with a redirect, following the Fetch standard's HTTP
 * redirect fetch: which method and body the next request has, and where it
 * goes (back into the learner's app, or somewhere else).
 */

/** A response the client may follow. */
export interface RedirectInput {
  status: number;
  /** The method of the request that got this response. */
  method: string;
  /** The Location header as the app sent it; null or undefined when there is none. */
  location: string | null | undefined;
  /** The app path (and query) of that request, as the app saw it: "/login?next=%2F". */
  currentPath: string;
  /** The page's origin, e.g. "http://localhost:5173"; an absolute Location on it is the app. */
  appOrigin: string;
}

/** Where the next request goes: a path and query of the learner's app, or an outside URL. */
export type RedirectTarget = { kind: "app"; pathAndQuery: string } | { kind: "external"; url: string };

/** The request the client makes next. */
export interface RedirectHop {
  method: string;
  /** Whether the next request carries the original body again (false whenever it becomes GET or HEAD). */
  keepsBody: boolean;
  target: RedirectTarget;
  /** One sentence saying what happens to the method and body. */
  explanation: string;
}

const REASONS: Readonly<Record<number, string>> = {
  301: "Moved Permanently",
  302: "Found",
  303: "See Other",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
};

/** Base for resolving relative Locations; only its path matters. */
const APP_BASE = "http://app.invalid";

function resolveTarget(location: string, currentPath: string, appOrigin: string): RedirectTarget | null {
  let resolved: URL;
  try {
    resolved = new URL(location, APP_BASE + (currentPath.startsWith("/") ? currentPath : `/${currentPath}`));
  } catch {
    return null;
  }
  let pageOrigin: string | null = null;
  try {
    pageOrigin = new URL(appOrigin).origin;
  } catch {
    // an unusable appOrigin only means no absolute URL counts as the app
  }
  if (resolved.origin === APP_BASE || resolved.origin === pageOrigin) {
    return { kind: "app", pathAndQuery: resolved.pathname + resolved.search };
  }
  return { kind: "external", url: resolved.href };
}

/** The next method and what the sentence says about it, per the Fetch standard. */
function methodRule(status: number, method: string): { method: string; sentence: string } {
  const becomesGet = ((status === 301 || status === 302) && method === "POST") || (status === 303 && method !== "GET" && method !== "HEAD");
  if (becomesGet) {
    return status === 303
      ? { method: "GET", sentence: "the client fetches the Location with GET and drops the body." }
      : {
          method: "GET",
          sentence: "browsers fetch the Location with GET instead of POST and drop the body (use 307 or 308 to keep the POST).",
        };
  }
  if (method === "GET" || method === "HEAD") {
    const note = status === 303 && method === "HEAD" ? " (HEAD is the one method 303 keeps)" : "";
    return { method, sentence: `the client fetches the Location with ${method}${note}.` };
  }
  const note = status === 301 || status === 302 ? "; only POST is turned into GET" : "";
  return { method, sentence: `the client repeats the ${method} at the Location with the same body${note}.` };
}

/**
 * The request a browser makes after this response, or null when the status is
 * not 301, 302, 303, 307 or 308, there is no Location, or the Location is not
 * a URL. Method rules (Fetch standard): 301 and 302 turn POST into GET and drop
 * the body, other methods are kept; 303 turns every method but HEAD into GET
 * and drops the body; 307 and 308 keep method and body. The Location resolves
 * against the current app path: relative and root-relative Locations, and
 * absolute ones on `appOrigin`, stay in the app (path and query, percent-
 * encoding kept, fragment dropped); any other URL is external.
 */
export function nextHop({ status, method, location, currentPath, appOrigin }: RedirectInput): RedirectHop | null {
  const reason = REASONS[status];
  if (reason === undefined || location === null || location === undefined || location.trim() === "") return null;
  const target = resolveTarget(location, currentPath, appOrigin);
  if (target === null) return null;
  const rule = methodRule(status, method.toUpperCase());
  return {
    method: rule.method,
    keepsBody: rule.method !== "GET" && rule.method !== "HEAD",
    target,
    explanation: `${status} ${reason}: ${rule.sentence}`,
  };
}
