export { readingFrom, FARTHEST_MS, type ClockReading } from './reading';
export { estimateClock, keepReading, CORRECT_BEYOND_MS, type ClockEstimate } from './estimate';
export { clockCorrection, clockState, codeTime, noteReading, type ClockState } from './kept';
export { watchSiteClocks } from './watch';
export { clockHandlers } from './handlers';
