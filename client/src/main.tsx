// The browser client's entry: fonts, styles, words, then the app.
import './styles/fonts.css';
import './styles/base.css';
import './styles/home.css';
import './styles/match.css';
import './styles/orders.css';
import './styles/talk.css';
import './styles/news.css';
import './styles/end.css';
import { render } from 'preact';
import './i18n/index.ts';
import { App } from './app/App.tsx';
import { registerServiceWorker } from './app/serviceWorker.ts';

render(<App />, document.getElementById('app')!);
registerServiceWorker();
