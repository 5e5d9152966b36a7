import { i18n, localizePage } from '@/lib/i18n';
import { render } from 'preact';
import { App } from './App';
import { createPopupState } from './state';

localizePage(document, i18n.t('extName'));
render(<App state={createPopupState()} />, document.getElementById('app')!);
