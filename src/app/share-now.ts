import type { EncodeShareOutcome } from './share-url';
import { loadShareUrl, shareFailure, type ShareBoxSlot, type ShareSource } from './share-link';

/**
 * What the Share button does (ShareLinkController.share): packs the scenario
 * (and the open view) into the page's URL hash, copies the link and shows it
 * in the box, or says why a scenario is too big for a link. A chunk of its
 * own, loaded by the first Share: most visits never share.
 */
export async function shareNow(source: ShareSource, slot: ShareBoxSlot): Promise<void> {
  const scenario = source.scenario();
  if (scenario === null) return;
  const view = source.view();
  const pinned = source.pinned();
  let encoded: EncodeShareOutcome;
  let limit: number;
  let boxModule: typeof import('./share-box');
  try {
    const [shareUrl, box] = await Promise.all([loadShareUrl(), import('./share-box')]);
    boxModule = box;
    limit = shareUrl.SHARE_URL_LIMIT;
    const state = { scenario, ...(Object.keys(view).length > 0 ? { view } : {}), ...(pinned !== null ? { pinned } : {}) };
    encoded = await shareUrl.encodeShare(state, await shareUrl.loadShareBases());
  } catch (error) {
    // Its chunk failed to load, or a browser without CompressionStream.
    source.failed(shareFailure(error));
    return;
  }
  if (!encoded.ok) {
    slot.setBox({ kind: 'too-big', length: encoded.length, limit }, boxModule);
    return;
  }
  const url = `${location.href.replace(/#.*$/, '')}${encoded.hash}`;
  // Replacing (not pushing) the entry: Back should leave the app, not step through shares.
  history.replaceState(history.state, '', encoded.hash);
  // The link now names this very scenario; the autosave keeps following edits as before.
  const pinnedLeftOut = encoded.pinnedLeftOut === true;
  slot.setBox({ kind: 'link', url, copied: false, pinnedLeftOut }, boxModule);
  try {
    await navigator.clipboard.writeText(url);
    const box = slot.box();
    if (box?.kind === 'link' && box.url === url) slot.setBox({ kind: 'link', url, copied: true, pinnedLeftOut });
  } catch {
    // No clipboard (permission, insecure page): the link is shown, selected, to copy by hand.
  }
}
