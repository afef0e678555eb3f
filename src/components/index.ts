export { CorridorSplit } from './corridor-split/corridor-split';
export { CorridorMap, type CorridorSelectDetail, type MapSelection } from './corridor-map/corridor-map';
export { CorridorBottlenecks, type BottleneckSelectDetail } from './corridor-bottlenecks/corridor-bottlenecks';
export { CorridorStatus, SOLVE_STATES, type SolveState } from './corridor-status/corridor-status';
export * from './format';
export * from './corridor-colors';
export { CorridorWhy, type WhySelectDetail } from './corridor-why/corridor-why';
