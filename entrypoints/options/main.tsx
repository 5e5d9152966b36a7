import { render } from 'preact';
import { App } from './App';
import { createOptionsState } from './state';

render(<App state={createOptionsState()} />, document.getElementById('app')!);
