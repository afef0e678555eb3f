import { vi } from 'vitest';

/** A file the app offered for download: its name and its text. */
export interface Download {
  readonly name: string;
  readonly blob: Blob;
}

/**
 * Catches the files `downloadFile` offers instead of letting the browser
 * save them: the Blob handed to `URL.createObjectURL` and the link's
 * `download` name. Call `restore` after the test.
 */
export function captureDownloads(): { readonly files: Download[]; restore(): void } {
  const files: Download[] = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL.bind(URL);
  const urls = vi.spyOn(URL, 'createObjectURL').mockImplementation((object: Blob | MediaSource) => {
    const url = create(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  });
  const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (this.download !== '' && blob !== undefined) files.push({ name: this.download, blob });
  });
  return {
    files,
    restore: () => {
      urls.mockRestore();
      clicks.mockRestore();
    },
  };
}
