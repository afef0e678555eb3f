/**
 * Defines the display and edit elements `<corridor-flow>` composes. Kept in
 * one place so the app's element and its tests pull in the same set.
 */
import '../components/corridor-split/corridor-split';
import '../components/corridor-map/corridor-map';
import '../components/corridor-bottlenecks/corridor-bottlenecks';
import '../components/corridor-status/corridor-status';
import '../components/corridor-editor/corridor-editor';
