// The console's roles (the server's `me.role`) and the groups screens ask about. The server enforces every
// permission in app/ (roles × jurisdiction); these only decide what the console offers.
import { computed, unref } from 'vue';

export const Role = Object.freeze({
  ministry: 'ministry_officer',
  province: 'province_officer',
  city: 'city_officer',
  county: 'county_officer',
  auditor: 'auditor',
  reviewer: 'supervisory_reviewer', // 业务主管单位: consent and annual-report opinions only
  org: 'org_account', // the organization itself
  party: 'party_officer', // 党建工作部门: party data, reviews, joint branches, decisions; no register actions
});

// Registration officers at any level: they write to the register and to its supervision.
export const OFFICERS = Object.freeze([Role.ministry, Role.province, Role.city, Role.county]);
// Who reads the supervision workbench: the officers and the auditor (read-only).
export const OFFICERS_AND_AUDITOR = Object.freeze([...OFFICERS, Role.auditor]);
// Who reads the audit log.
export const AUDIT_READERS = Object.freeze([Role.auditor, Role.ministry]);

// True when `me` (the signed-in user, or a ref to it) has one of `roles`.
export function hasRole(me, roles) {
  const role = unref(me)?.role;
  return !!role && roles.includes(role);
}

// Computed role checks for a screen whose props carry `me`: const { isOfficer } = useRoles(() => props.me).
export function useRoles(me) {
  const get = typeof me === 'function' ? me : () => unref(me);
  return {
    isOfficer: computed(() => hasRole(get(), OFFICERS)),
    isOrg: computed(() => get()?.role === Role.org),
    isReviewer: computed(() => get()?.role === Role.reviewer),
    can: (roles) => computed(() => hasRole(get(), roles)),
  };
}
