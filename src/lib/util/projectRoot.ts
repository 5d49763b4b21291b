import {fileURLToPath} from "node:url";

/** The project root (content/, config/, src/): three levels up from src/lib/util. */
export const PROJECT_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
