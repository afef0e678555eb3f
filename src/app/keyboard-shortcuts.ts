import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The app's keys: Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes (outside
 * text fields, whose own undo is of what is being typed), Escape closes an
 * open top-bar menu. With nothing focused the keys reach the first app on
 * the page.
 */
export class KeyboardShortcuts implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly actions: { readonly undo: () => void; readonly redo: () => void; readonly root: () => ParentNode },
  ) {
    host.addController(this);
    host.addEventListener('keydown', this.#onKeydown);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#onDocumentKeydown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onDocumentKeydown);
  }

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      const menu = this.actions.root().querySelector('details.menu[open]');
      if (menu) {
        menu.removeAttribute('open');
        menu.querySelector('summary')?.focus();
        event.preventDefault();
      }
      return;
    }
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    // Inside a text field Ctrl+Z is the field's own undo of what is being typed.
    if (isTextField(event.composedPath()[0])) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.actions.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.actions.redo();
    else return;
    event.preventDefault();
  };

  /** With nothing focused (focus on the body) the shortcuts still reach the first app on the page. */
  #onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.composedPath().includes(this.host)) return; // the element's own listener has it
    if (document.activeElement !== document.body && document.activeElement !== null) return;
    if (document.querySelector(this.host.localName) !== this.host) return;
    this.#onKeydown(event);
  };
}

function isTextField(target: EventTarget | undefined): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'file', 'color'].includes(target.type);
}
