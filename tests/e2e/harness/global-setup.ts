import { assertPrerequisites } from './chromium';

// Say what is missing once, in a sentence, instead of every test failing to launch.
export default function setup(): void {
  assertPrerequisites();
}
