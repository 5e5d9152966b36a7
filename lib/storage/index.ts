export * from './items';
export { forgetTab, type KeyedItem } from './keyed';
