export function fmtNumber(n) {
  if (n == null || n === '') return '';
  return Number(n).toLocaleString('zh-CN');
}
export function fmtDateTime(s) {
  if (!s) return '';
  return String(s).replace('T', ' ').replace(/\.\d+Z$/, '').replace(/Z$/, '');
}
export const statusTagType = {
  active: 'success', preparing: 'info', applied: 'warning', consented: 'warning', under_review: 'warning',
  refused: 'danger', deregistered: 'info', revoked: 'danger', liquidating: 'warning',
};
export const outcomeTagType = { pass: 'success', fail: 'danger', needs_review: 'warning' };
// Today as YYYY-MM-DD in local time.
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
