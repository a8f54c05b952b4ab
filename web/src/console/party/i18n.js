// The console's party-building strings (keys party.*), Chinese and English: merged into shared/i18n.js at start
// by console/modules.js (DOMAIN §13: the organization's 党建 tab, the 党建工作 workbench, the dashboard section).
import zh from './i18n.zh.js';
import en from './i18n.en.js';

export { zh, en };
export default { zh, en };
