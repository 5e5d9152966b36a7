export { readSettings, changeSettings } from './read';
export { readPolicy, forgetPolicy, type PracticePolicy } from './policy';
export { settingsHandlers } from './handlers';
