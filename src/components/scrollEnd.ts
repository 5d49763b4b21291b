/**
 * Calls `done` once the scroll that has just been started (by scrollIntoView, a fragment link or
 * the browser's Back button) has ended, or on the second frame if nothing scrolled. Browsers
 * without the `scrollend` event end it after a quiet spell of `quietMs` without scroll events.
 * Returns a function that ends the wait early (and calls `done`).
 */
export function afterScroll(done: () => void, quietMs = 150): () => void {
  let scrolled = false;
  let ended = false;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const supported = "onscrollend" in window;
  const onScroll = () => {
    scrolled = true;
    if (supported) return;
    clearTimeout(quiet);
    quiet = setTimeout(finish, quietMs);
  };
  function finish(): void {
    if (ended) return;
    ended = true;
    clearTimeout(quiet);
    removeEventListener("scroll", onScroll);
    removeEventListener("scrollend", finish);
    done();
  }
  addEventListener("scroll", onScroll, {passive: true});
  if (supported) addEventListener("scrollend", finish);
  // A scroll that starts is reported (a scroll event) before the second frame's callbacks run.
  requestAnimationFrame(() => requestAnimationFrame(() => scrolled || finish()));
  return finish;
}
