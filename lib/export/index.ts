export { writeAegis } from './aegis';
export { writeLinks } from './links';
export { exportHandlers } from './handlers';
