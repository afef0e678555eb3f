// The writer lives in src/analysis so that the app's "Export CSV" and
// `sweep --csv` share it and give the same file.
export { formatSweepCsv } from '../analysis/sweep-csv';
