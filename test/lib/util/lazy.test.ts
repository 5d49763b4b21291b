import {describe, expect, it, vi} from "vitest";
import {lazyObject} from "../../../src/lib/util/lazy.js";

describe("lazyObject", () => {
  it("computes each property on first read only", () => {
    const a = vi.fn(() => [1]);
    const b = vi.fn(() => "b");
    const object = lazyObject<{a: number[]; b: string}>({a, b});
    expect(a).not.toHaveBeenCalled();
    expect(object.a).toBe(object.a);
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).not.toHaveBeenCalled();
    expect(Object.keys(object)).toEqual(["a", "b"]);
  });

  it("does not keep a failure: the next read tries again", () => {
    let fail = true;
    const object = lazyObject<{a: number}>({
      a: () => {
        if (fail) throw new Error("not yet");
        return 1;
      }
    });
    expect(() => object.a).toThrow("not yet");
    fail = false;
    expect(object.a).toBe(1);
  });
});
