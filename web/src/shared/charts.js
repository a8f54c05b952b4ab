// ECharts option builders shared by the console dashboard and the portal statistics.
export const palette = ['#c0392b', '#2f6fb5', '#e6a23c', '#67c23a', '#8e44ad', '#16a085', '#7f8c8d', '#d35400'];

export function pieOption(entries, { name = '' } = {}) {
  return {
    color: palette,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'plain', itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 12 } },
    series: [{
      name, type: 'pie', radius: ['36%', '62%'], center: ['50%', '42%'], avoidLabelOverlap: true,
      // Values on the ring, names in the legend: long Chinese names never get cut off.
      label: { formatter: '{c}', fontSize: 12 }, labelLine: { length: 6, length2: 6 },
      data: entries.map(([n, v]) => ({ name: n, value: v })),
    }],
  };
}

export function barOption(entries, { horizontal = false, name = '', color = palette[1] } = {}) {
  const cat = { type: 'category', data: entries.map((e) => e[0]), axisLabel: { interval: 0, hideOverlap: true } };
  const val = { type: 'value', minInterval: 1 };
  return {
    color: [color],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: horizontal ? 110 : 40, right: 24, top: 20, bottom: horizontal ? 24 : 40, containLabel: false },
    xAxis: horizontal ? val : { ...cat, axisLabel: { interval: 0, rotate: entries.length > 6 ? 30 : 0 } },
    yAxis: horizontal ? { ...cat, inverse: true } : val,
    series: [{ name, type: 'bar', data: entries.map((e) => e[1]), barMaxWidth: 36, label: { show: true, position: horizontal ? 'right' : 'top' } }],
  };
}

export function monthOption(months, series) {
  return {
    color: palette,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 40, right: 20, top: 36, bottom: 30 },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({ name: s.name, type: s.type || 'line', smooth: 0.2, data: months.map((m) => m[s.key] ?? 0), showSymbol: false })),
  };
}

// A chart's figures as text for its aria-label ("社会团体 12，基金会 3"): screen readers cannot read a canvas.
export function ariaSummary(entries) {
  return entries.map(([k, v]) => `${k} ${v}`).join('，');
}
