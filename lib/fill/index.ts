export { typeCode } from './type-code';
