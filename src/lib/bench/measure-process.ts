import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export interface Measurement {
  seconds: number;
  /** Highest combined resident memory of the process and its children, in bytes. */
  peakRssBytes: number;
  /** What each program (by its executable's name) held at that peak, largest first: the build's peak is Node and Pagefind together. */
  peakByProgram: { program: string; bytes: number }[];
  /** CPU time (user and system) of the process and its children, in seconds. */
  cpuSeconds: number;
  /** The machine's one-minute load average when the command started and when it ended. */
  load: [number, number];
  exitCode: number | null;
  /** What it printed, without colours: Astro colours its log when CI is set, and the benchmark reads the log. */
  output: string;
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

// utime and stime, in clock ticks (100 per second on Linux), after the command name (which may hold spaces).
function cpuOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function programOf(pid: number): string {
  try {
    return basename(readlinkSync(`/proc/${pid}/exe`));
  } catch {
    return 'unknown';
  }
}

function processTree(pid: number): number[] {
  const tree: number[] = [];
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    tree.push(current);
    stack.push(...childrenOf(current));
  }
  return tree;
}

/**
 * Runs a command and measures its wall time, the peak memory of its whole process tree (and what each
 * program in it held then) and the CPU time of that tree (Linux /proc, sampled every 50 ms: the last
 * 50 ms of a process are not counted).
 */
export function measureProcess(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const loadAtStart = loadavg()[0]!;
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    let peakByProgram = new Map<string, number>();
    const cpu = new Map<number, number>();
    const timer = setInterval(() => {
      const tree = processTree(child.pid!);
      const byProgram = new Map<string, number>();
      for (const pid of tree) {
        const program = programOf(pid);
        byProgram.set(program, (byProgram.get(program) ?? 0) + rssOf(pid));
        cpu.set(pid, Math.max(cpu.get(pid) ?? 0, cpuOf(pid)));
      }
      const total = [...byProgram.values()].reduce((sum, bytes) => sum + bytes, 0);
      if (total > peak) [peak, peakByProgram] = [total, byProgram];
    }, 50);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearInterval(timer);
      const cpuSeconds = [...cpu.values()].reduce((sum, seconds) => sum + seconds, 0);
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakRssBytes: peak,
        peakByProgram: [...peakByProgram]
          .filter(([, bytes]) => bytes > 0)
          .map(([program, bytes]) => ({ program, bytes }))
          .sort((a, b) => b.bytes - a.bytes),
        cpuSeconds,
        load: [loadAtStart, loadavg()[0]!],
        exitCode,
        output: stripVTControlCharacters(output),
      });
    });
  });
}
