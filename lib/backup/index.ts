export * from './file';
export { backupHandlers } from './handlers';
