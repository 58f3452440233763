// The browser client's entry: fonts, styles, words, then the app.
import './styles/fonts.css';
import './styles/base.css';
import './styles/home.css';
import './styles/match.css';
import './styles/orders.css';
import './styles/talk.css';
import './styles/news.css';
import './styles/end.css';
import './styles/briefing.css';
import { render } from 'preact';
import './i18n/index.ts';
import { fromAddress, initialLanguage, setLanguage } from './i18n/language.ts';
import { App } from './app/App.tsx';
import { registerServiceWorker } from './app/serviceWorker.ts';

// The page's language before the first paint; a `?lang=` suggestion is remembered, then
// dropped from the address so that a refresh keeps whatever the player picks afterwards.
await setLanguage(initialLanguage(), fromAddress() !== undefined || undefined);
if (fromAddress()) {
  const url = new URL(location.href);
  url.searchParams.delete('lang');
  history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

render(<App />, document.getElementById('app')!);
registerServiceWorker();
