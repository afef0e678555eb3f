/**
 * Offers of saved work other than the scenario on screen: another tab's
 * newer save, or at start-up what other tabs saved. A chunk of its own,
 * loaded the first time there may be something to offer: most visits have
 * one tab.
 */
import { describeError, readAutosave, tabKey, type AutosaveRead, type SavedWork } from './autosave';

/** What an app posts on its saves channel after each autosave. */
export interface SaveMessage {
  readonly key: string;
  readonly tab: string;
  readonly savedAt: string;
  readonly name: string;
}

/** The app, as the offers see it. */
export interface OfferHost {
  readonly storageKey: string;
  readonly tab: string | null;
  note(text: string, id: string, action: { readonly label: string; readonly run: () => void }): void;
  dismiss(id: string): void;
  /** Opens saved work in place of the scenario on screen, as one undo step. */
  open(work: SavedWork): void;
  /** An entry that could not be used (moved aside) or storage that cannot be read. */
  report(read: AutosaveRead): void;
  warn(text: string): void;
}

/** Most saved works offered at start: the newest. */
const MAX_OFFERED = 3;

/** Offers, at start, the newest saved works other than `shown`, and reports entries that cannot be used. */
export function offerOtherSaves(host: OfferHost, shown: SavedWork): void {
  const { saved, problems } = readAllAutosaves(() => localStorage, host.storageKey);
  for (const problem of problems) host.report(problem);
  const others = saved.filter((w) => w.key !== shown.key);
  for (const work of others.slice(0, MAX_OFFERED)) {
    const when = work.savedAt ? ` at ${timeOf(work.savedAt)}` : '';
    const id = `saved-${work.key}`;
    host.note(`Also saved: "${work.scenario.name}"${when}${work.tab !== host.tab ? ' in another tab' : ''}.`, id, {
      label: 'Open it here',
      run: () => {
        host.dismiss(id);
        host.open(work);
      },
    });
  }
}

/**
 * Another tab (or app) saved: its work is offered, never opened over the
 * scenario on screen. The message says what was saved; the work is read from
 * storage only when the user opens it, because another tab's write can reach
 * this tab's view of localStorage after its message does.
 */
export function offerOtherTabSave(host: OfferHost, message: SaveMessage): void {
  const id = `saved-tab-${message.tab}`;
  host.note(`Another tab saved newer work: "${message.name}" at ${timeOf(message.savedAt)}.`, id, {
    label: 'Open it here',
    run: () => {
      host.dismiss(id);
      // Its work is under the shared key, or under its tab's own key once a later save moved it there.
      for (const key of [host.storageKey, tabKey(host.storageKey, message.tab)]) {
        const read = readAutosave(() => localStorage, key);
        if (read.kind === 'restored' && read.tab === message.tab) {
          host.open(read);
          return;
        }
      }
      host.warn(`The work "${message.name}" of the other tab is no longer saved here.`);
    },
  });
}

/** An ISO time as the reader's clock shows it, e.g. "14:05" (with the date when not today). */
function timeOf(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameDay = date.toDateString() === new Date().toDateString();
  return sameDay ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : date.toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });
}

/**
 * Every saved work under `key` and the tabs' own keys, newest first; entries
 * that cannot be used are moved aside (see `readAutosave`) and reported.
 */
export function readAllAutosaves(storage: () => Storage, key: string): { readonly saved: readonly SavedWork[]; readonly problems: readonly AutosaveRead[] } {
  let keys: string[];
  try {
    const store = storage();
    const own = new RegExp(`^${escapeRegExp(key)}:tab:[a-z0-9]{1,32}$`);
    keys = [key, ...Array.from({ length: store.length }, (_, i) => store.key(i)).filter((k): k is string => k !== null && own.test(k))];
  } catch (error) {
    return { saved: [], problems: [{ kind: 'unavailable', reason: describeError(error) }] };
  }
  const saved: SavedWork[] = [];
  const problems: AutosaveRead[] = [];
  for (const k of keys) {
    const read = readAutosave(storage, k);
    if (read.kind === 'restored') saved.push(read);
    else if (read.kind !== 'empty') problems.push(read);
  }
  saved.sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''));
  return { saved, problems };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
