export { recoveryHandlers } from './handlers';
