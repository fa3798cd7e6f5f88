import { ShareLinkField } from "../../../share/view/ShareLinkField";
import { codeEdited } from "../../course-progress";
import type { Lesson } from "../../types";
import { capstoneLink } from "./capstone-link";
import { useLessonCode } from "./saved-code";

/** A share link of the learner's capstone app with a copy button; or, if it is still the starter, a way there. */
export function CapstoneShare({ capstone }: { capstone: Lesson }) {
  const code = useLessonCode()(capstone.id);
  const title = `${capstone.order}. ${capstone.title}`;
  if (code === null || !codeEdited(code, capstone.starter)) {
    return (
      <section className="capstone-share" aria-labelledby="capstone-share-heading" data-testid="capstone-share">
        <h2 id="capstone-share-heading">Share your capstone</h2>
        <p>
          You haven't changed the capstone's starter code yet, so there is no app of yours to share.{" "}
          <a href={`#lesson=${capstone.id}`}>Open {title}</a>
        </p>
      </section>
    );
  }
  const link = capstoneLink(code, capstone, location.href);
  return (
    <section className="capstone-share" aria-labelledby="capstone-share-heading" data-testid="capstone-share">
      <h2 id="capstone-share-heading">Share your capstone</h2>
      {!link.ok ? (
        <p className="notice warning">{link.message}</p>
      ) : (
        <>
          <p>
            This link opens your capstone app, as you last saved it, in anyone's browser, ready to run: the code travels in the link
            and nowhere else.
          </p>
          <ShareLinkField url={link.url} code={code} label="Share link of your capstone app" testId="capstone-link" />
        </>
      )}
    </section>
  );
}
