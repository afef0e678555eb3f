/**
 * The library entry loads the analysis views' chunk as soon as one of their
 * tags is in the page (src/embed/load-analysis-views.ts). The watcher is
 * checked on a document of its own, where nothing is defined yet.
 */
import { describe, expect, it } from 'vitest';
import { ANALYSIS_VIEW_TAGS, watchForAnalysisViews } from '../../../src/embed/load-analysis-views';

/** Lets the MutationObserver deliver what was inserted. */
const observed = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function freshDocument(): Document {
  return document.implementation.createHTMLDocument('watch');
}

describe('watchForAnalysisViews', () => {
  it('should report at once a tag already in the document', () => {
    const doc = freshDocument();
    doc.body.innerHTML = '<main><corridor-tornado></corridor-tornado></main>';
    let found = 0;
    watchForAnalysisViews(doc, () => (found += 1));
    expect(found).toBe(1);
  });

  it.each(ANALYSIS_VIEW_TAGS)('should report <%s> inserted later, deep inside other elements, once', async (tag) => {
    const doc = freshDocument();
    let found = 0;
    watchForAnalysisViews(doc, () => (found += 1));
    doc.body.append(doc.createElement('p'));
    await observed();
    expect(found).toBe(0);
    const section = doc.createElement('section');
    section.innerHTML = `<div><${tag}></${tag}></div>`;
    doc.body.append(section);
    await observed();
    expect(found).toBe(1);
    doc.body.append(doc.createElement(tag));
    await observed();
    expect(found).toBe(1);
  });

  it('should report nothing for other corridor elements, nor after it was stopped', async () => {
    const doc = freshDocument();
    let found = 0;
    const stop = watchForAnalysisViews(doc, () => (found += 1));
    doc.body.append(doc.createElement('corridor-split'), doc.createElement('corridor-map'));
    await observed();
    stop();
    doc.body.append(doc.createElement('corridor-sweep'));
    await observed();
    expect(found).toBe(0);
  });
});
