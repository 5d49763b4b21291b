import {describe, expect, it} from "vitest";
import {hostedBackend} from "../../../src/lib/cms/options.js";

describe("the CMS in a built site", () => {
  it("is off unless the publisher names a hosted backend, whose settings are checked", () => {
    expect(hostedBackend({})).toBeNull();
    expect(hostedBackend({WM_CMS_BACKEND: "gitlab", WM_CMS_REPO: "vru/maps", WM_CMS_APP_ID: "abc"})).toEqual({
      name: "gitlab",
      repo: "vru/maps",
      branch: "main",
      appId: "abc"
    });
    expect(() => hostedBackend({WM_CMS_BACKEND: "bitbucket", WM_CMS_REPO: "a/b"})).toThrow(/github or gitlab/);
    expect(() => hostedBackend({WM_CMS_BACKEND: "github"})).toThrow(/WM_CMS_REPO/);
    expect(() => hostedBackend({WM_CMS_BACKEND: "github", WM_CMS_REPO: "a/b", WM_CMS_AUTH_URL: "http://x"})).toThrow(
      /https/
    );
  });
});
