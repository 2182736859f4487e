export const formatPercent = (ratio: number, lng: string): string =>
  new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
