import { css } from 'lit';

/** The marks items carry beside their values (item-marks.ts). */
export const itemMarkStyles = css`
  /* A fitted cost (calibration), never to be read as a tariff. */
  .calibrated-mark {
    display: inline-block;
    width: fit-content;
    justify-self: start;
    align-self: start;
    margin-left: 0.25rem;
    padding: 0 0.3rem;
    border: 1px solid var(--corridor-calibrated-color, #8a6d00);
    border-radius: 999px;
    color: var(--corridor-calibrated-color, #8a6d00);
    font-size: 0.6875rem;
    line-height: 1.4;
    white-space: nowrap;
    vertical-align: middle;
  }
`;
