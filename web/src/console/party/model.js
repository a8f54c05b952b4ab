// The party module's codes (DOMAIN §13, the API's enums in src/http/party/openapi.json) and the few helpers
// its screens share. Labels live in i18n.*.js under party.kind.*, party.list.*, party.matter.*, … .
import { OFFICERS_AND_AUDITOR, Role, hasRole } from '../../shared/roles.js';

// 党组织形式: none, 党支部, 党总支, 党委, 联合党支部, 临时党支部.
export const KINDS = ['none', 'branch', 'general_branch', 'committee', 'joint', 'temporary'];
// The workbench's lists (GET /party/worklist?list=…).
export const LISTS = ['needs_branch', 'uncovered', 'temporary_ending', 'temporary_outlived', 'no_charter_clause'];
// Participation in major decisions: six kinds of matters, three ways, the steps after, the statuses.
export const MATTERS = ['major_direction', 'important_appointment', 'major_economic', 'important_rules', 'social_activity_ideology', 'other'];
export const WAYS = ['prior_study', 'attending', 'signed_opinion'];
export const STEPS = ['report', 'execute', 'deviation', 'correct'];
export const DECISION_STATUSES = ['pending_report', 'awaiting_execution', 'deviation', 'done'];

// Who reads the party workbench: the party work department, the registration officers and the auditor
// (read-only). Who writes there: the party work department only. The server enforces both.
export const PARTY_READERS = Object.freeze([Role.party, ...OFFICERS_AND_AUDITOR]);
export const isPartyOfficer = (me) => hasRole(me, [Role.party]);

// A coverage fraction from the API (4 places) as a percentage with one decimal: 0.7543 → "75.4%".
export function pct(fraction) {
  if (fraction == null || Number.isNaN(Number(fraction))) return '–';
  return (Math.round(Number(fraction) * 1000) / 10).toFixed(1) + '%';
}

export const reviewTag = { confirmed: 'success', submitted: 'warning', returned: 'danger' };
export const statusTag = { pending_report: 'warning', awaiting_execution: 'primary', deviation: 'danger', done: 'success' };
