// fileStem has a module of its own: the top bar's model menu needs it as the page starts, the downloads only when used.
export { fileStem } from './file-stem';

/** Offers `text` as a file download named `fileName` (a Blob URL on a temporary link). */
export function downloadFile(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Offers `blob` (a PNG, say) as a file download named `fileName`. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
