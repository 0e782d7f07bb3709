/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) as text: where the time went, by package and by function, within
 * a time window (the load phase, without start-up). Self time is attributed to the function on top of the stack;
 * inclusive time of a function counts every sample with it anywhere on the stack (once, however deep it recurses).
 */
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; scriptId: string };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Summary {
  windowMs: number;
  samples: number;
  byPackage: [string, number][];
  byFunction: [string, number][];
  inclusive: [string, number][];
}

/** The package a script belongs to: an npm package, Node itself, this project's file, or a V8 pseudo-frame. */
export function packageOf(url: string, functionName: string, root: string): string {
  if (!url)
    return functionName.startsWith('(')
      ? functionName
      : 'native code (V8 builtins, Node bindings: socket writes, JSON, …)';
  if (url.startsWith('node:')) return 'node (core)';
  const file = url.replace(/^file:\/\//, '');
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(
    file.split('node_modules/').length > 1 ? file.slice(file.lastIndexOf('node_modules/')) : '',
  );
  if (m) return m[1] as string;
  return path.relative(root, file) || file;
}

const frameName = (n: ProfileNode, root: string) => {
  const { functionName, url, lineNumber } = n.callFrame;
  const where = url
    ? `${packageOf(url, functionName, root)}${url.includes('node_modules') || url.startsWith('node:') ? `:${path.basename(url)}` : ''}:${lineNumber + 1}`
    : packageOf(url, functionName, root);
  return `${functionName || '(anonymous)'} — ${where}`;
};

/**
 * Summarises samples taken between `fromMs` and `toMs` after the profile's start (both optional).
 * `stages` are functions whose inclusive time is reported, by "package:functionName".
 */
export function summarise(
  profile: CpuProfile,
  root: string,
  stages: readonly string[],
  fromMs = 0,
  toMs = Infinity,
): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  const stageTime = new Map<string, number>(stages.map((s) => [s, 0]));
  let t = 0;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    t += (profile.timeDeltas[i] ?? 0) / 1000;
    if (t < fromMs || t > toMs) return;
    total += dt;
    self.set(id, (self.get(id) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur) as ProfileNode;
      const key = `${packageOf(n.callFrame.url, n.callFrame.functionName, root)}:${n.callFrame.functionName}`;
      if (stageTime.has(key) && !seen.has(key)) {
        seen.add(key);
        stageTime.set(key, (stageTime.get(key) as number) + dt);
      }
    }
  });
  const pkg = new Map<string, number>();
  const fn = new Map<string, number>();
  for (const [id, ms] of self) {
    const n = byId.get(id) as ProfileNode;
    const p = packageOf(n.callFrame.url, n.callFrame.functionName, root);
    pkg.set(p, (pkg.get(p) ?? 0) + ms);
    const f = frameName(n, root);
    fn.set(f, (fn.get(f) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return {
    windowMs: total,
    samples: profile.samples.length,
    byPackage: sorted(pkg),
    byFunction: sorted(fn),
    inclusive: [...stageTime.entries()],
  };
}

/** The summary as markdown tables (percentages of the window, so runs of different length compare). */
export function summaryMarkdown(s: Summary, topFunctions = 30): string[] {
  const pct = (ms: number) => `${((100 * ms) / s.windowMs).toFixed(1)}%`;
  const lines = [
    `Window: ${(s.windowMs / 1000).toFixed(1)} s of samples.`,
    '',
    '### Self time by package',
    '',
    '| package | ms | share |',
    '|---|---|---|',
  ];
  for (const [p, ms] of s.byPackage.slice(0, 25)) lines.push(`| ${p} | ${ms.toFixed(0)} | ${pct(ms)} |`);
  lines.push(
    '',
    '### Inclusive time of the request stages',
    '',
    '| stage (package:function) | ms | share |',
    '|---|---|---|',
  );
  for (const [p, ms] of s.inclusive) lines.push(`| \`${p}\` | ${ms.toFixed(0)} | ${pct(ms)} |`);
  lines.push(
    '',
    `### Self time by function (top ${topFunctions})`,
    '',
    '| function — where | ms | share |',
    '|---|---|---|',
  );
  for (const [f, ms] of s.byFunction.slice(0, topFunctions))
    lines.push(`| ${f.replace(/\|/g, '/')} | ${ms.toFixed(0)} | ${pct(ms)} |`);
  return lines;
}
