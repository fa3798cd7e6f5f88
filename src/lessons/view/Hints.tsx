import { marked } from "marked";
import { useStore } from "../../store";
import type { Lesson } from "../types";

/** Hints revealed one at a time, from a nudge to nearly the answer. */
export function Hints({ lesson }: { lesson: Lesson }) {
  const shown = useStore((s) => s.lessonProgress[lesson.id]?.hintsShown ?? 0);
  const revealHint = useStore((s) => s.revealHint);
  return (
    <section className="hints" aria-label="Hints">
      <ol data-testid="hints">
        {lesson.hints.slice(0, shown).map((hint, index) => (
          // Lesson content is part of this repository, not user input.
          <li key={index} dangerouslySetInnerHTML={{ __html: marked.parseInline(hint) as string }} />
        ))}
      </ol>
      {shown < lesson.hints.length && (
        <button type="button" onClick={() => revealHint(lesson.id)}>
          {shown === 0 ? "Show a hint" : `Show hint ${shown + 1} of ${lesson.hints.length}`}
        </button>
      )}
    </section>
  );
}
