import type { ReactiveControllerHost } from 'lit';

/** A scenario file dropped anywhere on the app imports it; `dragging` is true while a file is held over it (for the hint). */
export class FileDropController {
  #dragging = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly dropped: (file: File) => void,
  ) {
    host.addEventListener('dragover', this.#onDragOver);
    host.addEventListener('dragleave', this.#onDragLeave);
    host.addEventListener('drop', this.#onDrop);
  }

  get dragging(): boolean {
    return this.#dragging;
  }

  #set(dragging: boolean): void {
    if (dragging === this.#dragging) return;
    this.#dragging = dragging;
    this.host.requestUpdate();
  }

  #onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.#set(true);
  };

  #onDragLeave = (event: DragEvent): void => {
    if (event.relatedTarget === null || !this.host.contains(event.relatedTarget as Node)) this.#set(false);
  };

  #onDrop = (event: DragEvent): void => {
    this.#set(false);
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    this.dropped(file);
  };
}
