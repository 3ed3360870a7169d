import superjson, { type SuperJSONResult } from "superjson";

/** path → superjson type, the form of `meta.values` */
type Annotations = Record<string, ["Date" | "undefined"]>;

/**
 * superjson's wire form for every answer, made in one pass. superjson itself copies the whole
 * answer and tracks every object's identity (190 µs for a 15 kB page of cohorts, most of a
 * request's own work). Answers are plain data: objects, arrays, strings, numbers, booleans, null,
 * undefined and Dates. For those this only records where the Dates and undefineds are, exactly
 * as superjson's `meta.values` does, and leaves the values in place: JSON.stringify writes a Date
 * as superjson would (its ISO string). Anything else (a Map, a BigInt, NaN, a class instance)
 * goes to superjson whole. The one difference: an object that appears twice arrives as two equal
 * copies, not as one shared object (nothing in the dashboard compares answers by identity).
 */
export function serializeAnswer(value: unknown): SuperJSONResult {
  if (value === null || typeof value !== "object" || value instanceof Date) return superjson.serialize(value);
  const values: Annotations = {};
  if (!annotate(value, [], values)) return superjson.serialize(value);
  for (const _ in values) return { json: value as SuperJSONResult["json"], meta: { values, v: 1 } };
  return { json: value as SuperJSONResult["json"] };
}

/** Records the Dates and undefineds under `path`; false when the value is beyond plain data. */
function annotate(value: unknown, path: string[], values: Annotations): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      // superjson annotates NaN, the infinities and -0, which JSON cannot hold
      return Number.isFinite(value) && !Object.is(value, -0);
    case "undefined":
      values[path.join(".")] = ["undefined"];
      return true;
    case "object":
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return false;
    values[path.join(".")] = ["Date"];
    return true;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return false;
      path.push(String(i));
      const plain = annotate(value[i], path, values);
      path.pop();
      if (!plain) return false;
    }
    return true;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key in value) {
    // superjson refuses these keys (prototype pollution); let it say so
    if (key === "__proto__" || key === "constructor" || key === "prototype") return false;
    path.push(key.includes(".") || key.includes("\\") ? key.replace(/\\/g, "\\\\").replace(/\./g, "\\.") : key);
    const plain = annotate((value as Record<string, unknown>)[key], path, values);
    path.pop();
    if (!plain) return false;
  }
  return true;
}
