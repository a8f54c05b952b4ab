// The handling form of a zombie / overdue-election flag (DOMAIN §11), shared by the organization page and the
// workbench screen.
export function handlingFields(t) {
  return [
    { key: 'handling', label: t('sup.handling'), type: 'radio', required: true,
      options: ['guide_deregistration', 'penalise', 'revoke'].map((v) => ({ value: v, label: t('sup.handling.' + v) })) },
    { key: 'outcome', label: t('sup.outcomeLabel'), type: 'select', placeholder: t('sup.outcomePending'),
      options: ['deregistered', 'penalised', 'revoked', 'resumed'].map((v) => ({ value: v, label: t('sup.outcome.' + v) })) },
  ];
}
