// The CMS's story picker: the field of a story's steps, voices, activities and places that says
// which story they belong to. The editor chooses one of the stories the repository holds, by title,
// instead of typing its folder's name; the entry is then saved in that story's folder. The stories
// are asked of the CMS's backend when the field is shown, so a story saved a moment ago is listed.

/** An entry as the CMS's backend lists it: its file's path and its fields. */
export interface StoryHit {
  path: string;
  data?: Record<string, unknown> | null;
}

/** An option of the picker: the editor reads the label, the entry's path gets the value. */
export interface StoryOption {
  label: string;
  value: string;
}

/**
 * The stories among the entries of the stories' folder (which lists every YAML file of every
 * story): one option per <folder>/<slug>/story.yaml, "Title (slug)", in the order of the titles.
 */
export function storyOptions(hits: readonly StoryHit[], folder: string): StoryOption[] {
  const storyFile = new RegExp(`^${folder.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/([^/]+)/story\\.yaml$`);
  const options = hits.flatMap(({path, data}) => {
    const slug = storyFile.exec(path)?.[1];
    if (!slug) return [];
    const title = typeof data?.title === "string" && data.title.trim() ? data.title.trim() : slug;
    return [{label: `${title} (${slug})`, value: slug}];
  });
  return options.sort((a, b) => a.label.localeCompare(b.label, "en-GB"));
}

/** What Decap gives a widget's control (the parts the picker uses); `field` is an Immutable Map. */
interface ControlProps {
  forID: string;
  value?: string | null;
  field: {get(key: string): unknown};
  classNameWrapper: string;
  onChange(value: string): void;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  query(
    namespace: string,
    collection: string,
    searchFields: string[],
    term: string
  ): Promise<{payload?: {hits?: StoryHit[]}}>;
}

/** React as the CMS's bundle exposes it to extensions (window.createClass, window.h). */
export interface CmsReact {
  createClass(spec: Record<string, unknown>): unknown;
  h(type: string, props: Record<string, unknown> | null, ...children: unknown[]): unknown;
}

/**
 * The picker's control: a native select (keyboard and screen readers work as everywhere else),
 * filled from the collection named by the field's `collection`, under the field's `folder`. The
 * current value stays listed even when its story.yaml is gone, so opening an entry never changes it.
 */
export function storyPickerControl({createClass, h}: CmsReact): unknown {
  return createClass({
    getInitialState: () => ({options: null}),
    componentDidMount(this: {props: ControlProps; setState(state: object): void}) {
      const {field, forID, query} = this.props;
      query(forID, String(field.get("collection")), ["title"], "")
        .then((result) =>
          this.setState({options: storyOptions(result?.payload?.hits ?? [], String(field.get("folder")))})
        )
        .catch(() => this.setState({options: []}));
    },
    render(this: {props: ControlProps; state: {options: StoryOption[] | null}}) {
      const {forID, value, classNameWrapper, onChange, setActiveStyle, setInactiveStyle} = this.props;
      const options = this.state.options ?? [];
      const listed = !value || options.some((o) => o.value === value);
      const prompt =
        this.state.options === null
          ? "Finding the stories…"
          : options.length
            ? "Choose the story"
            : "No story yet: make one in Stories first";
      return h(
        "select",
        {
          id: forID,
          className: classNameWrapper,
          value: value ?? "",
          onChange: (event: {target: {value: string}}) => onChange(event.target.value),
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle
        },
        h("option", {value: ""}, prompt),
        ...(listed ? [] : [h("option", {key: value, value}, value)]),
        ...options.map((o) => h("option", {key: o.value, value: o.value}, o.label))
      );
    }
  });
}
