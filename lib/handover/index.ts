export { handoverCsv, handoverRows, HANDOVER_COLUMNS } from './list';
export { handoverHandlers } from './handlers';
