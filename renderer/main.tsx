import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { initI18n } from './i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/list.css';
import './styles/form.css';
import './styles/detail.css';
import './styles/counter.css';
import './styles/approval.css';

initI18n();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
