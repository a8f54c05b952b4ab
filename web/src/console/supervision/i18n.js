// The console's supervision strings (keys sup.*), Chinese and English: merged into shared/i18n.js at start
// by console/modules.js (DOMAIN §6–§12 screens, organization-page tabs, dashboard figures).
import zh from './i18n.zh.js';
import en from './i18n.en.js';

export { zh, en };
export default { zh, en };
