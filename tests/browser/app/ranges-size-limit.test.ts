/**
 * Issue 18: on a network of a million arc-LP variables each marginal range is
 * a few re-solves of seconds each, so no ranges are computed above
 * RANGES_MAX_LINK_DEMANDS (links × demands); below it they are, as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SolveMany } from '../../../src/analysis/types';
import type { Result, Scenario } from '../../../src/model/types';
import { MarginalRangesController, RANGES_DELAY_MS, RANGES_MAX_LINK_DEMANDS } from '../../../src/app/marginal-ranges-controller';

const panels: HTMLElement[] = [];
afterEach(() => {
  for (const panel of panels.splice(0)) panel.remove();
});

/** A scenario of `links` links and `demands` demands (only their counts and the first link's capacity matter here) and an answer in which that link binds. */
function network(links: number, demands: number): { scenario: Scenario; result: Result } {
  const scenario = {
    nodes: [],
    links: Array.from({ length: links }, (_, i) => ({ id: `l${i}`, from: 'a', to: 'b', capacity: 100, cost: 1 })),
    demands: Array.from({ length: demands }, (_, i) => ({ id: `d${i}`, from: 'a', to: 'b', volume: 1 })),
  } as unknown as Scenario;
  const result = { status: 'optimal', objective: 1, links: [{ id: 'l0', marginalValue: 2 }], nodes: [] } as unknown as Result;
  return { scenario, result };
}

/** The controller on a bare host, its panel in view; counts the batches it asks of the pool. */
function rangesOf(shown: { scenario: Scenario; result: Result }): { controller: MarginalRangesController; batches: () => number } {
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = { addController: (c) => controllers.push(c), removeController: () => undefined, requestUpdate: () => undefined, updateComplete: Promise.resolve(true) };
  const panel = document.createElement('section');
  panel.style.height = '40px';
  document.body.prepend(panel);
  panels.push(panel);
  let batches = 0;
  const solveMany: SolveMany = () => {
    batches++;
    return Promise.reject(new Error('no pool in this test'));
  };
  const controller = new MarginalRangesController(host, () => shown, () => solveMany, () => panel);
  controller.hostUpdated();
  return { controller, batches: () => batches };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('MarginalRangesController on a large network', () => {
  it('should ask the pool for no range, and say none is coming, above RANGES_MAX_LINK_DEMANDS links × demands', async () => {
    // Arrange: one link × demand over the limit.
    const big = network(RANGES_MAX_LINK_DEMANDS / 100 + 1, 100);

    // Act
    const { controller, batches } = rangesOf(big);
    await settle(4 * RANGES_DELAY_MS);

    // Assert
    expect(batches()).toBe(0);
    expect(controller.pendingFor(big.result)).toBe(false);
    expect(controller.omittedFor(big.result)).toBe(true);
  });

  it('should compute the ranges at the limit itself', async () => {
    // Arrange
    const atLimit = network(RANGES_MAX_LINK_DEMANDS / 100, 100);

    // Act
    const { controller, batches } = rangesOf(atLimit);

    // Assert: pending at once, and the first batch of probes asked once the delay has passed.
    expect(controller.pendingFor(atLimit.result)).toBe(true);
    expect(controller.omittedFor(atLimit.result)).toBe(false);
    await settle(4 * RANGES_DELAY_MS);
    expect(batches()).toBe(1);
  });
});
