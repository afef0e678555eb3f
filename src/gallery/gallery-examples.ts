/**
 * The snippets the gallery shows beside each live element: what a site
 * builder copies. Kept as plain text (shown with `textContent`, never as
 * markup) and written the way the README's "Embedding" section writes them.
 */
export const EXAMPLE_CODE = {
  flow: `<script type="module" src="https://your.site/corridor-flow/corridor-flow.js"></script>

<corridor-flow src="scenarios/caspian-2030.json" storage-key=""></corridor-flow>

<script type="module">
  document.querySelector('corridor-flow').addEventListener('corridor-solved', (event) => {
    const { scenario, result } = event.detail;
    console.log(scenario.name, result.status, result.objective);
  });
</script>`,
  split: `<corridor-split></corridor-split>

<script type="module">
  // A result from <corridor-flow>'s corridor-solved event, the command line
  // (corridor-flow solve --json) or your own server: the element never solves.
  const split = document.querySelector('corridor-split');
  split.scenario = scenario;
  split.result = result;
</script>`,
  map: `<corridor-map></corridor-map>

<script type="module">
  const map = document.querySelector('corridor-map');
  map.scenario = scenario;
  map.result = result;          // null draws the network without flows
  map.addEventListener('corridor-select', (event) => {
    const { kind, id } = event.detail; // 'node' | 'link', the item's id
  });
</script>`,
  bottlenecks: `<corridor-bottlenecks></corridor-bottlenecks>

<script type="module">
  const list = document.querySelector('corridor-bottlenecks');
  list.scenario = scenario;
  list.result = result;
  list.addEventListener('corridor-select', (event) => console.log(event.detail));
</script>`,
  status: `<corridor-status state="solved"></corridor-status>

<script type="module">
  const status = document.querySelector('corridor-status');
  status.ms = 4;                  // "Solved in 4 ms"
  // or: status.state = 'infeasible'; status.diagnosis = ['…'];
</script>`,
  editor: `<corridor-editor></corridor-editor>

<script type="module">
  const editor = document.querySelector('corridor-editor');
  editor.scenario = scenario;
  editor.addEventListener('corridor-change', (event) => {
    // Every user edit, valid or not: validate and show the problems.
    const parsed = parseScenario(event.detail.scenario);  // from the same module
    editor.problems = parsed.ok ? [] : parsed.errors;
    editor.scenario = event.detail.scenario;
  });
</script>`,
  theme: `corridor-flow, corridor-split, corridor-map {
  --corridor-font: Georgia, serif;
  --corridor-accent: #7a1f5c;
  --corridor-color-titr: #0b6e4f;   /* any corridor id: --corridor-color-<id> */
  --corridor-color-tripp: #c17817;
  --corridor-color-iran: #3d5a80;
}
corridor-split::part(bar) { height: 2.5rem; }`,
} as const;

export type ExampleKey = keyof typeof EXAMPLE_CODE;
