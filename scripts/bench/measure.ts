import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One measured child process: how long it took and how much memory it held at most. */
export interface Measured {
  code: number;
  /** Wall-clock time in milliseconds. */
  wallMs: number;
  /** Peak resident memory in bytes (GNU time's maximum RSS, or polled /proc VmHWM / tree RSS). */
  peakBytes: number;
  /** How the peak was measured. */
  memorySource: 'gnu-time' | 'proc-poll';
  /** Everything the child printed (stdout and stderr). */
  output: string;
}

const GNU_TIME = '/usr/bin/time';

function hasGnuTime(): boolean {
  try {
    fs.accessSync(GNU_TIME, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function readStatus(pid: number): { ppid: number; hwm: number; rss: number } | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0) * 1024;
    return { ppid: Number(/^PPid:\s+(\d+)/m.exec(text)?.[1] ?? 0), hwm: kb('VmHWM'), rss: kb('VmRSS') };
  } catch {
    return undefined;
  }
}

/**
 * Without GNU time: every 100 ms, walk /proc for the child's process tree and keep the largest sum of
 * resident memory, and the largest single high-water mark (which catches peaks between two polls).
 */
function pollTree(root: number): { stop: () => number } {
  let peak = 0;
  const tick = () => {
    const all = new Map<number, { ppid: number; hwm: number; rss: number }>();
    for (const name of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const status = readStatus(Number(name));
      if (status) all.set(Number(name), status);
    }
    const tree = new Set([root]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, status] of all) {
        if (!tree.has(pid) && tree.has(status.ppid)) {
          tree.add(pid);
          grew = true;
        }
      }
    }
    let sum = 0;
    for (const pid of tree) {
      const status = all.get(pid);
      if (!status) continue;
      sum += status.rss;
      peak = Math.max(peak, status.hwm);
    }
    peak = Math.max(peak, sum);
  };
  const timer = setInterval(tick, 100);
  return { stop: () => (clearInterval(timer), peak) };
}

/**
 * Runs `node <args>` and measures it. With GNU time (`apt-get install time`) the peak is the
 * child's maximum RSS as the kernel counted it; otherwise /proc is polled.
 */
export async function measureNode(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; forcePoll?: boolean }): Promise<Measured> {
  const useTime = !options.forcePoll && hasGnuTime();
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-time-')), 'time.txt');
  const [command, commandArgs] = useTime ? [GNU_TIME, ['-v', '-o', report, process.execPath, ...args]] : [process.execPath, args];
  const started = performance.now();
  const child = spawn(command, commandArgs, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const poll = useTime ? undefined : pollTree(child.pid!);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exit) => resolve(exit ?? 1));
  });
  const wallMs = performance.now() - started;
  let peakBytes = poll?.stop() ?? 0;
  if (useTime) {
    const text = fs.readFileSync(report, 'utf8');
    peakBytes = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] ?? 0) * 1024;
  }
  fs.rmSync(path.dirname(report), { recursive: true, force: true });
  return { code, wallMs, peakBytes, memorySource: useTime ? 'gnu-time' : 'proc-poll', output };
}

/** Total bytes and number of files under a folder (0 when it does not exist). */
export function folderSize(dir: string): { bytes: number; files: number } {
  if (!fs.existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/** Bytes per file extension under a folder, largest first: where the output's size comes from. */
export function sizeByExtension(dir: string): Array<{ ext: string; files: number; bytes: number }> {
  const totals = new Map<string, { ext: string; files: number; bytes: number }>();
  if (!fs.existsSync(dir)) return [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const ext = path.extname(entry.name).toLowerCase() || '(none)';
    const item = totals.get(ext) ?? { ext, files: 0, bytes: 0 };
    item.files += 1;
    item.bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    totals.set(ext, item);
  }
  return [...totals.values()].sort((a, b) => b.bytes - a.bytes);
}
