import { onCommand, onMenu, startBackground } from '@/lib/background';

export default defineBackground(() => {
  startBackground();
  // Keyboard shortcuts cannot be pressed in a headless browser; tests call the same handler.
  // Nor can menus be clicked: tests call the same handlers.
  Object.assign(globalThis, { runCommand: onCommand, runMenu: onMenu });
});
