import { formatSize } from '../model/format-size';
import { formatProblem } from '../model/format-problem';
import { parseScenario } from '../model/parse-scenario';
import type { Problem, Scenario } from '../model/types';

/**
 * A scenario (and what the reader should look at) packed into a URL's hash
 * fragment, so a link in an e-mail opens the same model in the app with no
 * server: `#share=1.<base64url of the raw-DEFLATEd JSON>`.
 *
 * The packing is the platform's own `CompressionStream('deflate-raw')` (every
 * current browser; Node 20.20 as tested): no compression library in the page, at the
 * price of both directions being asynchronous. Any raw DEFLATE stream opens,
 * whatever made it (earlier versions packed with fflate at level 9).
 *
 * The fragment never reaches a server, so the limit is set by what carries
 * the link rather than by HTTP: RFC 9110 §4.1 asks every sender and
 * recipient to handle URLs of at least 8,000 octets, and mail clients, chat
 * apps, link shorteners and office documents truncate or refuse links
 * beyond that. Measured (zlib's default level, as CompressionStream packs in
 * Node and Chromium): the teaching models pack to 840–920 characters; the
 * Caspian 2030 planning case (most of it `assumption` and `sources` text) far
 * over the limit, and to ≈ 5,400 without those notes. Above the limit the UI
 * offers the file export instead.
 */
export const SHARE_URL_LIMIT = 8000;

/** The key in the fragment; the number after it is the packing version, so another packing can come later. */
const PREFIX = 'share=1.';

/**
 * A fragment longer than this is refused unread: no link the app made is
 * that long, and inflating an unbounded input could take any amount of memory.
 */
const MAX_HASH_LENGTH = 4 * SHARE_URL_LIMIT;

/** Largest JSON text a fragment may inflate to, bytes (DEFLATE can expand 1000-fold). */
const MAX_JSON_BYTES = 4 * 1024 * 1024;

/** What the reader should look at; plain JSON values the app shell chooses (tab, selection, sweep settings). */
export type ShareView = Readonly<Record<string, unknown>>;

export interface ShareState {
  readonly scenario: Scenario;
  readonly view?: ShareView;
}

export type EncodeShareOutcome =
  /** `hash` starts with `#`; assign it to `location.hash` or append it to the app's URL. */
  | { readonly ok: true; readonly hash: string }
  /** The packed fragment would be `length` characters, above `SHARE_URL_LIMIT`. */
  | { readonly ok: false; readonly reason: 'too-big'; readonly length: number };

export type DecodeShareOutcome =
  | { readonly ok: true; readonly state: ShareState; readonly warnings: readonly Problem[] }
  /** `message` says what is wrong with the link, for a person to read. */
  | { readonly ok: false; readonly message: string };

/** Packs the state into a URL fragment, or says it is too big for a link. */
export async function encodeShare(state: ShareState): Promise<EncodeShareOutcome> {
  const json = JSON.stringify(state.view === undefined ? { scenario: state.scenario } : { scenario: state.scenario, view: state.view });
  const hash = `#${PREFIX}${toBase64Url(await deflateRaw(new TextEncoder().encode(json)))}`;
  return hash.length > SHARE_URL_LIMIT ? { ok: false, reason: 'too-big', length: hash.length } : { ok: true, hash };
}

/**
 * Unpacks a fragment made by `encodeShare` (with or without its `#`). A
 * damaged, truncated or foreign fragment gives a message, never a rejection;
 * the scenario inside is validated like any opened file.
 */
export async function decodeShare(hash: string): Promise<DecodeShareOutcome> {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith('share=')) {
    return fail('the link holds no shared scenario (its address has no "#share=" part)');
  }
  if (!fragment.startsWith(PREFIX)) {
    return fail('the link was made by a newer version of the app (unknown share format); open it there or ask for the scenario file');
  }
  if (fragment.length > MAX_HASH_LENGTH) {
    return fail(`the link is too long to be one this app made (${fragment.length} characters); ask for the scenario file instead`);
  }
  const payload = fragment.slice(PREFIX.length);
  const bytes = fromBase64Url(payload);
  if (bytes === null) return fail('the link is damaged: it holds characters a shared scenario never contains (was it cut or edited?)');
  if (typeof DecompressionStream === 'undefined') {
    return fail('this browser cannot unpack shared links (it has no DecompressionStream); open the link in a current browser');
  }
  let json: string;
  try {
    const inflated = await inflateRaw(bytes, MAX_JSON_BYTES);
    if (inflated === null) return fail(`the link unpacks to more than ${formatSize(MAX_JSON_BYTES)}, more than any scenario; it was not made by this app`);
    json = new TextDecoder().decode(inflated);
  } catch {
    return fail('the link is damaged: its scenario cannot be unpacked (was it cut short when copied?)');
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return fail('the link is damaged: its scenario is not valid JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('scenario' in data)) {
    return fail('the link holds no scenario');
  }
  const { scenario, view } = data as { scenario: unknown; view?: unknown };
  const parsed = parseScenario(scenario);
  if (!parsed.ok) {
    const shown = parsed.errors.slice(0, 3).map(formatProblem).join('; ');
    const more = parsed.errors.length > 3 ? ` and ${parsed.errors.length - 3} more` : '';
    return fail(`the shared scenario is not valid: ${shown}${more}`);
  }
  const isView = typeof view === 'object' && view !== null && !Array.isArray(view);
  return {
    ok: true,
    state: isView ? { scenario: parsed.scenario, view: view as ShareView } : { scenario: parsed.scenario },
    warnings: parsed.warnings,
  };
}

/** Raw DEFLATE (RFC 1951, no zlib or gzip header) of `bytes`. */
async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Inflates raw DEFLATE `bytes`, or null as soon as the output passes `limit`
 * bytes (read chunk by chunk, so a small bomb never fills the memory).
 * Rejects on a damaged or truncated stream.
 */
async function inflateRaw(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function fail(message: string): DecodeShareOutcome {
  return { ok: false, message };
}

/** RFC 4648 §5 base64url without padding: safe in a fragment without escaping. */
function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode(...all) overflows the call stack on large inputs.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url text, or null when it is not one. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
