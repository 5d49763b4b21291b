// The admin page's own script, run after decap-cms.js: registers how each story file is read and
// written (formats.ts) and the story picker (cmsStoryPicker.ts) before Decap loads the configuration
// and the first entries.
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
}

/** Written into the bundle by src/lib/cms/admin.ts, from config.ts's cmsFormats(). */
declare const WM_CMS_FORMATS: Format[];
/** Written into the bundle by src/lib/cms/admin.ts: the picker's widget name, config.ts's STORY_PICKER. */
declare const WM_CMS_STORY_PICKER: string;

const CMS = (window as unknown as {CMS: Decap}).CMS;
for (const {name, extension, comment} of WM_CMS_FORMATS) {
  CMS.registerCustomFormat(
    name,
    extension,
    extension === "md"
      ? {fromFile: stepsFromFile, toFile: stepsToFile}
      : {fromFile: yamlFromFile, toFile: (data) => yamlToFile(data, comment)}
  );
}
CMS.registerWidget(WM_CMS_STORY_PICKER, storyPickerControl(window as unknown as CmsReact));
