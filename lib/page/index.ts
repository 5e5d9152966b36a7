export { startPageHelper, type FillAnswer } from './helper';
