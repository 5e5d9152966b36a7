export { bindingAllows, canonicalOrigin, describeBinding, registrableDomain, type SiteBinding } from './binding';
