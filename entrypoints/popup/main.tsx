import { render } from 'preact';
import { App } from './App';
import { createPopupState } from './state';

render(<App state={createPopupState()} />, document.getElementById('app')!);
