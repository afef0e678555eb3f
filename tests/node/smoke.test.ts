import { describe, it, expect } from 'vitest';
import { SCENARIO_FORMAT } from '../../src/model/types';
describe('smoke', () => { it('should know the format', () => { expect(SCENARIO_FORMAT).toBe('corridor-flow/scenario@1'); }); });
