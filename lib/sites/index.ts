export { bindingAllows, canonicalOrigin, describeBinding, registrableDomain, type SiteBinding } from './binding';
export { matchPatternsFor } from './match-patterns';
