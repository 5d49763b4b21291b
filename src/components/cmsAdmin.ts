// The admin page's own script, run before decap-cms.js: it tells Decap not to start by itself, then,
// once decap-cms.js has run, registers how each story file is read and written (cmsFormats.ts) and
// the story picker (cmsStoryPicker.ts), and only then starts it. Decap starting itself could draw an
// entry's form before a later script registered the picker (it did, on a busy machine: the form then
// had no Story field).
import {stepsFromFile, stepsToFile, yamlFromFile, yamlToFile, type EntryData} from "./cmsFormats.js";
import {storyPickerControl, type CmsReact} from "./cmsStoryPicker.js";

interface Format {
  name: string;
  extension: string;
  comment: string | null;
}

interface Decap {
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: {fromFile(text: string): EntryData; toFile(data: EntryData): string}
  ): void;
  registerWidget(name: string, control: unknown): void;
  init(): void;
}

/** Written into the bundle by src/lib/cms/admin.ts, from config.ts's cmsFormats(). */
declare const WM_CMS_FORMATS: Format[];
/** Written into the bundle by src/lib/cms/admin.ts: the picker's widget name, config.ts's STORY_PICKER. */
declare const WM_CMS_STORY_PICKER: string;

const page = window as unknown as {CMS: Decap; CMS_MANUAL_INIT: boolean} & CmsReact;
page.CMS_MANUAL_INIT = true;
// After every script of the page has run, decap-cms.js included.
document.addEventListener("DOMContentLoaded", () => {
  const CMS = page.CMS;
  for (const {name, extension, comment} of WM_CMS_FORMATS) {
    CMS.registerCustomFormat(
      name,
      extension,
      extension === "md"
        ? {fromFile: stepsFromFile, toFile: stepsToFile}
        : {fromFile: yamlFromFile, toFile: (data) => yamlToFile(data, comment)}
    );
  }
  CMS.registerWidget(WM_CMS_STORY_PICKER, storyPickerControl(page));
  CMS.init();
});
