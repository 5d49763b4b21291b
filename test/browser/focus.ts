// Visible focus on every control (WCAG 2.4.7), checked inside the browser tests' page visits.
import type {Page} from "playwright-core";

/**
 * Each tab stop of the page that shows no focus ring when focused from the keyboard (after a key
 * press, so :focus-visible applies), as the start of its markup.
 */
export async function controlsWithoutFocusRing(page: Page): Promise<string[]> {
  await page.keyboard.press("Tab");
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, summary, [tabindex]")]
      .filter((control) => control.tabIndex >= 0 && !control.matches(":disabled") && control.checkVisibility())
      .filter((control) => {
        control.focus({preventScroll: true});
        const {outlineStyle, boxShadow} = getComputedStyle(control);
        return !control.matches(":focus-visible") || (outlineStyle === "none" && boxShadow === "none");
      })
      .map((control) => control.outerHTML.slice(0, 120))
  );
}
