/**
 * Move focus out of a widget that uses Tab itself (the code editor) to the
 * next or previous control in the page's tab order, as Tab would have.
 */

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

function visible(element: HTMLElement): boolean {
  // checkVisibility also sees what a closed <details> or content-visibility hides.
  if (typeof element.checkVisibility === "function") return element.checkVisibility({ visibilityProperty: true });
  return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden";
}

/** Focus the first tabbable element after `widget` (direction 1) or before it (-1), in document order; false if none. */
export function focusNextAfter(widget: Element, direction: 1 | -1): boolean {
  const all = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) => !widget.contains(element) && element.tabIndex >= 0 && visible(element),
  );
  const after = all.filter((element) => {
    const position = widget.compareDocumentPosition(element);
    return direction === 1 ? position & Node.DOCUMENT_POSITION_FOLLOWING : position & Node.DOCUMENT_POSITION_PRECEDING;
  });
  // The first candidate that really takes focus (one inside an inert or closed part does not).
  for (const target of direction === 1 ? after : after.reverse()) {
    target.focus();
    if (document.activeElement === target) return true;
  }
  return false;
}
