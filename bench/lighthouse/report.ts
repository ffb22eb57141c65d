// The numbers worth reading from a Lighthouse report: the two category scores, the five scored metrics, and the
// opportunities and diagnostics that still cost time.
export interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode?: string; details?: { overallSavingsMs?: number } }>;
}

export interface PageScore {
  performance: number;
  accessibility: number;
  /** metric id: value (ms, or unitless for CLS) and its 0-100 score */
  metrics: Record<string, { value: number; score: number }>;
  /** audits that do not pass, with the time Lighthouse says fixing them saves */
  failing: Record<string, number>;
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

export function summarise(report: LighthouseReport): PageScore {
  const metrics: PageScore['metrics'] = {};
  for (const id of METRICS) {
    const a = report.audits[id];
    if (a) metrics[id] = { value: Math.round((a.numericValue ?? 0) * 1000) / 1000, score: Math.round((a.score ?? 0) * 100) };
  }
  const failing: PageScore['failing'] = {};
  for (const [id, a] of Object.entries(report.audits)) {
    const scored = a.scoreDisplayMode === 'metricSavings' || a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'binary';
    if (scored && a.score !== null && a.score < 0.9 && !METRICS.includes(id)) failing[id] = Math.round(a.details?.overallSavingsMs ?? 0);
  }
  return {
    performance: Math.round((report.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((report.categories.accessibility?.score ?? 0) * 100),
    metrics,
    failing,
  };
}

/** The run with the median performance score (the lower middle one for an even count). */
export function median(runs: PageScore[]): PageScore {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
