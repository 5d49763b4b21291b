// globalSetup of the CMS tests: the CMS's packages live in cms/ and are installed on first use
// (src/lib/cms/install.ts); here, before any test, with no time limit.
import {ensureCmsInstalled} from "../../src/lib/cms/install.js";

export default function setup() {
  ensureCmsInstalled((message) => console.log(`[cms tests] ${message}`));
}
