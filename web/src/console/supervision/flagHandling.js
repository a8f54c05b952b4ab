// Handling a zombie / overdue-election / revocation-candidate flag (DOMAIN §11): the action shared by the
// organization page's flags tab and the workbench screen (a RecordList action, see RecordList.vue).
import { api } from '../../shared/api.js';

export function handlingAction(t) {
  return {
    title: t('sup.handle'),
    draftKey: (flag) => `flag:${flag?.id}`,
    initial: (flag) => ({ handling: flag?.handling || 'guide_deregistration', outcome: flag?.handling_outcome || '' }),
    fields: [
      { key: 'handling', label: t('sup.handling'), type: 'radio', required: true,
        options: ['guide_deregistration', 'penalise', 'revoke'].map((v) => ({ value: v, label: t('sup.handling.' + v) })) },
      { key: 'outcome', label: t('sup.outcomeLabel'), type: 'select', placeholder: t('sup.outcomePending'),
        options: ['deregistered', 'penalised', 'revoked', 'resumed'].map((v) => ({ value: v, label: t('sup.outcome.' + v) })) },
    ],
    submit: (f, flag) => api.post(`supervision/flags/${flag.id}/handling`, { handling: f.handling, outcome: f.outcome || '' }),
  };
}
