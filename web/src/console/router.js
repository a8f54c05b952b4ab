import { createRouter, createWebHistory } from 'vue-router';
import { session, setUnauthorizedHandler } from '../shared/api.js';
import { t } from '../shared/i18n.js';
import { moduleRoutes } from './modules.js';

// One chunk per screen.
const routes = [
  { path: '/login', name: 'login', component: () => import('./views/Login.vue'), meta: { public: true } },
  {
    path: '/',
    component: () => import('./views/Layout.vue'),
    children: [
      { path: '', name: 'dashboard', component: () => import('./views/Dashboard.vue') },
      { path: 'orgs', name: 'register', component: () => import('./views/Register.vue') },
      { path: 'orgs/:key', name: 'org', component: () => import('./views/OrgPage.vue') },
      { path: 'apply', name: 'apply', component: () => import('./views/NewApplication.vue') },
      { path: 'audit', name: 'audit', component: () => import('./views/Audit.vue') },
      // The modules' screens (console/modules.js), one chunk each.
      ...moduleRoutes,
      { path: ':rest(.*)*', redirect: '/' },
    ],
  },
];

export const router = createRouter({ history: createWebHistory('/'), routes });

router.beforeEach((to) => {
  if (!to.meta.public && !session.value) return { name: 'login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
  return true;
});

setUnauthorizedHandler(() => {
  ElMessage.warning(t('err.session'));
  const cur = router.currentRoute.value;
  if (cur.name !== 'login') router.push({ name: 'login', query: { redirect: cur.fullPath } });
});
