import { css } from 'lit';
import { analysisFormStyles } from './analysis-panel.styles';

/** The tabs of `<corridor-analyses>`, adopted with its content (render-analyses.ts, a chunk of its own). */
export const analysesTabStyles = [
  analysisFormStyles,
  css`
    [role='tablist'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      border-bottom: 1px solid var(--_line);
      margin-bottom: var(--_space);
    }
    [role='tab'] {
      border: 1px solid transparent;
      border-bottom: none;
      border-radius: var(--_radius) var(--_radius) 0 0;
      background: transparent;
      margin-bottom: -1px;
    }
    [role='tab'][aria-selected='true'] {
      border-color: var(--_line);
      background: var(--_surface);
      border-bottom: 1px solid var(--_surface);
      font-weight: 600;
      color: var(--_accent);
    }
  `,
] as const;
