import { useId, useRef, type ReactNode } from "react";

export interface TabSpec {
  id: string;
  label: ReactNode;
  content: ReactNode;
}

/**
 * Accessible tabs (WAI-ARIA tabs pattern): arrow keys move between tabs,
 * each tab controls its panel.
 */
export function Tabs({
  tabs,
  selected,
  onSelect,
  label,
  keepMounted = false,
  className,
}: {
  tabs: TabSpec[];
  selected: string;
  onSelect(id: string): void;
  label: string;
  /** Keep every panel mounted, hiding the others (an editor keeps its state and caret). */
  keepMounted?: boolean;
  className?: string;
}) {
  const base = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const current = tabs.find((t) => t.id === selected) ?? tabs[0];
  const move = (delta: number) => {
    const index = (tabs.indexOf(current) + delta + tabs.length) % tabs.length;
    onSelect(tabs[index].id);
    refs.current[tabs[index].id]?.focus();
  };
  return (
    <div className={className ? `tabs-block ${className}` : "tabs-block"}>
      <div
        role="tablist"
        aria-label={label}
        className="tabs"
        onKeyDown={(e) => {
          if (e.key === "ArrowRight") move(1);
          if (e.key === "ArrowLeft") move(-1);
        }}
      >
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={tab.id === current.id}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={tab.id === current.id ? 0 : -1}
            ref={(el) => {
              refs.current[tab.id] = el;
            }}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {(keepMounted ? tabs : [current]).map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          className="tab-panel"
          hidden={tab.id !== current.id}
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}
