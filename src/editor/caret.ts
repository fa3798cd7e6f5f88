/** The caret and selection as offsets into the code, and whether the editor had focus. */
export interface Caret {
  start: number;
  end: number;
  focused: boolean;
}

export const newCaret = (): Caret => ({ start: 0, end: 0, focused: false });
