/**
 * Characters a terminal may act on rather than print: C0 controls (ESC starts
 * ANSI sequences, CR overwrites a line), DEL, C1 controls (0x9b is a one-byte
 * CSI on some terminals), the line and paragraph separators, and the bidi
 * controls that can make a name read as something else.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A name or other user text as it may go into a table, a CSV file or a
 * message: every character a terminal could act on is written as its
 * `\uXXXX` escape (`\u001b[31m` shows as those nine characters), so a
 * scenario file can never colour, move or clear the user's terminal.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
