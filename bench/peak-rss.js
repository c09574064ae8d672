// @ts-check
/**
 * Preloaded with `node --import ./bench/peak-rss.js …`: on exit, writes the process's peak
 * resident memory (bytes) to the file named by CASCADE_BENCH_RSS, without touching its output.
 */
import { writeFileSync } from 'node:fs';

const out = process.env.CASCADE_BENCH_RSS;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));
