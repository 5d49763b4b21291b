// Takes a screenshot of a page of the built site: npx tsx scripts/dev/screenshot.ts <path> [out.png] [width]
import {launch, startSite} from "../../src/lib/publish/browser.js";

const [path = "", out = "/tmp/screenshot.png", width = "1200"] = process.argv.slice(2);
const site = await startSite();
const browser = await launch();
const page = await browser.newPage({viewport: {width: Number(width), height: 1400}});
page.on("console", (m) => console.log(`console.${m.type()}: ${m.text()}`));
page.on("pageerror", (e) => console.log(`page error: ${e.message}`));
await page.goto(`${site.url}${path}`);
await page.waitForTimeout(2500);
await page.screenshot({path: out, fullPage: true});
console.log(`wrote ${out}`);
await browser.close();
site.server.close();
