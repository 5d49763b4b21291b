const integerFormat = new Intl.NumberFormat("en-GB", {maximumFractionDigits: 0});

/** 1,719 */
export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

// One formatter per count of decimals: making one costs far more than formatting a number with it.
const decimalFormats = new Map<number, Intl.NumberFormat>();
const decimalFormat = (digits: number) => {
  const made = decimalFormats.get(digits);
  if (made) return made;
  const format = new Intl.NumberFormat("en-GB", {minimumFractionDigits: digits, maximumFractionDigits: digits});
  decimalFormats.set(digits, format);
  return format;
};

/** A number with a fixed count of decimals, e.g. 12.3 */
export function formatDecimal(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? "–" : decimalFormat(digits).format(value);
}

/** A share (0–1) as a whole percentage, e.g. 0.237 → "24%". */
export function formatShare(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : `${Math.round(value * 100)}%`;
}

/** Small counts as words, as style guides ask ("three of the eight"); larger ones as digits. */
export function countWord(n: number): string {
  const words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  return n >= 0 && n <= 10 && Number.isInteger(n) ? words[n] : formatInteger(n);
}

/** An ISO date (YYYY-MM-DD) as "21 November 2026". */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", {day: "numeric", month: "long", year: "numeric", timeZone: "UTC"}).format(
    new Date(`${iso}T00:00:00Z`)
  );
}
