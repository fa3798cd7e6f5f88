/**
 * Turn a werkzeug URL rule ("/api/user/<int:user_id>") into a path the rule
 * matches ("/api/user/1"), and pick the method to try it with, so the request
 * builder can offer a working example for each route of the learner's app.
 */

/** Safe and common first: a click on a route never fills in DELETE when it also answers GET. */
const METHOD_PREFERENCE = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** The method a click on a route fills in: GET when allowed, then POST, PUT, PATCH, DELETE, then any other. */
export function methodToTry(methods: readonly string[]): string {
  const shown = methods.filter((m) => m !== "HEAD" && m !== "OPTIONS");
  return METHOD_PREFERENCE.find((m) => shown.includes(m)) ?? shown[0] ?? "GET";
}

/** A route's methods in the order the list shows them (the same preference). */
export function sortedMethods(methods: readonly string[]): string[] {
  const rank = (m: string) => (METHOD_PREFERENCE.includes(m) ? METHOD_PREFERENCE.indexOf(m) : METHOD_PREFERENCE.length);
  return methods.filter((m) => m !== "HEAD" && m !== "OPTIONS").sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** One `<converter(arguments):name>` in a rule, with werkzeug's own syntax. */
const VARIABLE = /<(?:([a-zA-Z_][a-zA-Z0-9_]*)(?:\((.*?)\))?:)?([a-zA-Z_][a-zA-Z0-9_]*)>/g;

/** A well-known example UUID (werkzeug's uuid converter accepts any hex 8-4-4-4-12). */
export const EXAMPLE_UUID = "123e4567-e89b-12d3-a456-426614174000";

interface Arguments {
  positional: string[];
  keyword: Map<string, string>;
}

/** Split converter arguments like werkzeug's parse_converter_args: `a, 'b', min=1`. Quotes are removed. */
function parseArguments(text: string | undefined): Arguments {
  const result: Arguments = { positional: [], keyword: new Map() };
  if (!text) return result;
  const parts = text.match(/(?:[^,'"]+|'[^']*'|"[^"]*")+/g) ?? [];
  for (const part of parts) {
    const keyword = /^\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=(.*)$/s.exec(part);
    const raw = (keyword ? keyword[2] : part).trim().replace(/^(['"])(.*)\1$/s, "$2");
    if (keyword) result.keyword.set(keyword[1], raw);
    else if (raw !== "") result.positional.push(raw);
  }
  return result;
}

/** A numeric argument by keyword or position, or null when absent or not a number. */
function numberArg(args: Arguments, name: string, position: number): number | null {
  const raw = args.keyword.get(name) ?? args.positional[position];
  if (raw === undefined || raw === "None") return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

function clamp(value: number, min: number | null, max: number | null): number {
  const low = min === null ? value : Math.max(value, min);
  return max === null ? low : Math.min(low, max);
}

/** An example value for one variable that the converter accepts. */
function exampleValue(converter: string, args: Arguments, name: string): string {
  switch (converter) {
    case "int": {
      // IntegerConverter(fixed_digits=0, min=None, max=None, signed=False)
      const value = Math.trunc(clamp(1, numberArg(args, "min", 1), numberArg(args, "max", 2)));
      const digits = numberArg(args, "fixed_digits", 0) ?? 0;
      return value < 0 ? `-${String(-value).padStart(digits, "0")}` : String(value).padStart(digits, "0");
    }
    case "float": {
      // FloatConverter(min=None, max=None, signed=False); the value must contain a "."
      const value = clamp(1.5, numberArg(args, "min", 0), numberArg(args, "max", 1));
      return Number.isInteger(value) ? value.toFixed(1) : String(value);
    }
    case "uuid":
      return EXAMPLE_UUID;
    case "path":
      return "some/path";
    case "any":
      return encodeURIComponent(args.positional[0] ?? name);
    default: {
      // UnicodeConverter(minlength=1, maxlength=None, length=None), and custom converters
      let value = name;
      const length = converter === "string" || converter === "default" ? numberArg(args, "length", 2) : null;
      const minLength = converter === "string" || converter === "default" ? numberArg(args, "minlength", 0) : null;
      const maxLength = converter === "string" || converter === "default" ? numberArg(args, "maxlength", 1) : null;
      const target = length ?? (minLength !== null && value.length < minLength ? minLength : null);
      if (target !== null) value = value.padEnd(target, "x").slice(0, target);
      if (maxLength !== null && value.length > maxLength) value = value.slice(0, maxLength);
      return encodeURIComponent(value);
    }
  }
}

/**
 * A path matching a werkzeug rule, with each variable filled in by an example
 * its converter accepts: `<int:id>` → 1, `<float:x>` → 1.5,
 * `<uuid:u>` → 123e4567-e89b-12d3-a456-426614174000, `<path:p>` → some/path,
 * `<any(a, b):x>` → a (the first choice), and `<name>`, `<string:name>` or an
 * unknown converter → the variable's name. Converter arguments are honoured:
 * `int(min=5)` gives 5, `int(fixed_digits=4)` 0001, `string(length=2)` a
 * two-character value.
 */
export function pathForRule(rule: string): string {
  return rule.replace(VARIABLE, (_match, converter: string | undefined, args: string | undefined, name: string) =>
    exampleValue(converter ?? "default", parseArguments(args), name),
  );
}
