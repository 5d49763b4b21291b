/**
 * The view a page's address carries, so that a shared link opens what the sender saw: the selected
 * area (`?area=<code>`, the data-key of a map's mark: tips.ts) and a map's zoom (`?zoom=k,x,y`:
 * zoom.ts); a story's step is the address's fragment (scrolly.ts). Each change replaces the current
 * history entry (history.replaceState), so the Back button still leaves the page.
 */

/** A parameter of the page's address, or null. */
export function readViewParam(name: string): string | null {
  return new URLSearchParams(location.search).get(name);
}

/** Sets (or, with null, removes) a parameter of the page's address, without a new history entry. */
export function writeViewParam(name: string, value: string | null): void {
  const url = new URL(location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  // Commas may stay as they are in a query, and "zoom=2,0.4,0.6" reads better than "2%2C0.4%2C0.6".
  url.search = url.searchParams.toString().replace(/%2C/gi, ",");
  if (url.href !== location.href) history.replaceState(history.state, "", url);
}

/**
 * `writeViewParam` at most once per `wait` ms, with the last value: dragging a map changes its view
 * on every pointer move, and browsers throttle a page that replaces its address too often.
 */
export function debouncedViewParam(name: string, wait = 250): (value: string | null) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (value) => {
    clearTimeout(timer);
    timer = setTimeout(() => writeViewParam(name, value), wait);
  };
}
