export { scheduleClipboardClear, clearClipboard, CLEAR_CLIPBOARD_ALARM } from './clear';
export { overwriteClipboard } from './overwrite';
export { clipboardHandlers } from './handlers';
