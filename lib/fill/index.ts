export { triggerFill } from './trigger';
export { fillHandlers } from './handlers';
