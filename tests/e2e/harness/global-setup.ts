import { assertPrerequisites } from './chromium';
import { assertInputTools, startScreen } from './display';

// Say what is missing once, in a sentence, instead of every test failing to launch; then give
// the browsers a screen, so shortcuts and menus are pressed and clicked as a person does.
export default async function setup(): Promise<() => void> {
  assertPrerequisites();
  assertInputTools();
  const screen = await startScreen();
  process.env.DISPLAY = screen.display;
  return screen.stop;
}
