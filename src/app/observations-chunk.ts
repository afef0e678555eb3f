/**
 * The observations under the answer, a chunk of its own (render-observations.ts loads it the first time a
 * scenario with observations is shown; most scenarios have none): the element and the reading of each
 * observed figure off the result.
 */
import '../components/corridor-observations/corridor-observations';

export { observationFits } from './observation-fits';
