import { html, type TemplateResult } from 'lit';
import { resilience, type Resilience } from '../../analysis/resilience';
import '../../components/corridor-resilience/corridor-resilience';
import { AnalysisPanel } from './analysis-panel';

/**
 * @summary Resilience (N−1): every corridor and every used link closed one
 * at a time on the worker pool, ranked by damage, as `<corridor-resilience>`.
 */
export class CorridorResiliencePanel extends AnalysisPanel {
  static override properties = {
    ...AnalysisPanel.properties,
    resilience: { state: true },
  };

  declare resilience: Resilience | null;

  constructor() {
    super();
    this.resilience = null;
  }

  /** Runs the N−1 closures (what the Run button does). */
  async run(): Promise<void> {
    this.resilience = null;
    const result = await this.runTask((scenario, runner, control) => resilience(scenario, runner.solveMany, control));
    if (result !== undefined) this.resilience = result;
  }

  protected override render(): TemplateResult {
    return html`
      <p class="hint">
        Closes each corridor, and each link that carries freight today, one at a time, and ranks the closures by one measure, the
        damage: the rise in total cost with unserved freight at its price (soft demands at their penalty, hard demands at the value of
        lost load below). Also prices the corridors' share bounds (the price of diversification).
      </p>
      <div class="settings">${this.renderRun('Run N−1', () => void this.run())}</div>
      ${this.renderProgress()} ${this.renderMessages(this.resilience !== null)}
      <corridor-resilience .resilience=${this.resilience} .scenario=${this.resilience === null ? this.scenario : this.ranFor}></corridor-resilience>
    `;
  }
}

if (!customElements.get('corridor-resilience-panel')) customElements.define('corridor-resilience-panel', CorridorResiliencePanel);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-resilience-panel': CorridorResiliencePanel;
  }
}
