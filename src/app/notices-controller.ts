import type { ReactiveControllerHost } from 'lit';
import type { Problem } from '../model/types';
import type { CorridorErrorDetail } from './corridor-flow-events';
import type { Notice } from './render-notices';

/**
 * The messages under the top bar (render-notices.ts shows them) and the
 * element's `corridor-error`: every part of the app that has something to
 * say (loading, autosave, solving, sharing) says it here.
 */
export class NoticesController {
  #list: readonly Notice[] = [];
  #count = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Fires the element's `corridor-error`. */
    private readonly fire: (detail: CorridorErrorDetail) => void,
  ) {}

  get list(): readonly Notice[] {
    return this.#list;
  }

  has(id: string): boolean {
    return this.#list.some((n) => n.id === id);
  }

  /** Shows `text`; a notice of the same `id` is replaced (moved to the end). */
  note(tone: Notice['tone'], text: string, id = `notice-${++this.#count}`, action?: Notice['action']): void {
    this.#set([...this.#list.filter((n) => n.id !== id), action ? { id, tone, text, action } : { id, tone, text }]);
  }

  readonly dismiss = (id: string): void => {
    if (this.has(id)) this.#set(this.#list.filter((n) => n.id !== id));
  };

  /** Fires `corridor-error` from the element (the page hears of failures it may want to log or show). */
  error(message: string, problems?: readonly Problem[]): void {
    this.fire(problems ? { message, problems } : { message });
  }

  #set(list: readonly Notice[]): void {
    this.#list = list;
    this.host.requestUpdate();
  }
}
