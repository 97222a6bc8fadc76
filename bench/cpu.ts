// CPU time per request, read from the kernel's account of the workerd process (every Worker of
// the benchmark, D1 and the Durable Objects run in it): what a request costs to serve, the figure
// Workers bills, less moved by the machine's load than latency, which also counts waiting.
import { readdirSync, readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100;

function workerdPids(): string[] {
  try {
    return readdirSync('/proc').filter((pid) => {
      if (!/^\d+$/.test(pid)) return false;
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'workerd';
      } catch {
        return false;
      }
    });
  } catch {
    return [];
  }
}

/** User and system CPU time of the workerd processes, in ms. */
function workerdCpuMs(pids: string[]): number {
  let ticks = 0;
  for (const pid of pids) {
    // Fields after the command's closing parenthesis: utime is the 12th, stime the 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/**
 * The workerd CPU ms per request of each variant: in each round, every variant sends `requests`
 * requests from `connections` loops (one variant at a time, the order alternating), and the
 * process's CPU time over that burst is divided by them. The kernel counts in 10 ms ticks: a
 * burst of 200 requests resolves 0.05 ms. Undefined where /proc is not there.
 */
export async function cpuPerRequest<K extends string>(
  variants: Record<K, () => Promise<unknown>>,
  rounds: number,
  requests: number,
  connections = 10,
): Promise<Record<K, number[]> | undefined> {
  const pids = workerdPids();
  if (pids.length === 0) return undefined;
  const names = Object.keys(variants) as K[];
  const burst = async (send: () => Promise<unknown>) => {
    let left = requests;
    const before = workerdCpuMs(pids);
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (left-- > 0) await send();
      }),
    );
    return (workerdCpuMs(pids) - before) / requests;
  };
  const figures = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (const name of names) await burst(variants[name]);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) figures[name].push(await burst(variants[name]));
  }
  return figures;
}
