// A route's search params, read by hand. A URL's values are few and simple (text, a number, a
// flag, one of a list), and these readers keep a schema library out of the first download, which
// every route's `validateSearch` is part of.
import { isIsoDay } from "../calendar-days.ts";

/** Reads one search param: its value, or `undefined` when absent or invalid (a hand-edited address falls back). */
export type SearchParam<T> = (value: unknown) => T | undefined;

type Shape = Record<string, SearchParam<unknown>>;

/** What a route's search holds once read: every param optional. */
export type SearchOf<S extends Shape> = { [K in keyof S]?: (S[K] extends SearchParam<infer T> ? T : never) | undefined };

/** A route's `validateSearch`: each param read by its reader, anything else in the address dropped. */
export function searchParams<const S extends Shape>(shape: S): (search: Record<string, unknown>) => SearchOf<S> {
  return (search) => {
    const read: Record<string, unknown> = {};
    for (const [key, param] of Object.entries(shape)) {
      const value = param(search[key]);
      if (value !== undefined) read[key] = value;
    }
    return read as SearchOf<S>;
  };
}

/**
 * Text, trimmed; a typed-in ?q=2026 arrives as a number and is text all the same. Longer than
 * `max` once trimmed falls back.
 */
export function text(max: number): SearchParam<string> {
  return (value) => {
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return undefined;
    const trimmed = String(value).trim();
    return trimmed.length <= max ? trimmed : undefined;
  };
}

/** Any string as it is (no trimming), e.g. a one-time token or an address to return to. */
export const anyText: SearchParam<string> = (value) => (typeof value === "string" ? value : undefined);

/** One of a fixed list (an enum's values, a list's sort keys). */
export function oneOf<const T extends string>(values: readonly T[]): SearchParam<T> {
  return (value) => (values.includes(value as T) ? (value as T) : undefined);
}

/** A whole number within bounds (inclusive). */
export function wholeNumber({ min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = {}): SearchParam<number> {
  return (value) =>
    Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max ? (value as number) : undefined;
}

/** One of a fixed set of numbers (a table's page sizes). */
export function oneOfNumbers(values: readonly number[]): SearchParam<number> {
  return (value) => (typeof value === "number" && values.includes(value) ? value : undefined);
}

/** true or false, as the router writes them (JSON in the address). */
export const flag: SearchParam<boolean> = (value) => (typeof value === "boolean" ? value : undefined);

// The same UUIDs the API's validators accept (RFC 9562: versions 1–8, the variant bits, nil and max).
const UUID =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/i;

/** A record's id. */
export const uuid: SearchParam<string> = (value) => (typeof value === "string" && UUID.test(value) ? value : undefined);

/** A calendar day, "YYYY-MM-DD". */
export const isoDay: SearchParam<string> = (value) => (typeof value === "string" && isIsoDay(value) ? value : undefined);
