import { formatSize } from '../model/format-size';
import { formatProblem } from '../model/format-problem';
import { parseScenario } from '../model/parse-scenario';
import type { Problem, Scenario } from '../model/types';
import { applyJsonDiff, diffJson } from './json-diff';
import { packPinned, unpackPinned, type SharePinned } from './share-pinned';

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
 * Version 2: `{ base: { id, digest }, diff, view? }` packed the same way, where
 * `id` names a shipped model file, `digest` fingerprints the version of it the
 * link was made against, and `diff` (json-diff.ts) turns it into the scenario.
 * The Caspian models share in under 600 characters this way when unedited.
 */
const PREFIX_DIFF = 'share=2.';

/** A shipped model a link may name as its base instead of carrying the whole scenario. */
export interface ShareBase {
  /** The model file's id (its name without `.json`, e.g. `caspian-2030`). */
  readonly id: string;
  /** The file as parsed. */
  readonly scenario: Scenario;
}

/** Finds a base model by id when a version-2 link is opened; null when the app does not ship it. */
export type LoadShareBase = (id: string) => Promise<Scenario | null>;

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
  /**
   * The base the reader's answers are compared against ("Pin as base"), if
   * any: carried as its difference from the scenario or from a shipped model
   * (share-pinned.ts), in a field older versions of the app pass over.
   */
  readonly pinned?: SharePinned;
}

export type EncodeShareOutcome =
  /**
   * `hash` starts with `#`; assign it to `location.hash` or append it to the
   * app's URL. `pinnedLeftOut`: the state's pinned base would have put the
   * link over `SHARE_URL_LIMIT`, so the link holds the scenario without it.
   */
  | { readonly ok: true; readonly hash: string; readonly pinnedLeftOut?: boolean }
  /** The packed fragment would be `length` characters, above `SHARE_URL_LIMIT`. */
  | { readonly ok: false; readonly reason: 'too-big'; readonly length: number };

export type DecodeShareOutcome =
  | { readonly ok: true; readonly state: ShareState; readonly warnings: readonly Problem[] }
  /** `message` says what is wrong with the link, for a person to read. */
  | { readonly ok: false; readonly message: string };

/**
 * Packs the state into a URL fragment, or says it is too big for a link. With
 * `bases` (the shipped models), the shortest of the whole scenario and its
 * difference from each base is chosen.
 */
export async function encodeShare(state: ShareState, bases: readonly ShareBase[] = []): Promise<EncodeShareOutcome> {
  if (state.pinned !== undefined) {
    const withPinned = await shortestHash(state, bases, packPinned(state.pinned, state.scenario, bases));
    if (withPinned.length <= SHARE_URL_LIMIT) return { ok: true, hash: withPinned };
  }
  const best = await shortestHash(state, bases, undefined);
  if (best.length > SHARE_URL_LIMIT) return { ok: false, reason: 'too-big', length: best.length };
  return state.pinned === undefined ? { ok: true, hash: best } : { ok: true, hash: best, pinnedLeftOut: true };
}

/** The shortest fragment for the state: the whole scenario, or its difference from one of `bases`. */
async function shortestHash(state: ShareState, bases: readonly ShareBase[], pinned: unknown): Promise<string> {
  const withView = <T extends object>(body: T) => ({ ...body, ...(state.view === undefined ? {} : { view: state.view }), ...(pinned === undefined ? {} : { pinned }) });
  let best = `#${PREFIX}${await pack(withView({ scenario: state.scenario }))}`;
  // As JSON sees it (an `undefined` field is no field), so an unchanged field never reads as a removal.
  const target: unknown = JSON.parse(JSON.stringify(state.scenario));
  for (const base of bases) {
    const diff = diffJson(JSON.parse(JSON.stringify(base.scenario)), target);
    const hash = `#${PREFIX_DIFF}${await pack(withView({ base: { id: base.id, digest: digestOf(base.scenario) }, diff }))}`;
    if (hash.length < best.length) best = hash;
  }
  return best;
}

async function pack(data: unknown): Promise<string> {
  return toBase64Url(await deflateRaw(new TextEncoder().encode(JSON.stringify(data))));
}

/**
 * A short fingerprint of a base model (FNV-1a, 32 bits, of its JSON): a link
 * opened against a different version of the file says so, since its numbers
 * may then differ from the sender's.
 */
export function digestOf(scenario: Scenario): string {
  const text = JSON.stringify(scenario);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Unpacks a fragment made by `encodeShare` (with or without its `#`). A
 * damaged, truncated or foreign fragment gives a message, never a rejection;
 * the scenario inside is validated like any opened file.
 */
export async function decodeShare(hash: string, loadBase?: LoadShareBase): Promise<DecodeShareOutcome> {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith('share=')) {
    return fail('the link holds no shared scenario (its address has no "#share=" part)');
  }
  const diffed = fragment.startsWith(PREFIX_DIFF);
  if (!fragment.startsWith(PREFIX) && !diffed) {
    return fail('the link was made by a newer version of the app (unknown share format); open it there or ask for the scenario file');
  }
  if (fragment.length > MAX_HASH_LENGTH) {
    return fail(`the link is too long to be one this app made (${fragment.length} characters); ask for the scenario file instead`);
  }
  const payload = fragment.slice(diffed ? PREFIX_DIFF.length : PREFIX.length);
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
  const baseWarnings: Problem[] = [];
  if (diffed) {
    const rebuilt = await rebuildFromBase(data, loadBase);
    if (!rebuilt.ok) return rebuilt;
    data = rebuilt.data;
    baseWarnings.push(...rebuilt.warnings);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('scenario' in data)) {
    return fail('the link holds no scenario');
  }
  const { scenario, view, pinned } = data as { scenario: unknown; view?: unknown; pinned?: unknown };
  const parsed = parseScenario(scenario);
  if (!parsed.ok) {
    const shown = parsed.errors.slice(0, 3).map(formatProblem).join('; ');
    const more = parsed.errors.length > 3 ? ` and ${parsed.errors.length - 3} more` : '';
    return fail(`the shared scenario is not valid: ${shown}${more}`);
  }
  const isView = typeof view === 'object' && view !== null && !Array.isArray(view);
  // A pinned base that cannot be rebuilt costs only itself: the link opens without it, and says so.
  const base = pinned === undefined ? null : await unpackPinned(pinned, parsed.scenario, loadBase);
  return {
    ok: true,
    state: {
      scenario: parsed.scenario,
      ...(isView ? { view: view as ShareView } : {}),
      ...(base?.ok ? { pinned: base.pinned } : {}),
    },
    warnings: [...baseWarnings, ...parsed.warnings, ...(base !== null && !base.ok ? [base.warning] : [])],
  };
}

type Rebuilt = { readonly ok: true; readonly data: unknown; readonly warnings: readonly Problem[] } | { readonly ok: false; readonly message: string };

/** The `{ scenario, view }` of a version-2 link: its base model with its changes applied. */
async function rebuildFromBase(data: unknown, loadBase: LoadShareBase | undefined): Promise<Rebuilt> {
  const { base, diff, view, pinned } = (typeof data === 'object' && data !== null ? data : {}) as {
    base?: { id?: unknown; digest?: unknown };
    diff?: unknown;
    view?: unknown;
    pinned?: unknown;
  };
  if (typeof base !== 'object' || base === null || typeof base.id !== 'string') return fail('the link holds no scenario (it names no base model)');
  if (loadBase === undefined) return fail(`the link names the model "${base.id}", and no models are available here to open it against`);
  const model = await loadBase(base.id);
  if (model === null) return fail(`the link is based on the model "${base.id}", which this version of the app does not ship; ask for the scenario file`);
  const applied = applyJsonDiff(JSON.parse(JSON.stringify(model)), diff);
  if (!applied.ok) return fail(`the link does not fit the model "${base.id}" shipped here: ${applied.message}`);
  const warnings: Problem[] =
    base.digest === digestOf(model)
      ? []
      : [{ path: '', message: `the link was made against another version of the model "${base.id}"; its edits were applied to the version shipped here, so the numbers may differ from the sender's` }];
  return { ok: true, data: { scenario: applied.value, ...(view === undefined ? {} : { view }), ...(pinned === undefined ? {} : { pinned }) }, warnings };
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

function fail(message: string): { readonly ok: false; readonly message: string } {
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
