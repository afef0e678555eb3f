/**
 * corridor-flow in React 19. React 19 sets a custom element's properties
 * (`scenario`, `result`) when the element has them, and attributes
 * otherwise; events are listened to on a ref.
 */
import 'corridor-flow';
import '../shared/theme.css';
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import scenario from '../../../models/caspian-2030.json';
import { answerText } from '../shared/answer.js';

function App() {
  const flow = useRef(null);
  const [solved, setSolved] = useState(null);

  useEffect(() => {
    const element = flow.current;
    const onSolved = (event) => setSolved(event.detail);
    element.addEventListener('corridor-solved', onSolved);
    return () => element.removeEventListener('corridor-solved', onSolved);
  }, []);

  return (
    <>
      <h1>corridor-flow in React 19</h1>
      <p data-answer>{solved === null ? 'Solving…' : answerText(solved.result)}</p>
      <corridor-split scenario={solved?.scenario ?? null} result={solved?.result ?? null}></corridor-split>
      <corridor-flow ref={flow} storage-key="" scenario={scenario}></corridor-flow>
    </>
  );
}

createRoot(document.querySelector('#app')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
