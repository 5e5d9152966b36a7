export { startPageHelper } from './helper';
