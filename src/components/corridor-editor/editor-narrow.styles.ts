import { css } from 'lit';

/** The editor in a narrow box (a phone, a side panel); after the others, which it overrides. */
export const editorNarrowStyles = css`
  /*
   * A lever row needs about 34rem side by side. Narrower, its name takes a
   * line of its own and the slider shares the next with the field, unit and
   * reset; tables keep their widths and scroll inside .table-wrap.
   */
  @container (max-width: 34rem) {
    .lever {
      grid-template-columns: minmax(0, 1fr) 7rem 2.75rem 1.5rem;
      row-gap: 2px;
      padding-top: 4px;
      padding-bottom: 4px;
    }

    .lever-label {
      grid-column: 1 / -1;
    }

    .lever-error {
      grid-column: 1 / -1;
    }

    .lever-group h3 .hint {
      display: block;
      margin-left: 0;
    }

    .filter {
      flex: 1 1 8rem;
      max-width: none;
    }

    .section-toggle {
      gap: calc(var(--_space) / 2);
    }
  }
`;
