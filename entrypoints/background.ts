import { onCommand, startBackground } from '@/lib/background';

export default defineBackground(() => {
  startBackground();
  // Keyboard shortcuts cannot be pressed in a headless browser; tests call the same handler.
  (globalThis as { runCommand?: typeof onCommand }).runCommand = onCommand;
});
