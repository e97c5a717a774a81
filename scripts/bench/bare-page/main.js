// The bare React page of the benchmark: a heading and a list of three items, rendered by React 19
// without JSX, so that it builds the same way as the app without anything but React itself.
import { createElement as h, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const ITEMS = ['Assessment one', 'Assessment two', 'Assessment three'];

function App() {
  return h(
    'main',
    null,
    h('h1', null, 'Saved assessments'),
    h(
      'ul',
      { 'aria-label': 'Saved assessments' },
      ITEMS.map((item) => h('li', { key: item }, item)),
    ),
  );
}

createRoot(document.getElementById('root')).render(h(StrictMode, null, h(App)));
