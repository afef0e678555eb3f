import type { nothing, TemplateResult } from 'lit';

/** Options of a text field of the planning inputs (`PlanInputsHost.field`). */
export interface PlanFieldOptions {
  readonly hideLabel?: boolean;
  readonly name?: string;
  readonly placeholder?: string;
}

/**
 * What the planning inputs' parts (growth, projects) read and call: the
 * element's fields, problems and number reading through one narrow
 * interface, so each part is a plain function returning a template.
 */
export interface PlanInputsHost {
  /** The reader's number locale. */
  readonly locale: string;
  /** A text field bound to a JSON path: aria-invalid and its message when a problem names the path. */
  field(path: string, label: string, value: string, onChange: (raw: string) => void, options?: PlanFieldOptions): TemplateResult;
  /** The messages of the problems at `path`, beside its field; nothing without. */
  errors(path: string): TemplateResult | typeof nothing;
  /** Whether a problem names `path`. */
  invalid(path: string): boolean;
  /** How many problems name a path `inside` accepts. */
  problemsIn(inside: (path: string) => boolean): number;
  /** A number field's text in the reader's locale (`scale` 100: a rate as %). */
  shown(value: unknown, scale?: number, grouping?: boolean): string;
  /** What was typed in a number field, read in the reader's locale. */
  read(raw: string, scale?: number): number | string | undefined;
}
