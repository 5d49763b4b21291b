import {menu} from "./menu.js";

// Loaded by every page's header (observablehq.config.ts), so it runs as soon as it loads.
menu(document);
