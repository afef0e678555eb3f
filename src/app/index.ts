export { CorridorFlow, MAX_IMPORT_BYTES, type CorridorSolvedDetail, type CorridorErrorDetail, type CorridorChangeDetail } from './corridor-flow';
export { resultToCsv } from './result-to-csv';
export { AUTOSAVE_KEY } from './autosave';
