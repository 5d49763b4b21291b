// The screenshots of docs/editors.md's step-by-step, taken from the CMS of a running npm run edit:
//   npm run edit, then: npx tsx scripts/dev/cms-screenshots.ts [http://127.0.0.1:3000] [docs/images]
// It only opens pages and forms, and saves nothing.
import {mkdirSync} from "node:fs";
import {join} from "node:path";
import {launch} from "../../src/lib/publish/browser.js";

const [site = "http://127.0.0.1:3000", out = join(import.meta.dirname, "..", "..", "docs", "images")] =
  process.argv.slice(2);
mkdirSync(out, {recursive: true});
const browser = await launch();
const page = await browser.newPage({viewport: {width: 1200, height: 800}});
const shot = async (name: string) => {
  await page.waitForTimeout(1500);
  await page.screenshot({path: join(out, `cms-${name}.png`)});
  console.log(`wrote ${join(out, `cms-${name}.png`)}`);
};
await page.goto(`${site}/admin/`);
await page.getByRole("button", {name: "Login"}).click();
await page.getByText("Collections").first().waitFor();
await shot("1-stories");
for (const [collection, name] of [
  ["stories", "2-new-story"],
  ["steps", "3-steps"],
  ["voices", "4-voices"]
]) {
  await page.goto("about:blank");
  await page.goto(`${site}/admin/#/collections/${collection}/new`);
  await page.getByRole("button", {name: "Publish"}).first().waitFor();
  // The story a steps or voices entry belongs to is picked by title: show the first one picked.
  if (collection !== "stories") {
    const story = page.locator('[id^="path-field-"]');
    await story.locator("option").nth(1).waitFor({state: "attached"});
    await story.selectOption({index: 1});
  }
  if (collection === "voices") await page.getByRole("button", {name: /^Add voices/}).click();
  if (collection === "stories") {
    await page.locator('[id^="wards-field-"]').fill("Heath");
    await page.locator('[class*="option"]').first().waitFor();
  }
  await shot(name);
}
await browser.close();
