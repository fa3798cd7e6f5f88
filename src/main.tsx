/**
 * The page's entry, kept tiny: start the Python runtime worker first, so it
 * downloads and boots while the browser fetches, parses and runs the UI
 * (start-ui.tsx, preloaded from index.html). Starting it from the UI bundle
 * instead cost 150-250 ms of every cold and warm load (bench/).
 */
import "./bridge/early-worker";

void import("./start-ui");
