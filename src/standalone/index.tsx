import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { serialFromIso } from '../core/dates';
import { startBlobWorker } from './blobWorker';
import { StandaloneApp } from './ui/StandaloneApp';

/** Entry of dist/standalone/index.html. `?asOf=YYYY-MM-DD` fixes the as-of date (tests, re-running an old report). */
const asOfParam = new URLSearchParams(window.location.search).get('asOf');
const asOf = asOfParam ? serialFromIso(asOfParam) : undefined;
const root = document.getElementById('root');
if (root) createRoot(root).render(<StandaloneApp makePort={startBlobWorker} asOf={asOf} />);
