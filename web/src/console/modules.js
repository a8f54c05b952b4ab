// The console's modules, in menu order. A module is a folder console/<module>/ whose index.js exports
// { name, messages, factLabels, routes, menu, orgTabs, dashboard } (see console/supervision/index.js and
// docs/web.md "A module in the console and portal"). Adding a module is one import and one entry here.
import { addMessages } from '../shared/i18n.js';
import { registerFactLabels } from './components/findings.js';
import supervision from './supervision/index.js';
import party from './party/index.js';

export const modules = [supervision, party];

// Merged at start, before anything renders.
for (const m of modules) {
  if (m.messages) addMessages(m.messages);
  if (m.factLabels) registerFactLabels(m.factLabels);
}

export const moduleRoutes = modules.flatMap((m) => m.routes || []);
export const moduleMenus = modules.map((m) => m.menu).filter(Boolean);
export const orgTabs = modules.flatMap((m) => m.orgTabs || []);
export const dashboardSections = modules.flatMap((m) => m.dashboard || []);
