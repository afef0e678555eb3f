import { afterEach, describe, expect, it } from 'vitest';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import { MODEL_FILES } from '../../../src/app/model-files';
import { SHARE_URL_LIMIT } from '../../../src/app/share-url';
import { closeTo } from '../../support/tolerance';
import { twoCorridors } from '../client/fixtures/two-corridors';
import { editFromEditor, jsonUrl, makeApp, nextEvent } from './app-fixture';
import { button, until } from './analyses-fixture';

const apps: CorridorFlow[] = [];
const original = location.href;
afterEach(() => {
  history.replaceState(history.state, '', original);
  for (const app of apps.splice(0)) {
    localStorage.removeItem(app.storageKey);
    app.remove();
  }
});

function attach(app: CorridorFlow): Promise<CorridorSolvedDetail> {
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved', 60_000);
  apps.push(app);
  document.body.append(app);
  return solved;
}

describe('<corridor-flow> Share of a shipped model', () => {
  it('should share an edited Caspian 2030 model in a link under the limit that opens to the same numbers', async () => {
    // Arrange: the shipped model, one capacity edited as in the editor.
    const sender = makeApp();
    sender.src = MODEL_FILES.find((m) => m.id === 'caspian-2030')!.url;
    const { scenario: shipped } = await attach(sender);
    const link = shipped.links[0]!;
    const scenario = { ...shipped, links: [{ ...link, capacity: (link.capacity ?? 1e7) / 2 }, ...shipped.links.slice(1)] };
    const edited = nextEvent<CorridorSolvedDetail>(sender, 'corridor-solved', 60_000);
    editFromEditor(sender, scenario);
    const { result: sent } = await edited;

    // Act: Share, then a second app opened on the link (its own src says otherwise).
    button(sender.shadowRoot!, 'button.share').click();
    const input = await until(() => sender.shadowRoot!.querySelector<HTMLInputElement>('.share-box input'), 'the share box', 60_000);
    const receiver = makeApp();
    receiver.src = jsonUrl(twoCorridors(5));
    const opened = await attach(receiver);

    // Assert: a version-2 link naming the model, short, and the same scenario and answer.
    expect(location.hash.startsWith('#share=2.')).toBe(true);
    expect(input.value.length).toBeLessThanOrEqual(SHARE_URL_LIMIT);
    expect(sender.shadowRoot!.querySelector('.share-note')!.textContent).toContain('names the shipped model');
    expect(opened.scenario).toEqual(scenario);
    expect(closeTo(opened.result.objective, sent.objective)).toBe(true);
  });
});

describe('<corridor-flow> What binds, with ranges', () => {
  it('should show how far the TRIPP link\'s marginal value holds in the Caspian 2030 model (USD 8.75/t up to +210 kt)', async () => {
    const app = makeApp();
    app.src = MODEL_FILES.find((m) => m.id === 'caspian-2030')!.url;
    await attach(app);
    // Ranges are computed only while What binds is in view (ranges-when-looked-at.test.ts).
    app.shadowRoot!.querySelector('section.bottlenecks')!.scrollIntoView({ block: 'center' });
    const bottlenecks = app.shadowRoot!.querySelector('corridor-bottlenecks')!;
    // Computed on the analyses' worker pool after the answer. In the rebuilt model the TRIPP link is not built
    // (capacity 0) and its marginal value is USD 8.75/t (`npx corridor-flow solve models/caspian-2030.json --json`);
    // `corridor-flow sweep … --set links.tripp-meghri.capacity --from 0 --to 300000 --steps 11` lowers the total cost
    // by 8.75 USD per t of capacity up to 210,000 t/yr (2,613,597,027.5 → 2,611,759,527.5) and not at all beyond.
    const range = await until(() => bottlenecks.shadowRoot!.querySelector('button.row[data-id="tripp-meghri"] .range:not(.pending)'), 'the range', 60_000);
    expect(range.textContent!.replace(/\s+/g, ' ')).toMatch(/^USD 8\.75\/t holds for the first 210 kt of capacity; then it stops binding$/);
  });
});
