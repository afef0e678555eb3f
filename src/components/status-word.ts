import { msg } from './i18n';

/** A solve status in words, in the page's language (an unknown status as it is). */
export function statusWord(status: string): string {
  return (
    ({ optimal: msg('optimal'), infeasible: msg('infeasible'), unbounded: msg('unbounded'), error: msg('error'), 'time-limit': msg('time limit') }) as Record<string, string>
  )[status] ?? status;
}
