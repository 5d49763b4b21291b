import {menu} from "./menu.js";

// Imported by every page's script (src/lib/render/page.ts, storyPage.ts, storyIndex.ts,
// notFound.ts, src/editors.md), so it runs as soon as it loads.
menu(document);
