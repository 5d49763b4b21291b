/** An object whose properties are each computed on first read, then kept. */
export function lazyObject<T extends object>(parts: {[K in keyof T]: () => T[K]}): T {
  const out = {} as T;
  for (const key of Object.keys(parts) as (keyof T & string)[]) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = parts[key]();
        Object.defineProperty(out, key, {value, enumerable: true});
        return value;
      }
    });
  }
  return out;
}
