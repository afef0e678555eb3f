import { css, html, LitElement, type TemplateResult } from 'lit';
import {
  parseScenario,
  type Problem,
  type Result,
  type Scenario,
  type CorridorSolvedDetail,
  type CorridorSelectDetail,
  type EditorChangeDetail,
} from '../embed/index';
import { MODEL_FILES } from '../app/model-files';
import { EXAMPLE_CODE, type ExampleKey } from './gallery-examples';
import { defineElement } from '../components/define-element';

const MODEL = 'caspian-2030';

/**
 * @summary The component gallery (embed.html): each corridor-flow element
 * alone, live, beside the code that puts it on a page.
 *
 * The first example, `<corridor-flow>`, solves a model; the display elements
 * below are fed its answer through its `corridor-solved` event, as a page
 * that shows only parts would feed them. Events the examples fire are
 * logged under them.
 */
export class CorridorGallery extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
      color: #1c2430;
      background: #f4f6f8;
      --corridor-font: system-ui, sans-serif;
    }
    header,
    section {
      max-width: 72rem;
      margin: 0 auto;
      padding: 1rem 1.5rem;
    }
    header a {
      color: inherit;
    }
    section {
      border-top: 1px solid #d5dbe1;
    }
    .pair {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: 1rem;
      align-items: start;
    }
    @media (max-width: 900px) {
      .pair {
        grid-template-columns: 1fr;
      }
    }
    .live {
      background: #fff;
      border: 1px solid #d5dbe1;
      border-radius: 6px;
      padding: 0.75rem;
      min-width: 0;
    }
    pre {
      margin: 0;
      padding: 0.75rem;
      background: #1c2430;
      color: #e8edf2;
      border-radius: 6px;
      overflow: auto;
      font-size: 0.8rem;
      line-height: 1.45;
    }
    .log {
      font-size: 0.8rem;
      color: #4a5663;
      min-height: 1.2em;
      margin: 0.5rem 0 0;
    }
    .themed {
      --corridor-font: Georgia, serif;
      --corridor-accent: #7a1f5c;
      --corridor-color-titr: #0b6e4f;
      --corridor-color-tripp: #c17817;
      --corridor-color-iran: #3d5a80;
    }
    .themed corridor-split::part(bar) {
      height: 2.5rem;
    }
    corridor-flow {
      display: block;
      height: 46rem;
      overflow: auto;
    }
  `;

  static override properties = {
    scenario: { state: true },
    result: { state: true },
    problems: { state: true },
    log: { state: true },
  };

  declare private scenario: Scenario | null;
  declare private result: Result | null;
  declare private problems: readonly Problem[];
  /** The last event each example fired, as text. */
  declare private log: Readonly<Partial<Record<ExampleKey, string>>>;

  constructor() {
    super();
    this.scenario = null;
    this.result = null;
    this.problems = [];
    this.log = {};
  }

  #note(key: ExampleKey, text: string): void {
    this.log = { ...this.log, [key]: text };
  }

  #onSolved = (event: CustomEvent<CorridorSolvedDetail>): void => {
    this.scenario = event.detail.scenario;
    this.result = event.detail.result;
    this.#note('flow', `corridor-solved: ${event.detail.result.status}, objective ${Math.round(event.detail.result.objective).toLocaleString('en-US')} USD/yr`);
  };

  #onSelect = (key: ExampleKey) => (event: CustomEvent<CorridorSelectDetail>): void => {
    this.#note(key, `corridor-select: ${JSON.stringify(event.detail)}`);
  };

  #onEdit = (event: CustomEvent<EditorChangeDetail>): void => {
    const parsed = parseScenario(event.detail.scenario);
    this.problems = parsed.ok ? [] : parsed.errors;
    this.#note('editor', `corridor-change (${event.detail.phase}): ${parsed.ok ? 'valid' : `${parsed.errors.length} problem(s)`}`);
  };

  #example(key: ExampleKey, title: string, blurb: string, live: TemplateResult): TemplateResult {
    return html`<section id=${key} aria-labelledby=${`${key}-title`}>
      <h2 id=${`${key}-title`}>${title}</h2>
      <p>${blurb}</p>
      <div class="pair">
        <div class="live">${live}<p class="log" role="status">${this.log[key] ?? ''}</p></div>
        <pre><code>${EXAMPLE_CODE[key]}</code></pre>
      </div>
    </section>`;
  }

  protected override render(): TemplateResult {
    const model = MODEL_FILES.find((m) => m.id === MODEL) ?? MODEL_FILES[0];
    const waiting = this.result === null ? html`<p>Waiting for the first example to solve…</p>` : null;
    return html`
      <header>
        <h1>Embed corridor-flow on your page</h1>
        <p>
          Every element below comes from one ES module (<code>corridor-flow.js</code>, or <code>corridor-flow.inline.js</code> from a
          CDN). Put the module on your page, then the elements. <a href="./index.html">Back to the app</a>.
        </p>
      </header>
      ${this.#example(
        'flow',
        '<corridor-flow>: the whole app',
        'Loads a scenario file, solves it in a Web Worker and shows the answer, map, bottlenecks and editor. Fires corridor-solved after every solve.',
        html`<corridor-flow src=${model?.url ?? ''} storage-key="" @corridor-solved=${this.#onSolved}></corridor-flow>`,
      )}
      ${this.#example(
        'split',
        '<corridor-split>: the answer',
        'How served freight splits between the corridors, with total and unit cost. Fed a scenario and its result; never solves.',
        waiting ?? html`<corridor-split .scenario=${this.scenario} .result=${this.result}></corridor-split>`,
      )}
      ${this.#example(
        'map',
        '<corridor-map>: the network',
        'Flows as line widths, binding capacities marked. Click a node or link.',
        waiting ?? html`<corridor-map .scenario=${this.scenario} .result=${this.result} @corridor-select=${this.#onSelect('map')}></corridor-map>`,
      )}
      ${this.#example(
        'bottlenecks',
        '<corridor-bottlenecks>: what binds',
        'What one more tonne of each binding capacity is worth, and the unused routes closest to being used. Click a row.',
        waiting ??
          html`<corridor-bottlenecks
            .scenario=${this.scenario}
            .result=${this.result}
            @corridor-select=${this.#onSelect('bottlenecks')}
          ></corridor-bottlenecks>`,
      )}
      ${this.#example(
        'status',
        '<corridor-status>: one line of solve status',
        'A polite live region for "Solving…", "Solved in 4 ms", "Infeasible: …".',
        html`<corridor-status state="solved" .ms=${4}></corridor-status>
          <corridor-status state="infeasible" message="demand exceeds capacity" .diagnosis=${['Gate alat-meghri is full']}></corridor-status>`,
      )}
      ${this.#example(
        'editor',
        '<corridor-editor>: edit a scenario',
        'Fires corridor-change after every user edit, valid or not; the page validates and hands the problems back. No solver involved.',
        waiting ?? html`<corridor-editor .scenario=${this.scenario} .problems=${this.problems} @corridor-change=${this.#onEdit}></corridor-editor>`,
      )}
      ${this.#example(
        'theme',
        'Theming',
        'CSS custom properties set on the element (or any ancestor) restyle it; ::part() reaches the parts.',
        waiting ?? html`<div class="themed"><corridor-split .scenario=${this.scenario} .result=${this.result}></corridor-split></div>`,
      )}
    `;
  }
}

defineElement('corridor-gallery', CorridorGallery);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-gallery': CorridorGallery;
  }
}
