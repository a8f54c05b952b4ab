// The portal's modules, in menu order after the core pages. A module is a folder portal/<module>/ whose
// index.js exports { name, messages, routes, nav, orgPage } (see portal/supervision/index.js and docs/web.md
// "A module in the console and portal"). Adding a module is one import and one entry here.
import { addMessages } from '../shared/i18n.js';
import supervision from './supervision/index.js';

export const portalModules = [supervision];

for (const m of portalModules) if (m.messages) addMessages(m.messages); // merged at start

export const moduleRoutes = portalModules.flatMap((m) => m.routes || []);
export const moduleNav = portalModules.flatMap((m) => m.nav || []);
