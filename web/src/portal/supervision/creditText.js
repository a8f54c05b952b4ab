// The credit status in words ("良好 · 评估等级 4A"), or 暂无数据 without supervision data.
import { locale, t } from '../../shared/i18n.js';

export function creditText(s) {
  if (!s || !s.credit_status) return t('common.noData');
  const base = locale.value === 'en' ? s.credit_status : s.credit_status_label || s.credit_status;
  return s.rating ? `${base} · ${t('portal.rating')} ${s.rating}` : base;
}

// A credit-list cause in words: the portal's own label, else the server's.
export function causeLabel(row) {
  const k = `portal.cr.cause.${row.cause}`;
  const s = t(k);
  return s === k ? row.cause_label || row.cause : s;
}
