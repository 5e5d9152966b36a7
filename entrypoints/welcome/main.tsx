import { render } from 'preact';
import { i18n, localizePage } from '@/lib/i18n';
import { App } from './App';
import { createWelcomeState } from './state';

localizePage(document, i18n.t('welcome.title'));
render(<App state={createWelcomeState()} />, document.getElementById('app')!);
