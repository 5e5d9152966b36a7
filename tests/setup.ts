import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';
import { speak } from './i18n';

beforeEach(() => {
  fakeBrowser.reset();
  speak('en');
});
