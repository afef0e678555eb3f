import { describe, it, expect } from 'vitest';
describe('browser smoke', () => { it('should have a DOM', () => { expect(document.createElement('div').tagName).toBe('DIV'); }); });
