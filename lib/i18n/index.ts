export { i18n } from '#i18n';
export { formatDay, formatDaysAgo, formatTime, formatList, localizePage, uiLanguage } from './format';
