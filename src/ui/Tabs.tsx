import { Tabs as RadixTabs } from "radix-ui";
import type { ReactNode } from "react";

export interface TabSpec {
  id: string;
  label: ReactNode;
  content: ReactNode;
}

/**
 * Tabs on Radix UI (the WAI-ARIA tabs pattern: arrow keys, Home and End move
 * between tabs, each tab controls its panel). Controlled: the caller keeps
 * which tab is shown.
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
  const current = tabs.find((t) => t.id === selected) ?? tabs[0];
  return (
    <RadixTabs.Root value={current.id} onValueChange={onSelect} className={className ? `tabs-block ${className}` : "tabs-block"}>
      <RadixTabs.List aria-label={label} className="tabs">
        {tabs.map((tab) => (
          <RadixTabs.Trigger key={tab.id} value={tab.id} className="tab">
            {tab.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {tabs.map((tab) => (
        <RadixTabs.Content key={tab.id} value={tab.id} className="tab-panel" forceMount={keepMounted || undefined} hidden={tab.id !== current.id}>
          {tab.content}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  );
}
