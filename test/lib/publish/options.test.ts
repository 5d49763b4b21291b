import {describe, expect, it} from "vitest";
import {publishOptions} from "../../../src/lib/publish/options.js";

describe("publishOptions", () => {
  it("serves at the domain root by default", () => {
    expect(publishOptions({})).toEqual({base: "/", siteUrl: null});
  });

  it("takes the base path from WM_SITE_URL, which wins over WM_BASE_PATH", () => {
    expect(publishOptions({WM_SITE_URL: "https://user.github.io/story-maps", WM_BASE_PATH: "/other/"})).toEqual({
      base: "/story-maps/",
      siteUrl: "https://user.github.io/story-maps/"
    });
  });

  it("adds the trailing slash to WM_BASE_PATH", () => {
    expect(publishOptions({WM_BASE_PATH: "/story-maps"}).base).toBe("/story-maps/");
  });

  it("says how to fix a bad value", () => {
    expect(() => publishOptions({WM_BASE_PATH: "story-maps/"})).toThrow(
      'WM_BASE_PATH: the base path "story-maps/" must start with "/" — for example /story-maps/'
    );
    expect(() => publishOptions({WM_SITE_URL: "example.org"})).toThrow(/is not an absolute URL — set it like https:/);
    expect(() => publishOptions({WM_SITE_URL: "ftp://example.org/"})).toThrow(/must start with https:/);
  });
});
