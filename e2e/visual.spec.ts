/**
 * Visual regression: the key screens at a phone, a tablet and a desktop size,
 * light and dark, compared with the baselines in visual.spec.ts-snapshots/.
 * Each test sets its screen up once, then shows it at every size and scheme.
 * What changes between runs (timings, timestamps, the share link) is masked
 * and held to a fixed width (visual.css), so it cannot move what follows.
 *
 * The tolerance lets Monaco's and the fonts' anti-aliasing differ, but not a
 * layout break. Two runs here differ by 0 pixels (at the default per-pixel
 * colour threshold); hiding the header changes 4-9% of the pixels, a pane 24 px
 * wider 2-5%, a status line that wraps otherwise 2-6%.
 * Comparisons are soft: one run shows every screen that changed.
 *
 * After a deliberate UI change, build, then:
 *   npx playwright test e2e/visual.spec.ts --update-snapshots
 * and look at the new images (a failed run leaves actual, expected and diff in test-results/).
 */
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import * as screens from "./screens";
import { SCHEMES, SIZES, showAt, type WorkspaceTab } from "./screens";

/** Share of pixels that may differ: anti-aliasing, not layout. */
const MAX_DIFF_PIXEL_RATIO = 0.01;

const STYLE = fileURLToPath(new URL("./visual.css", import.meta.url));

/** Compare the screen at every size and scheme; `before` runs after each resize (e.g. to scroll something into view). */
async function compareEverywhere(
  page: Page,
  name: string,
  { tab, before }: { tab?: WorkspaceTab; before?: () => Promise<void> } = {},
): Promise<void> {
  for (const size of SIZES) {
    for (const scheme of SCHEMES) {
      await showAt(page, size, scheme, tab);
      await before?.();
      await expect
        .soft(page, `${name} at ${size.width}x${size.height}, ${scheme}`)
        .toHaveScreenshot(`${name}-${size.width}x${size.height}-${scheme}.png`, {
          maxDiffPixelRatio: MAX_DIFF_PIXEL_RATIO,
          animations: "disabled",
          caret: "hide",
          mask: screens.changing(page),
          stylePath: STYLE,
        });
    }
  }
}

test.describe("visual", () => {
  // Six sizes and schemes a test, each compared until two shots agree.
  test.describe.configure({ timeout: 180_000 });

  test("first visit", async ({ playground }) => {
    await screens.firstVisit(playground);
    await compareEverywhere(playground.page, "first-visit", { tab: "Code" });
  });

  for (const [title, name, exchange] of [
    ["a JSON response with headers", "response", screens.sendJson],
    ["a redirect chain", "redirect-chain", screens.followRedirect],
    ["a streamed response", "stream", screens.streamChunks],
  ] as const) {
    test(title, async ({ playground }) => {
      await screens.firstVisit(playground);
      await exchange(playground);
      await compareEverywhere(playground.page, name, { tab: "Response" });
    });
  }

  test("a lesson with failing checks", async ({ playground }) => {
    const { page } = playground;
    await screens.failingLesson(playground);
    await compareEverywhere(page, "lesson-failing", {
      tab: "Lesson",
      // The checks, wherever the layout put them.
      before: () => screens.scrollIntoPane(page.getByRole("region", { name: "Checks" })),
    });
  });

  test("the Share dialog", async ({ playground }) => {
    await screens.firstVisit(playground);
    const dialog = await screens.openShare(playground.page);
    await compareEverywhere(playground.page, "share-dialog", {
      before: async () => {
        await expect(dialog).toBeVisible();
      },
    });
  });
});
