// Preloaded (`node --import`) into every process `npm run build` starts: ends the process when
// the one that started it is gone (killed, even with SIGKILL, which cannot be caught), so no
// orphaned `astro build` or postbuild job goes on working for a build nobody waits for.
// Plain JavaScript: Astro's process runs without tsx.
const parent = process.ppid;
setInterval(() => {
	if (process.ppid !== parent) process.exit(143);
}, 500).unref();
