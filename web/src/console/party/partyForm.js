// The party-data form (PUT /orgs/{key}/party, PartyInput in src/http/party/openapi.json) as FormDialog fields.
// Field keys are the API's field names, nested ones dotted ("organization.council_members"), so an error the
// server sends about a field lands on that field in the form.
import { KINDS } from './model.js';

const kindOf = (f) => f['organization.kind'];
const hasOrganization = (f) => !!kindOf(f) && kindOf(f) !== 'none';
const isTemporary = (f) => kindOf(f) === 'temporary';

// joints: the joint branches the user may pick ([{ id, name }]; empty when they cannot be read, e.g. by an
// organization's own account: the number is typed then). persons: the organization's persons ({ id, name }).
export function partyFields(t, { joints = [], persons = [] } = {}) {
  const joint = { key: 'organization.joint_branch_id', label: t('party.f.jointBranch'), required: true, showIf: (f) => kindOf(f) === 'joint' };
  const withId = persons.filter((p) => p.id);
  return [
    { key: 'as_of', label: t('party.f.asOf'), type: 'date', hint: t('party.f.asOfHint') },
    { key: 'formal_members', label: t('party.f.formal'), type: 'number', required: true, hint: t('party.f.formalHint') },
    { key: 'probationary_members', label: t('party.f.probationary'), type: 'number' },
    { key: 'transferred_in', label: t('party.f.transferred'), type: 'number', hint: t('party.f.transferredHint') },
    { key: 'organization.kind', label: t('party.f.kind'), type: 'select', required: true,
      options: KINDS.map((k) => ({ value: k, label: t('party.kind.' + k) })) },
    { key: 'organization.name', label: t('party.f.orgName'), showIf: hasOrganization },
    { key: 'organization.established_on', label: t('party.f.establishedOn'), type: 'date', showIf: hasOrganization },
    joints.length
      ? { ...joint, type: 'select', options: joints.map((j) => ({ value: j.id, label: `${j.name}（#${j.id}）` })) }
      : { ...joint, type: 'number', min: 1, hint: t('party.f.jointBranchHint') },
    { key: 'organization.council_members', label: t('party.f.councilMembers'), type: 'number', required: true, showIf: isTemporary,
      hint: t('party.f.councilMembersHint') },
    { key: 'organization.approved_by', label: t('party.f.approvedBy'), required: true, showIf: isTemporary, hint: t('party.f.approvedByHint') },
    { key: 'organization.approved_on', label: t('party.f.approvedOn'), type: 'date', required: true, showIf: isTemporary },
    { key: 'organization.term_ends', label: t('party.f.termEnds'), type: 'date', required: true, showIf: isTemporary, hint: t('party.f.termEndsHint') },
    { key: 'instructor', label: t('party.f.instructor'), type: 'switch', hint: t('party.f.instructorHint') },
    { key: 'liaison', label: t('party.f.liaison'), type: 'switch' },
    { key: 'charter_clause', label: t('party.f.charterClause'), type: 'switch', hint: t('party.f.charterClauseHint') },
    { key: 'charter_clause_on', label: t('party.f.charterClauseOn'), type: 'date', showIf: (f) => !!f.charter_clause },
    ...(withId.length ? [{ key: 'secretary_person_id', label: t('party.f.secretary'), type: 'select',
      options: withId.map((p) => ({ value: p.id, label: p.name })) }] : []),
  ];
}

// The form filled from a filing (the one in force, or the organization's pending one), dated `asOf`.
export function partyInitial(filing, asOf) {
  const o = filing?.organization || {};
  return {
    as_of: asOf,
    formal_members: filing?.formal_members ?? 0,
    probationary_members: filing?.probationary_members ?? 0,
    transferred_in: filing?.transferred_in ?? 0,
    'organization.kind': o.kind || 'none',
    'organization.name': o.name || '',
    'organization.established_on': o.established_on || '',
    'organization.joint_branch_id': o.joint_branch_id ?? undefined,
    'organization.council_members': o.council_members ?? 3,
    'organization.approved_by': o.approved_by || '',
    'organization.approved_on': o.approved_on || '',
    'organization.term_ends': o.term_ends || '',
    instructor: !!filing?.instructor,
    liaison: !!filing?.liaison,
    charter_clause: !!filing?.charter_clause,
    charter_clause_on: filing?.charter_clause_on || '',
    secretary_person_id: filing?.secretary_person_id ?? undefined,
  };
}

// The request body: only the fields that belong to the chosen kind (the server refuses a name without a party
// organization, approval fields on a branch that is not temporary), and the version the form was read at.
export function partyBody(f, version) {
  const kind = kindOf(f);
  const organization = { kind };
  if (hasOrganization(f)) {
    organization.name = f['organization.name'] || '';
    organization.established_on = f['organization.established_on'] || null;
  }
  if (kind === 'joint') organization.joint_branch_id = f['organization.joint_branch_id'] || null;
  if (kind === 'temporary') {
    organization.council_members = f['organization.council_members'] ?? 0;
    organization.approved_by = f['organization.approved_by'] || '';
    organization.approved_on = f['organization.approved_on'] || null;
    organization.term_ends = f['organization.term_ends'] || null;
  }
  return {
    as_of: f.as_of || null,
    formal_members: f.formal_members,
    probationary_members: f.probationary_members ?? 0,
    transferred_in: f.transferred_in ?? 0,
    organization,
    instructor: !!f.instructor,
    liaison: !!f.liaison,
    charter_clause: !!f.charter_clause,
    charter_clause_on: f.charter_clause ? f.charter_clause_on || null : null,
    secretary_person_id: f.secretary_person_id || null,
    version,
  };
}
