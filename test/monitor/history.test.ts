// The run history kept in the monitor issue: it reads back what was written
// whatever the check titles hold, keeps the last N runs, says since when a
// failure has lasted, charts each statistic that went wrong, and keeps the
// body under GitHub's limit by dropping the oldest runs.
import { describe, expect, it } from 'vitest';
import { BODY_LIMIT, monitorMarkdown } from '../../shared/monitor/body.js';
import { appendRun, failingSince, historyBlock, readHistory, trendCharts, trendKeys, type MonitorRun } from '../../shared/monitor/history.js';

const runAt = (i: number, status: MonitorRun['status'], psi: number, extra: Partial<MonitorRun> = {}): MonitorRun => ({
  at: new Date(Date.UTC(2026, 11, 1 + i, 6, 17)).toISOString(),
  status,
  stats: {
    'drift:age': { value: psi, status: psi >= 0.2 ? 'fail' : 'pass', label: 'age: drift (psi)' },
    'drift:plan': { value: 0.01, status: 'pass', label: 'plan: drift (psi)' },
    'kpi:ctr': { value: 0.05 - i * 0.001, status: 'pass', label: 'KPI ctr' },
    'kpiBaseline:ctr': { value: 0.05, status: 'pass', label: 'KPI ctr at deploy' },
  },
  problems: status === 'pass' ? [] : [{ id: 'drift:age', status, title: 'age: drift from the reference' }],
  ...extra,
});

describe('the history block', () => {
  it('reads back exactly what was written, whatever the titles hold', () => {
    const hostile = 'a ``` fence, an --> end of comment, <script>alert(1)</script> & a\nnewline';
    const runs = [runAt(0, 'fail', 0.3, { problems: [{ id: 'drift:x', status: 'fail', title: hostile }] }), runAt(1, 'pass', 0.05)];
    const body = `intro\n\n${historyBlock(runs)}\n`;
    expect(body).not.toContain('<script>');
    expect(body.match(/```/g)).toHaveLength(2);
    expect(readHistory(body)).toEqual({ runs, damaged: false });
  });

  it('a block edited into something else is reported, and reads as no history', () => {
    const body = historyBlock([runAt(0, 'fail', 0.3)]).replace('"status":"fail"', '"status":"broken"');
    expect(readHistory(body)).toEqual({ runs: [], damaged: true });
    expect(readHistory('no block here')).toEqual({ runs: [], damaged: false });
  });

  it('keeps the last N runs', () => {
    let runs: MonitorRun[] = [];
    for (let i = 0; i < 12; i++) runs = appendRun(runs, runAt(i, 'pass', 0.01), 5);
    expect(runs.map((r) => r.at)).toEqual([7, 8, 9, 10, 11].map((i) => runAt(i, 'pass', 0).at));
  });
});

describe('since when', () => {
  it('is the first run of the current failing streak, and nothing once a run passes', () => {
    const runs = [runAt(0, 'fail', 0.3), runAt(1, 'pass', 0.05), runAt(2, 'fail', 0.25), runAt(3, 'error', 0.25), runAt(4, 'fail', 0.3)];
    expect(failingSince(runs)).toBe(runs[2]);
    expect(failingSince([...runs, runAt(5, 'pass', 0.01)])).toBeUndefined();
    expect(failingSince([runAt(0, 'warn', 0.15)])).toBeUndefined();
  });
});

describe('trend charts', () => {
  it('chart each statistic that failed in some run, and every KPI with its value at deploy, in run order', () => {
    const runs = [runAt(0, 'pass', 0.05), runAt(1, 'fail', 0.25), runAt(2, 'fail', 0.3)];
    expect(trendKeys(runs)).toEqual(['drift:age', 'kpi:ctr']);
    const charts = trendCharts(runs);
    expect(charts).toContain('  title "age: drift (psi)"\n  x-axis ["12-01 06:17", "12-02 06:17", "12-03 06:17"]\n  y-axis "value"\n  line [0.05, 0.25, 0.3]');
    expect(charts).toContain('  title "KPI ctr"');
    expect(charts).toContain('  line [0.05, 0.049, 0.048]\n  line [0.05, 0.05, 0.05]');
    expect(charts).not.toContain('plan');
    expect(trendCharts(runs.slice(0, 1))).toBe('');
  });
});

describe('the issue body', () => {
  it('stays under GitHub\'s 65,536 characters by dropping the oldest runs, and its history still reads', () => {
    const wide = (i: number): MonitorRun => {
      const run = runAt(i, 'fail', 0.3);
      for (let c = 0; c < 60; c++) run.stats[`drift:column_with_a_long_name_${c}`] = { value: 0.3 + c / 1000, status: 'fail', label: `column_with_a_long_name_${c}: drift (psi)` };
      return run;
    };
    const runs = Array.from({ length: 60 }, (_, i) => wide(i));
    const body = monitorMarkdown({ identity: { model: 'churn', key: 'default' }, marker: '<!-- m -->', runs }, true);
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    const kept = readHistory(body).runs;
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.length).toBeLessThan(60);
    expect(kept.at(-1)).toEqual(runs.at(-1));
  });
});
