import { readFileSync, readdirSync } from 'node:fs';

/** Resident memory of every process in the tree under `root` (itself included), in bytes. */
export function treeResidentBytes(root: number): number {
	const children = new Map<number, number[]>();
	const resident = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			// /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses.
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const pid = Number(name);
			const list = children.get(ppid);
			if (list) list.push(pid);
			else children.set(ppid, [pid]);
			const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${name}/status`, 'utf8'));
			resident.set(pid, rss ? Number(rss[1]) * 1024 : 0);
		} catch {
			// the process ended while we looked
		}
	}
	let total = 0;
	const stack = [root];
	while (stack.length) {
		const pid = stack.pop()!;
		total += resident.get(pid) ?? 0;
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

/**
 * Samples the resident memory of a process and all its descendants together, every `everyMs`,
 * until `stop()`; returns the highest sum seen. What the machine had to hold at once, where
 * `/usr/bin/time` reports only the largest single process. Linux only (reads /proc).
 */
export function sampleTreeMemory(root: number, everyMs = 200): { stop: () => number } {
	let peak = 0;
	const sample = () => {
		peak = Math.max(peak, treeResidentBytes(root));
	};
	sample();
	const timer = setInterval(sample, everyMs);
	return {
		stop: () => {
			clearInterval(timer);
			return peak;
		},
	};
}
