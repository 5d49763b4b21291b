// The Decap CMS configuration (admin/config.yml): one collection per kind of file in a story folder,
// its fields made from the zod schemas npm run check uses (fields.ts), wards and LSOAs chosen by
// name (choices.ts), and steps.md edited as a list of steps (src/components/cmsFormats.ts reads and writes it).
import {z} from "zod";
import {heading} from "../check/scaffold.js";
import {JSON_SCHEMAS, schemaComment, type ContentFileKind} from "../check/jsonSchemas.js";
import {STEP_STATES} from "../content/steps.js";
import type {Choice, CmsChoices} from "./choices.js";
import {cmsFields, type CmsField, type FieldOverride, type JsonSchema} from "./fields.js";

/** Where the stories are, relative to the repository's root (the CMS reads and writes only there). */
export const STORIES_FOLDER = "content/stories";

/** Where the CMS saves: the local backend (npm run edit), or a hosted repository. */
export type CmsBackend =
  | {name: "local"; url: string}
  | {
      name: "github" | "gitlab";
      repo: string;
      branch: string;
      /** The OAuth server editors sign in through (GitHub), when not Netlify's. */
      baseUrl?: string;
      /** GitLab: the OAuth application's id, for sign-in in the browser (PKCE) with no server. */
      appId?: string;
      /** A self-managed GitLab or GitHub Enterprise API address. */
      apiRoot?: string;
    };

/**
 * How the CMS reads and writes each file (src/components/cmsAdmin.ts registers them): the YAML files keep
 * the line naming their JSON Schema, and steps.md is a list of steps.
 */
export const CMS_FORMATS = {
  story: {extension: "yaml", kind: "story"},
  voices: {extension: "yaml", kind: "voices"},
  activities: {extension: "yaml", kind: "activities"},
  places: {extension: "yaml", kind: "places"},
  chart: {extension: "yaml", kind: "chart"},
  steps: {extension: "md", kind: null}
} as const satisfies Record<string, {extension: string; kind: ContentFileKind | null}>;

export type CmsFormatName = keyof typeof CMS_FORMATS;
/** A format as the browser registers it: `wm-<name>`, its extension and the YAML's first line. */
export interface CmsFormat {
  name: string;
  extension: string;
  /** The yaml-language-server line of a YAML file; null for Markdown. */
  comment: string | null;
}

/** The custom formats, for the admin page's script. A chart's spec is one folder deeper. */
export function cmsFormats(): CmsFormat[] {
  return Object.entries(CMS_FORMATS).map(([name, {extension, kind}]) => ({
    name: `wm-${name}`,
    extension,
    comment: kind && schemaComment(kind, `${STORIES_FOLDER}/slug${kind === "chart" ? "/charts" : ""}`)
  }));
}

const jsonSchema = (kind: ContentFileKind) =>
  z.toJSONSchema(JSON_SCHEMAS[kind].schema, {io: "input", target: "draft-07"}) as JsonSchema;

/** A select of names instead of the schema's typed text or list of codes (a list's item field goes). */
const select =
  (options: (Choice | string)[], multiple: boolean, hint: string): FieldOverride =>
  ({name, label, required}) => ({name, label, required, widget: "select", options, multiple, hint});

/** The place a new story's default headings name until the editor writes its own. */
const TEMPLATE_PLACE = {name: "the place", borough: "The borough"};

/** A "## Heading / shows: … / text" section: what the steps list holds, and the figure each shows. */
const STEP_FIELDS: CmsField[] = [
  {name: "heading", label: "Heading", widget: "string", required: true, hint: "The section's title, as readers see it"},
  {
    name: "shows",
    label: "Figure beside this section",
    widget: "select",
    required: true,
    options: STEP_STATES.map(({state, label}) => ({label: `${label} (${state})`, value: state})),
    hint:
      "Each figure once, in this list's order. Where, who lives here and sources are needed; remove the others " +
      "you have nothing to say in. A voices or activities step needs the story's entry in Voices or Activities"
  },
  {
    name: "body",
    label: "Text",
    widget: "markdown",
    required: true,
    buttons: ["bold", "italic", "link", "bulleted-list", "numbered-list", "quote"],
    editor_components: ["image"],
    // The check refuses a picture without alt text (![](images/…)); so does the CMS.
    pattern: ["^(?![\\s\\S]*!\\[\\s*\\]\\()[\\s\\S]*$", "every picture needs alt text: describe what it shows"],
    hint: 'A few sentences. Pictures go in the story\'s images folder; a local chart is a line "chart: <name>"'
  }
];

/** The widget (src/components/cmsStoryPicker.ts) that picks, by title, the story a file belongs to. */
export const STORY_PICKER = "wm-story";

/**
 * Where an entry is saved: its story's folder. A new story names its folder (its web address); the
 * story's other files are saved in the folder of a story chosen from those that exist, never a typed
 * name, so no file can be saved where the check would find no story.yaml.
 */
function storyFolder(file: string) {
  if (file === "story") return {widget: "string", label: "The story's web address", index_file: file};
  return {
    widget: STORY_PICKER,
    label: "Story",
    hint: "The story this belongs to. A new story is made in Stories first.",
    collection: "stories",
    folder: STORIES_FOLDER,
    index_file: file
  };
}

/**
 * A collection of one kind of file, one per story folder (content/stories/<story>/<file>). It is
 * nested: an entry's path is its story's folder (storyFolder), and the file's name is fixed.
 */
function storyFiles(
  name: string,
  [label, singular]: [string, string],
  file: string,
  format: CmsFormatName,
  fields: CmsField[]
) {
  return {
    name,
    label,
    label_singular: singular,
    folder: STORIES_FOLDER,
    nested: {depth: file.split("/").length + 1},
    meta: {path: storyFolder(file)},
    extension: CMS_FORMATS[format].extension,
    format: `wm-${format}`,
    create: true,
    summary: "{{dirname}}",
    // Every collection lists the same folders: each keeps its own kind of file (src/components/cmsFormats.ts).
    filter: {field: "_kind", value: format},
    fields
  };
}

/** The fields of a YAML file's top-level object, with the story field first when it is not story.yaml. */
const fieldsOf = (kind: ContentFileKind, overrides: Record<string, FieldOverride> = {}) =>
  cmsFields(jsonSchema(kind), "", overrides);

/** The backend part of the configuration. */
function backendConfig(backend: CmsBackend) {
  if (backend.name === "local") return {backend: {name: "proxy", proxy_url: backend.url, branch: "main"}};
  return {
    backend: {
      name: backend.name,
      repo: backend.repo,
      branch: backend.branch,
      ...(backend.baseUrl && {base_url: backend.baseUrl}),
      ...(backend.appId && {app_id: backend.appId, auth_type: "pkce"}),
      ...(backend.apiRoot && {api_root: backend.apiRoot}),
      squash_merges: true
    },
    // Every change is a pull (merge) request: draft, in review, ready; CI checks and builds it.
    publish_mode: "editorial_workflow"
  };
}

/**
 * The whole configuration. Everything the check refuses that a widget can express is refused
 * here too: required fields, the boroughs, dates, consent recorded as given with its date, ward and
 * LSOA codes (picked by name), link and language forms, pictures without alt text.
 */
export function cmsConfig(backend: CmsBackend, choices: CmsChoices) {
  const wardNames = select(choices.wardNames, false, "Optional: the ward it was said in, never a smaller place");
  return {
    ...backendConfig(backend),
    // Pictures are uploaded into each story's images/ folder (the steps collection's own setting).
    media_folder: `${STORIES_FOLDER}/images`,
    public_folder: "images",
    site_url: "/",
    display_url: "/",
    logo_url: undefined,
    slug: {encoding: "ascii", clean_accents: true, sanitize_replacement: "-"},
    collections: [
      {
        ...storyFiles(
          "stories",
          ["Stories", "Story"],
          "story",
          "story",
          fieldsOf("story", {
            "area.wards": select(choices.wards, true, "Whole wards (May 2025) in the story's area: type a name"),
            "area.lsoas": select(choices.lsoas, true, "Or parts of wards: type the neighbourhood's or ward's name"),
            "area.explanation": (f) => ({...f, widget: "text"})
          })
        ),
        summary: "{{title}} ({{borough}}, {{status}})",
        description: "Each story's title, borough, status and area. Create a story here first, then its steps."
      },
      {
        ...storyFiles("steps", ["Steps", "Step"], "steps", "steps", [
          {
            name: "steps",
            label: "Steps",
            label_singular: "step",
            widget: "list",
            required: true,
            summary: "{{fields.heading}} ({{fields.shows}})",
            collapsed: false,
            fields: STEP_FIELDS,
            // A new story's steps start as the template's sections, as npm run new-story writes them.
            default: STEP_STATES.map(({state}) => ({heading: heading(state, TEMPLATE_PLACE), shows: state, body: ""}))
          }
        ]),
        // Pictures go into the story's images/ folder, written images/<file> in the text.
        media_folder: "images",
        public_folder: "images"
      },
      {
        ...storyFiles(
          "voices",
          ["Voices", "Voice"],
          "voices",
          "voices",
          fieldsOf("voices", {
            "voices.*.text": (f) => ({...f, widget: "text"}),
            "voices.*.consent": (f) => ({
              ...f,
              hint: "Only a voice whose consent is recorded as given can be saved. To withdraw it, delete the voice."
            }),
            "voices.*.location": wardNames
          })
        ),
        description: "Residents' words, for a story whose steps include a voices step; other stories need none."
      },
      {
        ...storyFiles(
          "activities",
          ["Activities", "Activity"],
          "activities",
          "activities",
          fieldsOf("activities", {
            note: (f) => ({...f, widget: "text"}),
            "activities.*.description": (f) => ({...f, widget: "text"})
          })
        ),
        description:
          "What is happening here, for a story whose steps include an activities step; other stories need none."
      },
      storyFiles(
        "places",
        ["Places", "Place"],
        "places",
        "places",
        fieldsOf("places", {
          "places.*.lsoas": select(choices.lsoas, true, "Or the LSOAs the place covers, all in the story's area")
        })
      ),
      // A chart's numbers are a CSV file beside its spec, which the CMS cannot write: it edits the
      // words of the charts a story has (docs/editors.md says how to add one).
      {
        ...storyFiles("charts", ["Local charts", "Local chart"], "charts", "chart", fieldsOf("chart")),
        nested: undefined,
        meta: undefined,
        path: "{{slug}}/charts/{{slug}}",
        create: false
      }
    ]
  };
}

export type CmsConfig = ReturnType<typeof cmsConfig>;
