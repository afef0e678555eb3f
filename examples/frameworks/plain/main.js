/**
 * corridor-flow on a plain page: set properties, listen to events, theme
 * with CSS. No framework, no inline script (the page runs under a strict CSP).
 */
import 'corridor-flow';
import '../shared/theme.css';
import scenario from '../../../models/caspian-2030.json';
import { answerText } from '../shared/answer.js';

const app = document.querySelector('#app');
app.innerHTML = `
  <h1>corridor-flow on a plain page</h1>
  <p data-answer>Solving…</p>
  <corridor-split></corridor-split>
  <corridor-flow storage-key=""></corridor-flow>
`;
const flow = app.querySelector('corridor-flow');
const split = app.querySelector('corridor-split');
flow.addEventListener('corridor-solved', (event) => {
  const { scenario: solved, result } = event.detail;
  app.querySelector('[data-answer]').textContent = answerText(result);
  split.scenario = solved;
  split.result = result;
});
flow.scenario = scenario;
