export { bindingAllows, canonicalOrigin, readBinding, registrableDomain, type SiteBinding } from './binding';
export { matchPatternsFor } from './match-patterns';
export { refreshBoundSites, syncBoundSites, type ScriptRegistry } from './bound-sites';
