import { i18n, localizePage } from '@/lib/i18n';
import { render } from 'preact';
import { App } from './App';
import { createOptionsState } from './state';

localizePage(document, i18n.t('settingsTitle'));
render(<App state={createOptionsState()} />, document.getElementById('app')!);
