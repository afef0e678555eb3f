import { LIMITS } from './limits';
import { quote } from './describe-value';
import { formatSize, formatSizeOver } from './format-size';
import type { Problem } from './types';

export type JsonTextOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: Problem };

/**
 * JSON text → value, or one root problem: the text is too long (checked
 * before parsing, so a huge file costs nothing), or it is not JSON (with the
 * line and column of the first mistake). A leading byte-order mark is
 * ignored, as editors on some systems write one. Never throws.
 */
export function parseJsonText(text: string): JsonTextOutcome {
  if (text.length > LIMITS.maxTextLength) {
    const got = `${formatSizeOver(text.length, LIMITS.maxTextLength)} (${text.length} characters)`;
    const limit = `${formatSize(LIMITS.maxTextLength)} (${LIMITS.maxTextLength} characters)`;
    return fail(`expected JSON text of at most ${limit}, got ${got}`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    // Engines word (and sometimes omit) the position differently, so the
    // mistake is located by our own scan, which only runs on failure.
    const located = locateJsonError(body);
    if (located === null) return fail(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
    const { line, column } = lineAndColumn(body, located.offset);
    return fail(`invalid JSON at line ${line}, column ${column}: ${located.message}`);
  }
}

function fail(message: string): JsonTextOutcome {
  return { ok: false, problem: { path: '', message } };
}

/** 1-based line and column of an offset into the text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** A JSON syntax error: where it is and what was expected there. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly message: string;
}

/**
 * Where the first syntax error of a JSON text is (RFC 8259), or null when the
 * text is valid. Iterative, so deep nesting cannot overflow the stack.
 */
export function locateJsonError(text: string): JsonSyntaxError | null {
  const stack: string[] = [];
  let i = 0;
  let state: 'value' | 'key' | 'after' = 'value';
  // Scans a token starting at i: moves i past it, or gives the error in it.
  const scan = (scanner: (text: string, at: number) => number | JsonSyntaxError): JsonSyntaxError | null => {
    const end = scanner(text, i);
    if (typeof end !== 'number') return end;
    i = end;
    return null;
  };

  for (;;) {
    i = skipWhitespace(text, i);
    const c = text[i];
    if (state === 'value') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i = skipWhitespace(text, i + 1);
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i += 1;
          state = 'after';
        } else {
          state = c === '{' ? 'key' : 'value';
        }
      } else if (c === '"') {
        const problem = scan(scanString);
        if (problem) return problem;
        state = 'after';
      } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
        const problem = scan(scanNumber);
        if (problem) return problem;
        state = 'after';
      } else {
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
        if (literal === undefined) return syntaxError(text, i, 'a value (object, array, string, number, true, false or null)');
        i += literal.length;
        state = 'after';
      }
    } else if (state === 'key') {
      if (c !== '"') return syntaxError(text, i, 'a property name in double quotes');
      const problem = scan(scanString);
      if (problem) return problem;
      i = skipWhitespace(text, i);
      if (text[i] !== ':') return syntaxError(text, i, "':' after the property name");
      i += 1;
      state = 'value';
    } else {
      const open = stack.at(-1);
      if (open === undefined) return i < text.length ? syntaxError(text, i, 'the end of the text') : null;
      const close = open === '{' ? '}' : ']';
      if (c === ',') {
        i += 1;
        state = open === '{' ? 'key' : 'value';
      } else if (c === close) {
        stack.pop();
        i += 1;
      } else {
        return syntaxError(text, i, `',' or '${close}'`);
      }
    }
  }
}

function syntaxError(text: string, at: number, expected: string): JsonSyntaxError {
  const found = at >= text.length ? 'the end of the text' : quote(text[at] ?? '');
  return { offset: at, message: `expected ${expected}, got ${found}` };
}

function skipWhitespace(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text[i];
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') return i;
    i += 1;
  }
  return i;
}

/** The offset after the digits from `at` (itself when there are none). */
function digitsEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i += 1;
  return i;
}

/** Scans a string from its opening quote at `at`: the offset after its closing quote, or the error in it. */
function scanString(text: string, at: number): number | JsonSyntaxError {
  let i = at + 1;
  for (;;) {
    if (i >= text.length) return { offset: i, message: 'unterminated string: expected a closing \'"\', got the end of the text' };
    const c = text[i]!;
    if (c === '"') return i + 1;
    if (c === '\\') {
      const escape = text[i + 1];
      if (escape === 'u') {
        if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) return syntaxError(text, i + 2, 'four hex digits after \\u');
        i += 6;
      } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) {
        i += 2;
      } else {
        return syntaxError(text, i + 1, 'an escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)');
      }
    } else if (c.charCodeAt(0) < 0x20) {
      return { offset: i, message: 'expected a character inside a string, got a raw control character (write \\n, \\t …)' };
    } else {
      i += 1;
    }
  }
}

/** Scans a number from `at`: the offset after it, or the error in it. */
function scanNumber(text: string, at: number): number | JsonSyntaxError {
  let i = at;
  if (text[i] === '-') i += 1;
  if (text[i] === '0') i += 1;
  else if (digitsEnd(text, i) === i) return syntaxError(text, i, 'a digit');
  else i = digitsEnd(text, i);
  if (text[i] === '.') {
    i += 1;
    if (digitsEnd(text, i) === i) return syntaxError(text, i, 'a digit after the decimal point');
    i = digitsEnd(text, i);
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i += 1;
    if (text[i] === '+' || text[i] === '-') i += 1;
    if (digitsEnd(text, i) === i) return syntaxError(text, i, 'a digit in the exponent');
    i = digitsEnd(text, i);
  }
  return i;
}
