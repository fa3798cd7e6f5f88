import { useStore } from "../store";
import { methodToTry, pathForRule, sortedMethods } from "./route-placeholders";

/** The running app's routes, read from its url_map; a click fills the request. */
export function RouteList() {
  const status = useStore((s) => s.appStatus);
  const setDraft = useStore((s) => s.setDraft);
  if (status.kind !== "running") return <p className="hint">Routes appear once the app runs.</p>;
  const routes = status.routes.filter((route) => route.endpoint !== "static");
  if (!routes.length) return <p className="hint">This app has no routes yet.</p>;
  return (
    <ul className="route-list" aria-label="Routes of the running app">
      {routes.map((route) => {
        const methods = sortedMethods(route.methods);
        return (
          <li key={`${route.rule} ${route.endpoint}`}>
            <button
              type="button"
              onClick={() => setDraft({ method: methodToTry(route.methods), path: pathForRule(route.rule) })}
              title={`Endpoint ${route.endpoint}`}
            >
              <span className="methods">{methods.join(" ")}</span> <code>{route.rule}</code>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
