/** When the editor swaps its plain text area for Monaco (EditorHost.tsx); apart, so tests can read them. */

/**
 * Monaco loads this long after the runtime's downloads ended even if Python
 * is not ready yet (a slow machine). Not before they end: on a slow network
 * Monaco's megabyte would take its share of the link from Python's.
 */
export const MONACO_AT_LATEST_MS = 5000;

/**
 * How long after Python is ready and the app loaded Monaco starts loading,
 * then at the next idle moment:
 * parsing it blocks the main thread for a few hundred milliseconds, which a
 * Send pressed the moment Python was ready should not wait for.
 */
export const MONACO_AFTER_READY_MS = 1000;
