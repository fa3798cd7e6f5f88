/**
 * Whether this page is the embed (embed.html: `<html data-embed>`), one
 * example inside another site's page. An embed shows a share link's app in a
 * compact layout and keeps nothing: it never reads or writes the visitor's
 * saved work or settings, and registers no service worker (README: Embeds).
 */
export const embedded: boolean = typeof document !== "undefined" && document.documentElement.hasAttribute("data-embed");
