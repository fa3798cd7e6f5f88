import { useStore } from "../../store";
import type { Lesson } from "../types";

// One shared empty object: a fresh {} per render would make the store selector loop.
const NO_ANSWERS: Record<number, number> = {};

/** Quick interview-style questions, answered by pointing at what the learner just saw. */
export function Quiz({ lesson }: { lesson: Lesson }) {
  const answers = useStore((s) => s.lessonProgress[lesson.id]?.answers ?? NO_ANSWERS);
  const answerQuestion = useStore((s) => s.answerQuestion);
  return (
    <section className="quiz" aria-label="Questions">
      <h3>Quick questions</h3>
      {lesson.questions.map((question, q) => {
        const chosen = answers[q];
        return (
          <fieldset key={q} className="question" data-testid={`question-${q}`}>
            <legend>{question.question}</legend>
            {question.choices.map((choice, c) => (
              <label key={c} className="choice">
                <input type="radio" name={`${lesson.id}-q${q}`} checked={chosen === c} onChange={() => answerQuestion(lesson.id, q, c)} />{" "}
                {choice}
              </label>
            ))}
            {chosen !== undefined && (
              <p className={chosen === question.answer ? "notice ok" : "notice warning"} role="status">
                {chosen === question.answer ? "Right. " : "Not quite. "}
                {question.explanation}
              </p>
            )}
          </fieldset>
        );
      })}
    </section>
  );
}
