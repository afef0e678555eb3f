import { msg, str } from '../components/i18n';
import type { Problem } from '../model/types';
import type { NoticesController } from './notices-controller';
import { loadShareBase } from './share-bases';
import { decodeShare, type DecodeShareOutcome, type ShareState } from './share-url';
import { readAnalysesView } from './analyses/read-analyses-view';
import type { AnalysesView } from './analyses/analysis-tabs';
import { readSelection } from './read-selection';
import type { Selection } from './render-results';

/** What a link's view opens with, each part checked (a link is input from anyone); null for what it lacks. */
export interface SharedView {
  readonly analyses: AnalysesView | null;
  readonly selected: Selection | null;
}

/**
 * Opening a `#share=` link at start-up: a chunk of its own with share-url.ts
 * (most visits open no link). The loader decides whether the link still wins;
 * this unpacks it and says what it opened.
 */
export function decodeShareLink(hash: string): Promise<DecodeShareOutcome> {
  return decodeShare(hash, (id) => loadShareBase(id));
}

/** The analyses' view and the selection a link's view carries, read here so that only a link's opening loads the readers. */
export function readShareView(view: ShareState['view']): SharedView {
  return { analyses: readAnalysesView(view?.analyses), selected: readSelection(view?.selected) };
}

/** The notes shown once a link's scenario is open: where it came from, and what of the link could not be used. */
export function noteShareOpened(notices: NoticesController, warnings: readonly Problem[]): void {
  notices.note(
    'info',
    msg('Opened the scenario shared in the link. Your own autosaved work is kept as it was until you change this scenario; pick a model to leave it.'),
    'share-link',
  );
  for (const warning of warnings.filter((w) => w.path === '' || w.path === 'pinned')) {
    notices.note('warning', msg(str`The shared link: ${warning.message}.`), `share-${warning.path || 'base'}`);
  }
}
