import { checkReminders, clearClipboard, onCommand, onMenu, startBackground } from '@/lib/background';

export default defineBackground(() => {
  startBackground();
  // Keyboard shortcuts cannot be pressed in a headless browser; tests call the same handler.
  // Nor can menus be clicked, nor a day pass: tests call the same handlers (with their own clock).
  Object.assign(globalThis, { runCommand: onCommand, runMenu: onMenu, runReminders: checkReminders, runClipboardClear: clearClipboard });
});
