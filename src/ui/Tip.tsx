import { Tooltip } from "radix-ui";
import type { ReactElement, ReactNode } from "react";

/**
 * A tooltip on Radix UI: shown on hover and on keyboard focus, hidden with
 * Esc, and announced as the trigger's description. The trigger must be a
 * focusable element (a button). Needs a <TipProvider> above it.
 */
export function Tip({ content, children }: { content: ReactNode; children: ReactElement }) {
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>{children}</Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="tooltip" sideOffset={4} collisionPadding={8}>
          {content}
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}

export function TipProvider({ children }: { children: ReactNode }) {
  return <Tooltip.Provider delayDuration={400}>{children}</Tooltip.Provider>;
}
