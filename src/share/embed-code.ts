/**
 * "Copy embed code": an <iframe> that shows a share link's example in the
 * embed (embed.html), for a docs page, a blog post or a course.
 */

/** Tall enough for the editor beside a request and its response's status, headers and body. */
export const EMBED_HEIGHT_PX = 520;

/**
 * What the embed needs from a sandboxed iframe: scripts (Python runs in a
 * worker), its own origin (workers, the runtime's cached files), forms (the
 * request builder is one: without it Chromium blocks Send before the page
 * sees it), and popups that escape the sandbox for "Open in the playground".
 * `allow` lets its Copy buttons use the clipboard.
 */
export const EMBED_SANDBOX = "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox";
export const EMBED_ALLOW = "clipboard-write";

/** The embed's address for a share link: embed.html beside the playground's page, with the same #share= fragment. */
export function embedUrl(shareUrl: string): string {
  const url = new URL(shareUrl);
  return new URL("embed.html", url).href.split("#")[0] + url.hash;
}

const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The <iframe> snippet for a share link, with a title for screen readers. */
export function embedSnippet(shareUrl: string, title = "Live Flask example (Flask Response Playground)"): string {
  return (
    `<iframe src="${attribute(embedUrl(shareUrl))}" title="${attribute(title)}" width="100%" height="${EMBED_HEIGHT_PX}" ` +
    `style="border: 1px solid #d0d7de; border-radius: 6px" loading="lazy" sandbox="${EMBED_SANDBOX}" allow="${EMBED_ALLOW}"></iframe>`
  );
}
