// The contract of an organization-page tab that a module registers (index.js `orgTabs`): OrgPage renders
// it with these props and reloads every module tab when one emits `changed` (after a write).
//
//   const props = defineProps(orgTabProps);
//   const emit = defineEmits(['changed']);
//   const { key, reloadKey, isOfficer } = useOrgTab(props);
import { computed } from 'vue';
import { useRoles } from '../../shared/roles.js';

export const orgTabProps = {
  org: { type: Object, required: true }, // GET /orgs/{key}: the organization as the page shows it
  me: Object, // the signed-in user (role, region)
  rev: Number, // bumped by OrgPage after any module tab wrote something
};

export function useOrgTab(props) {
  return {
    // How the API names the organization: its code, or its id before it has one.
    key: computed(() => props.org.uscc || props.org.id),
    // Changes when the tab's data may have changed: another organization, a new version, a module write.
    reloadKey: computed(() => `${props.org.id}:${props.org.version}:${props.rev}`),
    ...useRoles(() => props.me),
  };
}
